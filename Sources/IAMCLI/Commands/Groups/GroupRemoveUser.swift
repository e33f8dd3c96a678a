extension CommandSpec {
  static let groupRemoveUser: CommandSpec = {
    let group = SharedOptions.groupName("Name of the group to remove users from.")
    let users = OptionSpec(
      "-u", "USERNAME", required: true, repeatable: true, completion: .users,
      help: "A user to remove; repeat -u to remove several users at once.")
    return CommandSpec(
      name: "groupremoveuser", family: .groups,
      summary: "Remove users from a group.",
      description: """
        Removes one or more users from a group; the group's policies no longer apply to them. If any user cannot \
        be removed, none is.
        """,
      options: [group, users],
      output: "Nothing.",
      examples: [Example("iam-groupremoveuser -g Admin -u bob", "Take bob out of Admin.")]
    ) { arguments, context in
      try context.iam { iam in
        for user in arguments.values(users) {
          try iam.removeUserFromGroup(groupName: arguments.required(group), userName: user)
        }
      }
      return []
    }
  }()
}
