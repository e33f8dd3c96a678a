extension CommandSpec {
  static let groupListUsers: CommandSpec = {
    let group = SharedOptions.groupName("Name of the group whose members to list.")
    return CommandSpec(
      name: "grouplistusers", family: .groups,
      summary: "List the members of a group.",
      description: "Lists the users who belong to a group, in order of their names.",
      options: [group, SharedOptions.maxItems, SharedOptions.marker],
      output: "One user ARN per line, then IsTruncated: false, or IsTruncated: true and a Marker: line.",
      examples: [Example("iam-grouplistusers -g Admin", "List the members of Admin.")]
    ) { arguments, context in
      let result = try context.iam {
        try $0.getGroup(
          groupName: arguments.required(group), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      return result.users.items.map(\.arn) + ListOutput.footer(result.users)
    }
  }()
}
