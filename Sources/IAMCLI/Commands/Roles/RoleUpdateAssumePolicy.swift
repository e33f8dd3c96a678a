extension CommandSpec {
  static let roleUpdateAssumePolicy: CommandSpec = {
    let role = SharedOptions.roleName("Name of the role.")
    let echo = OptionSpec.flag("-o", help: "Print the trust policy document once it is stored.")
    return CommandSpec(
      name: "roleupdateassumepolicy", family: .roles,
      summary: "Replace the trust policy of a role.",
      description: """
        Replaces the policy that says who may assume the role, with one generated for a service (-s) or read \
        from a file (-f). The new document is checked as rolecreate checks it.
        """,
      options: [TrustPolicySource.file, echo, role, TrustPolicySource.service],
      output: "Nothing, unless -o is given: then the new trust policy document.",
      examples: [
        Example(
          "iam-roleupdateassumepolicy -r s3access -s lambda.amazonaws.com -o",
          "Let Lambda, instead of EC2, assume the role, and print the new document.")
      ],
      exactlyOneOf: TrustPolicySource.choice.names
    ) { arguments, context in
      let document = try TrustPolicySource.read(arguments, context)
      try context.iam { try $0.updateAssumeRolePolicy(roleName: arguments.required(role), policyDocument: document) }
      return arguments.flag(echo) ? [document] : []
    }
  }()
}
