extension CommandSpec {
  static let groupCreate: CommandSpec = {
    let group = SharedOptions.newName(SharedOptions.groupName(
      "Name of the new group: up to 128 letters, digits and _+=,.@- characters, unique in any case."))
    let path = SharedOptions.path("Path to file the group under, such as /engineering/; / by default.")
    let verbose = OptionSpec.flag("-v", "VERBOSE", help: "Print the new group's ARN and unique id.")
    return CommandSpec(
      name: "groupcreate", family: .groups,
      summary: "Create a group.",
      description: "Creates a group of users in the account. Policies given to the group apply to all of its members.",
      options: [group, path, verbose],
      output: "Nothing, unless -v is given: then the group's ARN on one line and its unique id (AGPA...) on the next.",
      examples: [
        Example("iam-groupcreate -g Admin", "Create the group Admin at the root path."),
        Example("iam-groupcreate -g Testers -p /qa/ -v", "Create a group under /qa/ and show its ARN and id."),
      ]
    ) { arguments, context in
      let created = try context.iam {
        try $0.createGroup(groupName: arguments.required(group), path: LegacyValues.path(arguments.value(path)))
      }
      return arguments.flag(verbose) ? [created.arn, created.groupId] : []
    }
  }()
}
