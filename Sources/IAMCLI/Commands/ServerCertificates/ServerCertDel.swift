extension CommandSpec {
  static let serverCertDel: CommandSpec = {
    let name = ServerCertificateOptions.name("Name of the server certificate to delete.")
    return CommandSpec(
      name: "servercertdel", family: .serverCertificates,
      summary: "Delete a server certificate.",
      description: "Deletes a server certificate.",
      options: [name],
      output: "Nothing.",
      examples: [Example("iam-servercertdel -s www-2025", "Delete the certificate www-2025.")]
    ) { arguments, context in
      try context.iam { try $0.deleteServerCertificate(serverCertificateName: arguments.required(name)) }
      return []
    }
  }()
}
