extension PolicyCommands.Target {
  static let group = PolicyCommands.Target(
    noun: "group", family: .groups,
    entity: SharedOptions.groupName("Name of the group."),
    policyCompletion: .policiesOfGroup,
    example: "Developers",
    put: { try $0.putGroupPolicy(groupName: $1, policyName: $2, policyDocument: $3) },
    get: { try $0.getGroupPolicy(groupName: $1, policyName: $2) },
    delete: { try $0.deleteGroupPolicy(groupName: $1, policyName: $2) },
    list: { try $0.listGroupPolicies(groupName: $1, marker: $2, maxItems: $3) })
}

extension CommandSpec {
  static let groupAddPolicy = PolicyCommands.add(.group, resourceOption: "-r")
  static let groupUploadPolicy = PolicyCommands.upload(.group)
  static let groupListPolicies = PolicyCommands.list(.group)
  static let groupDelPolicy = PolicyCommands.delete(.group)
}
