extension CommandSpec {
  static let userAddCert: CommandSpec = {
    let file = OptionSpec(
      "-f", "CERTIFICATEFILE", kind: .file, help: "Read the certificate from this PEM file, as openssl writes it.")
    let text = OptionSpec(
      "-c", "CERTIFICATE", help: "The certificate itself, as PEM text on the command line.")
    // IAMCli's message for both named -o, an option useraddcert does not have; legacy mode keeps it.
    let source = OneOfTwo(
      first: text, second: file, neither: "no certificate has been passed in", both: "can only specify one of -c -f",
      legacyBoth: "can only specify one of -c -o")
    let user = SigningCertificateOptions.owner(
      "User to add the certificate to; without it, the user whose key runs the command.")
    return CommandSpec(
      name: "useraddcert", family: .signingCertificates,
      summary: "Upload a signing certificate for a user.",
      description: """
        Adds an X.509 signing certificate to a user, or to the caller when -u is left out. The certificate must \
        be one PEM certificate that is valid now; the same certificate cannot be on two users of the account, \
        and a user can have at most two. Only the certificate is uploaded: its private key stays with you.
        """,
      options: [text, file, user],
      output: "The new certificate's id on one line.",
      examples: [
        Example(
          "iam-useraddcert -u david -f cert.pem",
          "Upload cert.pem for david, made for example by openssl req -new -x509 -key pk.pem -out cert.pem."),
      ],
      exactlyOneOf: source.names
    ) { arguments, context in
      let body: String
      switch try source.value(arguments, legacy: context.isLegacy) {
      case .first(let inline): body = inline
      case .second(let path): body = try context.readDocument(path, limit: .certificate)
      }
      let certificate = try context.iam {
        try $0.uploadSigningCertificate(userName: arguments.value(user), certificateBody: body)
      }
      return [certificate.certificateId]
    }
  }()
}
