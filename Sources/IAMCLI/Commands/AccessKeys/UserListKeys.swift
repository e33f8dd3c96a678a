extension CommandSpec {
  static let userListKeys: CommandSpec = {
    let user = SharedOptions.userName(
      required: false, "User whose keys to list; without it, the user whose key runs the command.")
    return CommandSpec(
      name: "userlistkeys", family: .accessKeys,
      summary: "List access keys and their status.",
      description: "Lists the access keys of a user, or of the caller when -u is left out. Secrets are never shown.",
      options: [SharedOptions.maxItems, SharedOptions.marker, user],
      output: """
        For each key, its id on one line and its status (Active or Inactive) on the next; then \
        IsTruncated: false, or IsTruncated: true and a Marker: line.
        """,
      examples: [Example("iam-userlistkeys -u alice", "List alice's keys.")]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listAccessKeys(
          userName: arguments.value(user), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      return page.items.flatMap { [$0.accessKeyId, $0.status] } + ListOutput.footer(page)
    }
  }()
}
