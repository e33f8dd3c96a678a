extension CommandSpec {
  static let roleCreate: CommandSpec = {
    let path = SharedOptions.path("Path to file the role under, such as /services/; / by default.")
    let role = SharedOptions.newName(SharedOptions.roleName(
      "Name of the new role: up to 64 letters, digits and _+=,.@- characters, unique in any case."))
    let verbose = OptionSpec.flag("-v", "VERBOSE", help: "Print the new role's ARN, unique id and trust policy.")
    return CommandSpec(
      name: "rolecreate", family: .roles,
      summary: "Create a role that a service or a principal may assume.",
      description: """
        Creates a role with a trust policy saying who may assume it: either generated for one service with -s, \
        or read from a file with -f. The trust policy is checked as IAM checks it, including that every user or \
        role it names exists.
        """,
      options: [TrustPolicySource.file, RoleOptions.maxSessionDuration, path, role, TrustPolicySource.service, verbose],
      output: """
        Nothing, unless -v is given: then the role's ARN, its unique id (AROA...), and the trust policy exactly \
        as stored (a document read from a file ends with a newline, which shows as an empty line).
        """,
      examples: [
        Example("iam-rolecreate -r s3access -s ec2.amazonaws.com", "Create a role that EC2 instances may assume."),
        Example("iam-rolecreate -r deploy -f trust.json -v", "Create a role with the trust policy in trust.json."),
      ],
      exactlyOneOf: TrustPolicySource.choice.names
    ) { arguments, context in
      let document = try TrustPolicySource.read(arguments, context)
      let created = try context.iam {
        try $0.createRole(
          roleName: arguments.required(role), path: LegacyValues.path(arguments.value(path)),
          assumeRolePolicyDocument: document, maxSessionDuration: arguments.integer(RoleOptions.maxSessionDuration))
      }
      return arguments.flag(verbose) ? [created.arn, created.roleId, created.assumeRolePolicyDocument] : []
    }
  }()
}
