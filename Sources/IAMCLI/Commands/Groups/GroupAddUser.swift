extension CommandSpec {
  static let groupAddUser: CommandSpec = {
    let group = SharedOptions.groupName("Name of the group to add users to.")
    let users = OptionSpec(
      "-u", "USERNAME", required: true, repeatable: true, completion: .users,
      help: "A user to add; repeat -u to add several users at once.")
    return CommandSpec(
      name: "groupadduser", family: .groups,
      summary: "Add users to a group.",
      description: """
        Adds one or more users to a group, so that the group's policies apply to them. Adding a user who is \
        already a member changes nothing. If any user cannot be added, none is.
        """,
      options: [group, users],
      output: "Nothing.",
      examples: [Example("iam-groupadduser -g Admin -u alice -u bob", "Make alice and bob members of Admin.")]
    ) { arguments, context in
      try context.iam { iam in
        for user in arguments.values(users) {
          try iam.addUserToGroup(groupName: arguments.required(group), userName: user)
        }
      }
      return []
    }
  }()
}
