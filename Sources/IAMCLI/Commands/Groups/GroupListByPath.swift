extension CommandSpec {
  static let groupListByPath: CommandSpec = {
    let prefix = SharedOptions.pathPrefix()
    return CommandSpec(
      name: "grouplistbypath", family: .groups,
      summary: "List the groups of the account.",
      description: "Lists the groups of the account, optionally only those under a path, in order of their names.",
      options: [SharedOptions.maxItems, SharedOptions.marker, prefix],
      output: "One group ARN per line, then IsTruncated: false, or IsTruncated: true and a Marker: line.",
      examples: [
        Example("iam-grouplistbypath", "List every group."),
        Example("iam-grouplistbypath -p /qa/ -i 10", "List the first ten groups under /qa/."),
      ]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listGroups(
          pathPrefix: arguments.value(prefix), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      return page.items.map(\.arn) + ListOutput.footer(page)
    }
  }()
}
