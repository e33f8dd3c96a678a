import IAMService

/// The listings of managed policies: the account's and AWS's by path, and who has one attached.
extension CommandSpec {
  static let policyListByPath: CommandSpec = {
    let prefix = SharedOptions.pathPrefix("PATHPREFIX")
    let scope = OptionSpec(
      "--scope", "SCOPE", kind: .choice(PolicyScope.allCases.map(\.rawValue)),
      help: "AWS for AWS's managed policies, Local for the account's own, All (the default) for both.")
    let onlyAttached = OptionSpec.flag(
      "--only-attached", help: "List only policies attached to at least one user, group or role.")
    return CommandSpec(
      name: "policylistbypath", family: .policies,
      summary: "List managed policies: the account's, AWS's, or both.",
      description: """
        Lists managed policies in order of their names, optionally only those under a path or only those \
        attached to something. AWS's managed policies are listed from the snapshot iam carries, so a listing \
        works offline; where the account has a policy of the same name as one of AWS's, AWS's comes first.
        """,
      options: [prefix, scope, onlyAttached, SharedOptions.maxItems, SharedOptions.marker],
      output: "One ARN per line, then IsTruncated: false, or IsTruncated: true and a Marker: line.",
      examples: [
        Example("iam-policylistbypath --scope Local", "List the account's own policies."),
        Example("iam-policylistbypath --scope AWS -i 1000 | grep Route53", "Find AWS's policies for Route 53."),
      ]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listPolicies(
          scope: arguments.value(scope).flatMap(PolicyScope.init(rawValue:)), onlyAttached: arguments.flag(onlyAttached),
          pathPrefix: arguments.value(prefix), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      return page.items.map(\.arn) + ListOutput.footer(page)
    }
  }()

  static let policyListEntities: CommandSpec = {
    let policy = SharedOptions.policyArn("ARN of the policy.")
    return CommandSpec(
      name: "policylistentities", family: .policies,
      summary: "List the users, groups and roles a managed policy is attached to.",
      description: "Lists who has a managed policy attached: users first, then groups, then roles, each by name.",
      options: [policy, SharedOptions.maxItems, SharedOptions.marker],
      output: "One user, group or role ARN per line, then IsTruncated: false, or IsTruncated: true and a Marker: line.",
      examples: [
        Example(
          "iam-policylistentities -a arn:aws:iam::aws:policy/AdministratorAccess", "Show who has administrator access.")
      ]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listEntitiesForPolicy(
          policyArn: arguments.required(policy), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      return page.items.map(\.arn) + ListOutput.footer(page)
    }
  }()
}
