extension CommandSpec {
  static let userModCert: CommandSpec = {
    let certificate = SigningCertificateOptions.certificateId("Id of the signing certificate to change.")
    let status = OptionSpec(
      "-s", "STATUS", kind: .choice(["Active", "Inactive"]), required: true,
      help: "Active or Inactive. Case does not matter.")
    let user = SigningCertificateOptions.owner(
      "Owner of the certificate; without it, the user whose key runs the command.")
    return CommandSpec(
      name: "usermodcert", family: .signingCertificates,
      summary: "Activate or deactivate a signing certificate.",
      description: "Sets one of a user's signing certificates to Active or Inactive.",
      options: [certificate, status, user],
      output: "Nothing.",
      examples: [
        Example("iam-usermodcert -u david -c TA7SMP42TDN5Z26OBPJE7EXAMPLE -s Inactive", "Suspend one of david's certificates.")
      ]
    ) { arguments, context in
      try context.iam {
        try $0.updateSigningCertificate(
          userName: arguments.value(user), certificateId: arguments.required(certificate),
          status: arguments.required(status))
      }
      return []
    }
  }()
}
