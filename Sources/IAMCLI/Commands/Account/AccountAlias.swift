extension CommandSpec {
  static let accountAliasCreate: CommandSpec = {
    let alias = OptionSpec(
      "-a", "ACCOUNTALIAS", required: true,
      help: "The alias: 3 to 63 lower-case letters, digits and single hyphens, not starting or ending with one.")
    return CommandSpec(
      name: "accountaliascreate", family: .account,
      summary: "Give the account an alias for its sign-in page.",
      description: """
        Sets the account's alias, the name its console sign-in page uses in place of the account id. An account \
        has one alias at most: a new one replaces the old, whose sign-in link stops working.
        """,
      options: [alias],
      output: """
        Two lines: Alias: and the alias, then Direct Signin Link: and the sign-in address made from it, \
        https://ALIAS.signin.aws.amazon.com.
        """,
      examples: [Example("iam-accountaliascreate -a example-corp", "Name the account example-corp.")]
    ) { arguments, context in
      let name = arguments.required(alias)
      try context.iam { try $0.createAccountAlias(name) }
      return AccountAliasLines.lines(name)
    }
  }()

  static let accountAliasDelete: CommandSpec = {
    let alias = OptionSpec(
      "-a", "ACCOUNTALIAS", required: true, completion: .accountAlias,
      help: "The account's alias, as a check that it is the one meant.")
    return CommandSpec(
      name: "accountaliasdelete", family: .account,
      summary: "Remove the account's alias.",
      description: """
        Removes the account's alias; its sign-in page is then found by the account id again. The alias must be \
        given, and must be the account's.
        """,
      options: [alias],
      output: "Nothing.",
      examples: [Example("iam-accountaliasdelete -a example-corp", "Remove the alias example-corp.")]
    ) { arguments, context in
      try context.iam { try $0.deleteAccountAlias(arguments.required(alias)) }
      return []
    }
  }()

  static let accountAliasList = CommandSpec(
    name: "accountaliaslist", family: .account,
    summary: "Show the account's alias and its sign-in link.",
    description: "Lists the account's alias, of which there is one or none, with the address of its sign-in page.",
    options: [SharedOptions.maxItems, SharedOptions.marker],
    output: """
      For the alias, Alias: and the alias, then Direct Signin Link: and its sign-in address; then \
      IsTruncated: false, or IsTruncated: true and a Marker: line.
      """,
    examples: [Example("iam-accountaliaslist", "Show the alias, if the account has one.")]
  ) { arguments, context in
    let page = try context.iam {
      try $0.listAccountAliases(
        marker: arguments.value(SharedOptions.marker), maxItems: arguments.integer(SharedOptions.maxItems))
    }
    return page.items.flatMap(AccountAliasLines.lines) + ListOutput.footer(page)
  }
}

/// What the alias commands print for an alias (spec §6.1); the link is made from the alias.
enum AccountAliasLines {
  static func lines(_ alias: String) -> [String] {
    ["Alias: \(alias)", "Direct Signin Link: https://\(alias).signin.aws.amazon.com"]
  }
}
