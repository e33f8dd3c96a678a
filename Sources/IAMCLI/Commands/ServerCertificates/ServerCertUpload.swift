extension CommandSpec {
  static let serverCertUpload: CommandSpec = {
    let body = OptionSpec(
      "-b", "CERTBODYFILE", kind: .file, required: true, help: "Read the certificate from this PEM file.")
    let key = OptionSpec(
      "-k", "PRIVATEKEYFILE", kind: .file, required: true,
      help: "Read the certificate's private key from this PEM file; it is checked, then forgotten.")
    let chain = OptionSpec(
      "-c", "CERTCHAINFILE", kind: .file,
      help: "Read the chain from this PEM file: the certificate that signed the body first, then each next issuer.")
    let path = SharedOptions.path("File the certificate under this path, such as /cloudfront/.")
    let name = SharedOptions.newName(ServerCertificateOptions.name("Name of the new server certificate."))
    let verbose = OptionSpec("-v", "VERBOSE", kind: .flag, help: "Print the new certificate's ARN and id.")
    return CommandSpec(
      name: "servercertupload", family: .serverCertificates,
      summary: "Upload a server certificate with its private key and chain.",
      description: """
        Uploads a server certificate for HTTPS load balancers and CloudFront. The certificate must be one PEM \
        certificate that is valid now, the private key must be its key (an encrypted key must be decrypted \
        first), and the chain, if given, must start with the certificate's issuer. The private key is checked \
        against the certificate and then forgotten: nothing keeps it, as AWS never returns it.
        """,
      options: [body, chain, key, path, name, verbose],
      output: "Nothing. With -v, the certificate's ARN and then its id (ASCA...).",
      examples: [
        Example(
          "iam-servercertupload -b www.crt -k www.key -c intermediate.crt -s www-2026 -p /cloudfront/ -v",
          "Upload a certificate for CloudFront and show its ARN and id.")
      ]
    ) { arguments, context in
      let certificateBody = try context.readDocument(arguments.required(body), limit: .certificate)
      let privateKey = try context.readDocument(arguments.required(key), limit: .privateKey)
      let certificateChain = try arguments.value(chain).map { try context.readDocument($0, limit: .certificateChain) }
      let uploaded = try context.iam {
        try $0.uploadServerCertificate(
          serverCertificateName: arguments.required(name), path: LegacyValues.path(arguments.value(path)),
          certificateBody: certificateBody, privateKey: privateKey, certificateChain: certificateChain)
      }
      return arguments.flag(verbose) ? [uploaded.arn, uploaded.serverCertificateId] : []
    }
  }()
}
