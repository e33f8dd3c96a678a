extension CommandSpec {
  static let userListCerts: CommandSpec = {
    let user = SigningCertificateOptions.owner(
      "User whose certificates to list; without it, the user whose key runs the command.")
    let verbose = OptionSpec.flag("-v", help: "Also print each certificate, in PEM, after its status.")
    return CommandSpec(
      name: "userlistcerts", family: .signingCertificates,
      summary: "List signing certificates and their status.",
      description: "Lists the signing certificates of a user, or of the caller when -u is left out.",
      options: [SharedOptions.maxItems, SharedOptions.marker, user, verbose],
      output: """
        For each certificate, its id on one line and its status (Active or Inactive) on the next, with -v \
        followed by the certificate as uploaded; then IsTruncated: false, or IsTruncated: true and a Marker: line.
        """,
      examples: [
        Example("iam-userlistcerts -u david", "List david's certificates."),
        Example("iam-userlistcerts -u david -v", "List them with their PEM text."),
      ]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listSigningCertificates(
          userName: arguments.value(user), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      let showBodies = arguments.flag(verbose)
      return page.items.flatMap { certificate in
        [certificate.certificateId, certificate.status] + (showBodies ? [certificate.certificateBody] : [])
      } + ListOutput.footer(page)
    }
  }()
}
