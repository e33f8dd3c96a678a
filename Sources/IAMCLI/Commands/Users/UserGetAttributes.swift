extension CommandSpec {
  static let userGetAttributes: CommandSpec = {
    let user = SharedOptions.userName(
      required: false, "Name of the user; without it, the user whose access key runs the command.")
    return CommandSpec(
      name: "usergetattributes", family: .users,
      summary: "Show a user's ARN and unique id.",
      description: """
        Prints the ARN and unique id of a user, or of the caller when -u is left out. For the account's root \
        user these are the root ARN and the account id.
        """,
      options: [user],
      output: "The user's ARN on one line and its unique id on the next.",
      examples: [
        Example("iam-usergetattributes -u alice", "Show alice's ARN and id."),
        Example("iam-usergetattributes", "Show who the current credentials belong to."),
      ]
    ) { arguments, context in
      let found = try context.iam { try $0.getUser(userName: arguments.value(user)) }
      return [found.arn, found.userId]
    }
  }()
}
