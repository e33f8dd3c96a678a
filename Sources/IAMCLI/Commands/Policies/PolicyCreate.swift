import IAMService

extension CommandSpec {
  static let policyCreate: CommandSpec = {
    let name = SharedOptions.policyName(
      "Name of the new policy: up to 128 letters, digits and _+=,.@- characters, unique in the account in any case.")
    let path = OptionSpec(
      "--path", "PATH", help: "Path to file the policy under, such as /ops/; / by default. Its ARN includes it.")
    let description = OptionSpec(
      "--description", "DESCRIPTION", help: "A description of up to 1,000 characters; it cannot be changed later.")
    let verbose = OptionSpec.flag("-v", help: "Print the new policy's ARN and id.")
    return CommandSpec(
      name: "policycreate", family: .policies,
      summary: "Create a customer managed policy from a document.",
      description: """
        Creates a managed policy of the account, whose first version, v1, is the document read from a file with \
        -f or given with -o. The document is checked as IAM checks managed policies: it must say \
        "Version": "2012-10-17", and it may hold 6,144 characters, whitespace not counted.
        """,
      options: [name, path, description, SharedOptions.documentFile, SharedOptions.documentText, verbose],
      output: "Nothing, unless -v is given: then the policy's ARN, then its unique id (ANPA...).",
      examples: [
        Example(
          "iam-policycreate -p EC2Snapshots -f snapshot-policy.json -v",
          "Create the policy EC2Snapshots and print its ARN and id.")
      ],
      exactlyOneOf: DocumentSource.choice.names
    ) { arguments, context in
      let document = try DocumentSource.read(arguments, context)
      let created = try context.iam {
        try $0.createPolicy(
          policyName: arguments.required(name), path: LegacyValues.path(arguments.value(path)), policyDocument: document,
          description: arguments.value(description))
      }
      return arguments.flag(verbose) ? [created.arn, created.policyId] : []
    }
  }()

  static let policyDel: CommandSpec = {
    let policy = SharedOptions.policyArn("ARN of the customer managed policy to delete.")
    return CommandSpec(
      name: "policydel", family: .policies,
      summary: "Delete a customer managed policy.",
      description: """
        Deletes a managed policy of the account with its default version. As in IAM, a policy that is still \
        attached to a user, group or role, or that has other versions, cannot be deleted: detach it and delete \
        the other versions first. AWS managed policies cannot be deleted.
        """,
      options: [policy],
      output: "Nothing.",
      examples: [
        Example("iam-policydel -a arn:aws:iam::123456789012:policy/EC2Snapshots", "Delete the policy EC2Snapshots.")
      ]
    ) { arguments, context in
      try context.iam { try $0.deletePolicy(policyArn: arguments.required(policy)) }
      return []
    }
  }()
}
