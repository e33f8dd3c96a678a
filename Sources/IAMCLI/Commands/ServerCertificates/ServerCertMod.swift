extension CommandSpec {
  static let serverCertMod: CommandSpec = {
    let name = ServerCertificateOptions.name("Name of the server certificate to change.")
    let newName = OptionSpec(
      "-n", "NEWSERVERCERTNAME", help: "Rename the certificate to this; it keeps its id.")
    let newPath = SharedOptions.path("Move the certificate to this path.", metavar: "NEWPATH")
    return CommandSpec(
      name: "servercertmod", family: .serverCertificates,
      summary: "Rename a server certificate or change its path.",
      description: "Changes the name or the path of a server certificate. It keeps its unique id.",
      options: [newName, newPath, name],
      output: "Nothing.",
      examples: [Example("iam-servercertmod -s www-2026 -n www-2027 -p /elb/", "Rename www-2026 and move it under /elb/.")]
    ) { arguments, context in
      try context.iam {
        try $0.updateServerCertificate(
          serverCertificateName: arguments.required(name), newPath: LegacyValues.path(arguments.value(newPath)),
          newServerCertificateName: arguments.value(newName))
      }
      return []
    }
  }()
}
