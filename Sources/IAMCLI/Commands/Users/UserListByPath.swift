extension CommandSpec {
  static let userListByPath: CommandSpec = {
    let prefix = SharedOptions.pathPrefix()
    return CommandSpec(
      name: "userlistbypath", family: .users,
      summary: "List the users of the account.",
      description: "Lists the users of the account, optionally only those under a path, in order of their names.",
      options: [SharedOptions.maxItems, SharedOptions.marker, prefix],
      output: "One user ARN per line, then IsTruncated: false, or IsTruncated: true and a Marker: line.",
      examples: [
        Example("iam-userlistbypath", "List the users, 100 at a time."),
        Example("iam-userlistbypath -p /engineering/ -i 1000", "List up to 1000 users under /engineering/."),
      ]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listUsers(
          pathPrefix: arguments.value(prefix), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      return page.items.map(\.arn) + ListOutput.footer(page)
    }
  }()
}
