extension CommandSpec {
  static let roleGetAttributes: CommandSpec = {
    let role = SharedOptions.roleName("Name of the role.")
    return CommandSpec(
      name: "rolegetattributes", family: .roles,
      summary: "Show a role's ARN, unique id and trust policy.",
      description: "Prints the ARN and unique id of a role, followed by its trust policy.",
      options: [role],
      output: """
        The role's ARN, then its unique id, then the trust policy exactly as stored, on as many lines as it has.
        """,
      examples: [Example("iam-rolegetattributes -r s3access", "Show the role s3access and who may assume it.")]
    ) { arguments, context in
      let found = try context.iam { try $0.getRole(roleName: arguments.required(role)) }
      return [found.arn, found.roleId, found.assumeRolePolicyDocument]
    }
  }()
}
