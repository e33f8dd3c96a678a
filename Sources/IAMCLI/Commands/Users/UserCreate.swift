extension CommandSpec {
  static let userCreate: CommandSpec = {
    let groups = OptionSpec(
      "-g", "GROUPS", repeatable: true, completion: .groups,
      help: "A group to add the new user to; repeat -g for several groups.")
    let key = OptionSpec.flag("-k", help: "Also create an access key for the user and print it.")
    let path = SharedOptions.path("Path to file the user under, such as /engineering/; / by default.")
    let user = SharedOptions.newName(SharedOptions.userName(
      "Name of the new user: up to 64 letters, digits and _+=,.@- characters, unique in any case."))
    let verbose = OptionSpec.flag("-v", "VERBOSE", help: "Print the new user's ARN and unique id.")
    return CommandSpec(
      name: "usercreate", family: .users,
      summary: "Create a user, optionally with an access key and group memberships.",
      description: """
        Creates a user. With -g the user joins those groups, and with -k it gets an access key whose secret is \
        shown this once. Either everything succeeds or nothing is created.
        """,
      options: [groups, key, path, user, verbose],
      output: """
        With -k: the access key id, then its secret access key. With -v, after those: the user's ARN, then its \
        unique id (AIDA...). Without -k or -v: nothing.
        """,
      examples: [
        Example("iam-usercreate -u alice", "Create the user alice."),
        Example(
          "iam-usercreate -u david -g Admin -k -v",
          "Create david in the group Admin with an access key; print the key, the secret, the ARN and the id."),
      ]
    ) { arguments, context in
      try context.iam { iam in
        let name = arguments.required(user)
        // As in IAMCli, every group is looked up before the user is created.
        for group in arguments.values(groups) { _ = try iam.getGroup(groupName: group, marker: nil, maxItems: 1) }
        let created = try iam.createUser(userName: name, path: LegacyValues.path(arguments.value(path)))
        var lines: [String] = []
        if arguments.flag(key) {
          let accessKey = try iam.createAccessKey(userName: name)
          lines += [accessKey.accessKeyId, accessKey.secretAccessKey]
        }
        for group in arguments.values(groups) { try iam.addUserToGroup(groupName: group, userName: name) }
        if arguments.flag(verbose) { lines += [created.arn, created.userId] }
        return lines
      }
    }
  }()
}
