extension PolicyCommands.Target {
  static let role = PolicyCommands.Target(
    noun: "role", family: .roles,
    entity: SharedOptions.roleName("Name of the role."),
    policyCompletion: .policiesOfRole,
    example: "s3access",
    put: { try $0.putRolePolicy(roleName: $1, policyName: $2, policyDocument: $3) },
    get: { try $0.getRolePolicy(roleName: $1, policyName: $2) },
    delete: { try $0.deleteRolePolicy(roleName: $1, policyName: $2) },
    list: { try $0.listRolePolicies(roleName: $1, marker: $2, maxItems: $3) })
}

extension CommandSpec {
  // -r names the role here, so the resources of the generated statement take -c.
  static let roleAddPolicy = PolicyCommands.add(.role, resourceOption: "-c")
  static let roleUploadPolicy = PolicyCommands.upload(.role)
  static let roleListPolicies = PolicyCommands.list(.role)
  static let roleDelPolicy = PolicyCommands.delete(.role)
}
