extension CommandSpec {
  static let userMod: CommandSpec = {
    let newName = OptionSpec(
      "-n", "NEWUSERNAME", help: "Rename the user to this; keys, policies and groups stay with it.")
    let path = SharedOptions.path("Move the user to this path.")
    let user = SharedOptions.userName("Name of the user to change.")
    return CommandSpec(
      name: "usermod", family: .users,
      summary: "Rename a user or change its path.",
      description: """
        Changes the name or the path of a user. The user keeps its unique id, access keys, policies and groups; \
        its access keys go on working under the new name.
        """,
      options: [newName, path, user],
      output: "Nothing.",
      examples: [Example("iam-usermod -u alice -n alicia", "Rename alice to alicia.")]
    ) { arguments, context in
      try context.iam {
        try $0.updateUser(
          userName: arguments.required(user), newPath: LegacyValues.path(arguments.value(path)),
          newUserName: arguments.value(newName))
      }
      return []
    }
  }()
}
