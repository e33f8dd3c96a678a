import IAMPolicy
import IAMStore

/// Entities that embed inline policies, with the words and limits IAM uses for each.
protocol PolicyHolding: StoredRecord, PathHolding {
  static var entityKind: EntityKind { get }
  /// The combined size of all of the entity's inline policies, whitespace not counted.
  static var policySizeQuota: Int { get }
  /// The API member that names the entity (`userName`) and its longest allowed value.
  static var nameMember: (member: String, maxLength: Int) { get }
  var policies: [String: String] { get set }
}

extension UserRecord: PolicyHolding {
  static let entityKind = EntityKind.user
  static let policySizeQuota = 2048
  static let nameMember = (member: "userName", maxLength: 128)
}

extension GroupRecord: PolicyHolding {
  static let entityKind = EntityKind.group
  static let policySizeQuota = 5120
  static let nameMember = (member: "groupName", maxLength: 128)
}

extension RoleRecord: PolicyHolding {
  static let entityKind = EntityKind.role
  static let policySizeQuota = 10240
  static let nameMember = (member: "roleName", maxLength: 64)
}

/// Put, Get, Delete and List of inline policies, for users, groups and roles alike.
extension IAMAPI {
  public func putUserPolicy(userName: String, policyName: String, policyDocument: String) throws {
    try putPolicy(UserRecord.self, userName, policyName, policyDocument)
  }

  public func getUserPolicy(userName: String, policyName: String) throws -> InlinePolicy {
    try getPolicy(UserRecord.self, userName, policyName)
  }

  public func deleteUserPolicy(userName: String, policyName: String) throws {
    try deletePolicy(UserRecord.self, userName, policyName)
  }

  public func listUserPolicies(userName: String, marker: String?, maxItems: Int?) throws -> Page<String> {
    try listPolicies(UserRecord.self, userName, marker, maxItems)
  }

  public func putGroupPolicy(groupName: String, policyName: String, policyDocument: String) throws {
    try putPolicy(GroupRecord.self, groupName, policyName, policyDocument)
  }

  public func getGroupPolicy(groupName: String, policyName: String) throws -> InlinePolicy {
    try getPolicy(GroupRecord.self, groupName, policyName)
  }

  public func deleteGroupPolicy(groupName: String, policyName: String) throws {
    try deletePolicy(GroupRecord.self, groupName, policyName)
  }

  public func listGroupPolicies(groupName: String, marker: String?, maxItems: Int?) throws -> Page<String> {
    try listPolicies(GroupRecord.self, groupName, marker, maxItems)
  }

  public func putRolePolicy(roleName: String, policyName: String, policyDocument: String) throws {
    try putPolicy(RoleRecord.self, roleName, policyName, policyDocument)
  }

  public func getRolePolicy(roleName: String, policyName: String) throws -> InlinePolicy {
    try getPolicy(RoleRecord.self, roleName, policyName)
  }

  public func deleteRolePolicy(roleName: String, policyName: String) throws {
    try deletePolicy(RoleRecord.self, roleName, policyName)
  }

  public func listRolePolicies(roleName: String, marker: String?, maxItems: Int?) throws -> Page<String> {
    try listPolicies(RoleRecord.self, roleName, marker, maxItems)
  }

  // MARK: The shared implementation

  private func putPolicy<R: PolicyHolding>(_ type: R.Type, _ name: String, _ policyName: String, _ document: String) throws {
    let noun = R.entityKind.operationNoun
    try call("Put\(noun)Policy", [("\(noun)Name", name), ("PolicyName", policyName)]) {
      var check = ParameterValidation()
      check.name(name, R.nameMember.member, max: R.nameMember.maxLength)
      check.name(policyName, "policyName", max: 128)
      check.document(document)
      try check.check()
      var entity = try requireHolder(type, name, action: "iam:Put\(noun)Policy")
      do throws(MalformedPolicy) {
        _ = try PolicyParser.parse(document, kind: .identity)
      } catch {
        throw IAMError(error)
      }
      var total = PolicySize.chargedLength(document)
      for (existing, text) in entity.policies where existing != policyName {
        total += PolicySize.chargedLength(text)
      }
      guard total <= R.policySizeQuota else {
        throw IAMError(
          .limitExceeded,
          "Maximum policy size of \(R.policySizeQuota) bytes exceeded for \(R.entityKind.arnType) \(entity.name)")
      }
      entity.policies[policyName] = document
      transaction.put(entity)
    }
  }

  private func getPolicy<R: PolicyHolding>(_ type: R.Type, _ name: String, _ policyName: String) throws -> InlinePolicy {
    let noun = R.entityKind.operationNoun
    return try call("Get\(noun)Policy", [("\(noun)Name", name), ("PolicyName", policyName)]) {
      var check = ParameterValidation()
      check.name(name, R.nameMember.member, max: R.nameMember.maxLength)
      check.name(policyName, "policyName", max: 128)
      try check.check()
      let entity = try requireHolder(type, name, action: "iam:Get\(noun)Policy")
      guard let document = entity.policies[policyName] else { throw policyNotFound(R.entityKind, policyName) }
      return InlinePolicy(policyName: policyName, policyDocument: document)
    }
  }

  private func deletePolicy<R: PolicyHolding>(_ type: R.Type, _ name: String, _ policyName: String) throws {
    let noun = R.entityKind.operationNoun
    try call("Delete\(noun)Policy", [("\(noun)Name", name), ("PolicyName", policyName)]) {
      var check = ParameterValidation()
      check.name(name, R.nameMember.member, max: R.nameMember.maxLength)
      check.name(policyName, "policyName", max: 128)
      try check.check()
      var entity = try requireHolder(type, name, action: "iam:Delete\(noun)Policy")
      guard entity.policies.removeValue(forKey: policyName) != nil else {
        throw policyNotFound(R.entityKind, policyName)
      }
      transaction.put(entity)
    }
  }

  private func listPolicies<R: PolicyHolding>(
    _ type: R.Type, _ name: String, _ marker: String?, _ maxItems: Int?
  ) throws -> Page<String> {
    let noun = R.entityKind.operationNoun
    return try call(
      "List\(noun)Policies",
      [("\(noun)Name", name), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.name(name, R.nameMember.member, max: R.nameMember.maxLength)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      let entity = try requireHolder(type, name, action: "iam:List\(noun)Policies")
      let names = ListingOrder.sorted(Array(entity.policies.keys))
      return try Pagination.page(keys: names, marker: marker, maxItems: maxItems) { $0 }
    }
  }

  private func requireHolder<R: PolicyHolding>(_ type: R.Type, _ name: String, action: String) throws -> R {
    let entity = try lookUp(type, name)
    try authorize(action, on: arn(R.entityKind, path: entity?.path ?? "/", name: entity?.name ?? name))
    guard let entity else { throw R.entityKind.notFound(name) }
    return entity
  }

  private func policyNotFound(_ kind: EntityKind, _ policyName: String) -> IAMError {
    IAMError(.noSuchEntity, "The \(kind.arnType) policy with name \(policyName) cannot be found.")
  }
}

extension EntityKind {
  /// The entity's word in operation names: `PutUserPolicy`, `ListGroupPolicies`.
  var operationNoun: String {
    switch self {
    case .user: return "User"
    case .group: return "Group"
    case .role: return "Role"
    case .instanceProfile: return "InstanceProfile"
    case .serverCertificate: return "ServerCertificate"
    case .mfaDevice: return "MFADevice"
    }
  }
}
