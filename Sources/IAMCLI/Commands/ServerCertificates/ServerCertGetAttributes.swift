extension CommandSpec {
  static let serverCertGetAttributes: CommandSpec = {
    let name = ServerCertificateOptions.name("Name of the server certificate.")
    return CommandSpec(
      name: "servercertgetattributes", family: .serverCertificates,
      summary: "Show a server certificate's ARN and id.",
      description: "Prints the ARN and the unique id of a server certificate; its PEM text is not printed.",
      options: [name],
      output: "The certificate's ARN, then its id (ASCA...).",
      examples: [Example("iam-servercertgetattributes -s www-2026", "Show the certificate www-2026.")]
    ) { arguments, context in
      let found = try context.iam { try $0.getServerCertificate(serverCertificateName: arguments.required(name)) }
      return [found.metadata.arn, found.metadata.serverCertificateId]
    }
  }()
}
