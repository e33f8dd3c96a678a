import IAMService

extension CommandSpec {
  static let policyGet: CommandSpec = {
    let policy = SharedOptions.policyArn("ARN of the policy, AWS's or the account's own.")
    let verbose = OptionSpec.flag("-v", help: "Also print the document of the default version.")
    return CommandSpec(
      name: "policyget", family: .policies,
      summary: "Show a managed policy, and with -v its document.",
      description: """
        Prints what IAM knows of a managed policy: its ARN, id, default version and how many users, groups and \
        roles it is attached to. AWS's managed policies come from a snapshot that iam carries (iam version says \
        how recent); their ids are iam's own, as the snapshot has none.
        """,
      options: [policy, verbose],
      output: """
        The ARN, then the id (ANPA...), then DefaultVersionId: and AttachmentCount: lines, then Description: when \
        the policy has one. With -v, then the default version's document: as stored for the account's own \
        policies, on one line for AWS's.
        """,
      examples: [
        Example(
          "iam-policyget -a arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess -v",
          "Show AWS's AmazonS3ReadOnlyAccess with its document.")
      ]
    ) { arguments, context in
      try context.iam { iam in
        let arn = arguments.required(policy)
        let found = try iam.getPolicy(policyArn: arn)
        var lines = [
          found.arn, found.policyId, "DefaultVersionId: \(found.defaultVersionId)",
          "AttachmentCount: \(found.attachmentCount)",
        ]
        if let description = found.description { lines.append("Description: \(description)") }
        if arguments.flag(verbose) {
          lines.append(try iam.getPolicyVersion(policyArn: arn, versionId: found.defaultVersionId).document ?? "")
        }
        return lines
      }
    }
  }()
}
