extension CommandSpec {
  static let userListGroups: CommandSpec = {
    let user = SharedOptions.userName("Name of the user whose groups to list.")
    return CommandSpec(
      name: "userlistgroups", family: .users,
      summary: "List the groups a user belongs to.",
      description: "Lists the groups that a user is a member of, in order of their names.",
      options: [SharedOptions.maxItems, SharedOptions.marker, user],
      output: "One group ARN per line, then IsTruncated: false, or IsTruncated: true and a Marker: line.",
      examples: [Example("iam-userlistgroups -u david", "List david's groups.")]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listGroupsForUser(
          userName: arguments.required(user), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      return page.items.map(\.arn) + ListOutput.footer(page)
    }
  }()
}
