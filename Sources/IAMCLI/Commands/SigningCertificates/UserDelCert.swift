extension CommandSpec {
  static let userDelCert: CommandSpec = {
    let certificate = SigningCertificateOptions.certificateId("Id of the signing certificate to delete.")
    let user = SigningCertificateOptions.owner(
      "Owner of the certificate; without it, the user whose key runs the command.")
    return CommandSpec(
      name: "userdelcert", family: .signingCertificates,
      summary: "Delete a signing certificate.",
      description: "Deletes one of a user's signing certificates, or one of the caller's when -u is left out.",
      options: [certificate, user],
      output: "Nothing.",
      examples: [Example("iam-userdelcert -u david -c TA7SMP42TDN5Z26OBPJE7EXAMPLE", "Delete one of david's certificates.")]
    ) { arguments, context in
      try context.iam {
        try $0.deleteSigningCertificate(userName: arguments.value(user), certificateId: arguments.required(certificate))
      }
      return []
    }
  }()
}
