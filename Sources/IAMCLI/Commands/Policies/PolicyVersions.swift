import IAMService

/// The versions of a customer managed policy: at most five, one of them the default.
extension CommandSpec {
  static let policyVersionCreate: CommandSpec = {
    let policy = SharedOptions.policyArn("ARN of the customer managed policy.")
    let verbose = OptionSpec.flag("-v", help: "Print the new version's id.")
    return CommandSpec(
      name: "policyversioncreate", family: .policies,
      summary: "Add a version to a customer managed policy.",
      description: """
        Adds a version to a managed policy of the account, from a document read from a file with -f or given \
        with -o and checked as policycreate checks it. A policy has at most 5 versions; delete one to make room. \
        The new version applies only once it is the default (--set-default, or policyversionsetdefault).
        """,
      options: [policy, SharedOptions.documentFile, SharedOptions.documentText, PolicyOptions.setDefault, verbose],
      output: "Nothing, unless -v is given: then the new version's id, such as v2.",
      examples: [
        Example(
          "iam-policyversioncreate -a arn:aws:iam::123456789012:policy/EC2Snapshots -f v2.json --set-default",
          "Make v2.json the policy's new default version.")
      ],
      exactlyOneOf: DocumentSource.choice.names
    ) { arguments, context in
      let document = try DocumentSource.read(arguments, context)
      let version = try context.iam {
        try $0.createPolicyVersion(
          policyArn: arguments.required(policy), policyDocument: document,
          setAsDefault: arguments.flag(PolicyOptions.setDefault))
      }
      return arguments.flag(verbose) ? [version.versionId] : []
    }
  }()

  static let policyVersionGet: CommandSpec = {
    let policy = SharedOptions.policyArn("ARN of the policy, AWS's or the account's own.")
    return CommandSpec(
      name: "policyversionget", family: .policies,
      summary: "Print the document of one version of a managed policy.",
      description: "Prints the document of one version of a managed policy, default or not.",
      options: [policy, PolicyOptions.versionId],
      output: "The document exactly as stored; AWS's on one line.",
      examples: [
        Example(
          "iam-policyversionget -a arn:aws:iam::123456789012:policy/EC2Snapshots --version-id v1",
          "Print the first version.")
      ]
    ) { arguments, context in
      let version = try context.iam {
        try $0.getPolicyVersion(policyArn: arguments.required(policy), versionId: arguments.required(PolicyOptions.versionId))
      }
      return [version.document ?? ""]
    }
  }()

  static let policyVersionList: CommandSpec = {
    let policy = SharedOptions.policyArn("ARN of the policy, AWS's or the account's own.")
    return CommandSpec(
      name: "policyversionlist", family: .policies,
      summary: "List the versions of a managed policy.",
      description: "Lists the versions of a managed policy in the order they were made, marking the default one.",
      options: [policy, SharedOptions.maxItems, SharedOptions.marker],
      output: """
        One line per version: its id and when it was made, and the word default after the default version's; then \
        IsTruncated: false, or IsTruncated: true and a Marker: line.
        """,
      examples: [
        Example("iam-policyversionlist -a arn:aws:iam::123456789012:policy/EC2Snapshots", "List the versions.")
      ]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listPolicyVersions(
          policyArn: arguments.required(policy), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      return page.items.map { "\($0.versionId) \($0.createDate)" + ($0.isDefaultVersion ? " default" : "") }
        + ListOutput.footer(page)
    }
  }()

  static let policyVersionDel: CommandSpec = {
    let policy = SharedOptions.policyArn("ARN of the customer managed policy.")
    return CommandSpec(
      name: "policyversiondel", family: .policies,
      summary: "Delete a version of a customer managed policy.",
      description: "Deletes a version of a managed policy of the account. The default version cannot be deleted.",
      options: [policy, PolicyOptions.versionId],
      output: "Nothing.",
      examples: [
        Example(
          "iam-policyversiondel -a arn:aws:iam::123456789012:policy/EC2Snapshots --version-id v1",
          "Delete the first version.")
      ]
    ) { arguments, context in
      try context.iam {
        try $0.deletePolicyVersion(policyArn: arguments.required(policy), versionId: arguments.required(PolicyOptions.versionId))
      }
      return []
    }
  }()

  static let policyVersionSetDefault: CommandSpec = {
    let policy = SharedOptions.policyArn("ARN of the customer managed policy.")
    return CommandSpec(
      name: "policyversionsetdefault", family: .policies,
      summary: "Choose the version of a customer managed policy that applies.",
      description: """
        Makes a version the default of a managed policy of the account: the one that applies to every user, \
        group and role the policy is attached to, from the next request on.
        """,
      options: [policy, PolicyOptions.versionId],
      output: "Nothing.",
      examples: [
        Example(
          "iam-policyversionsetdefault -a arn:aws:iam::123456789012:policy/EC2Snapshots --version-id v1",
          "Go back to the first version.")
      ]
    ) { arguments, context in
      try context.iam {
        try $0.setDefaultPolicyVersion(
          policyArn: arguments.required(policy), versionId: arguments.required(PolicyOptions.versionId))
      }
      return []
    }
  }()
}
