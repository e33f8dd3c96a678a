extension CommandSpec {
  static let userAddKey: CommandSpec = {
    let user = SharedOptions.userName(
      required: false, "User to create the key for; without it, the user whose key runs the command.")
    return CommandSpec(
      name: "useraddkey", family: .accessKeys,
      summary: "Create an access key.",
      description: """
        Creates an access key for a user, or for the caller when -u is left out. Its secret is shown this once \
        and cannot be retrieved later. A user can have at most two keys, active or not.
        """,
      options: [user],
      output: "The new access key id (AKIA...) on one line, then its 40-character secret access key.",
      examples: [Example("iam-useraddkey -u alice", "Give alice a new access key.")]
    ) { arguments, context in
      let key = try context.iam { try $0.createAccessKey(userName: arguments.value(user)) }
      return [key.accessKeyId, key.secretAccessKey]
    }
  }()
}
