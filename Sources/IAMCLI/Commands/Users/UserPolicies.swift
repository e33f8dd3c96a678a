extension PolicyCommands.Target {
  static let user = PolicyCommands.Target(
    noun: "user", family: .users,
    entity: SharedOptions.userName("Name of the user."),
    policyCompletion: .policiesOfUser,
    example: "alice",
    put: { try $0.putUserPolicy(userName: $1, policyName: $2, policyDocument: $3) },
    get: { try $0.getUserPolicy(userName: $1, policyName: $2) },
    delete: { try $0.deleteUserPolicy(userName: $1, policyName: $2) },
    list: { try $0.listUserPolicies(userName: $1, marker: $2, maxItems: $3) })
}

extension CommandSpec {
  static let userAddPolicy = PolicyCommands.add(.user, resourceOption: "-r")
  static let userUploadPolicy = PolicyCommands.upload(.user)
  static let userListPolicies = PolicyCommands.list(.user)
  static let userDelPolicy = PolicyCommands.delete(.user)
}
