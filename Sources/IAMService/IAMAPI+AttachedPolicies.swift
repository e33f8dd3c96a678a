import IAMStore

/// Entities that managed policies are attached to, with IAM's limit on how many.
protocol PolicyAttaching: PolicyHolding {
  var attachedPolicies: [String] { get set }
  /// The quota's name in IAM's LimitExceeded message.
  static var attachmentQuotaName: String { get }
}

extension UserRecord: PolicyAttaching {
  static let attachmentQuotaName = "PoliciesPerUser"
}

extension GroupRecord: PolicyAttaching {
  static let attachmentQuotaName = "PoliciesPerGroup"
}

extension RoleRecord: PolicyAttaching {
  static let attachmentQuotaName = "PoliciesPerRole"
}

/// Attach, Detach and ListAttached for users, groups and roles alike, and ListEntitiesForPolicy.
extension IAMAPI {
  public func attachUserPolicy(userName: String, policyArn: String) throws {
    try attach(UserRecord.self, userName, policyArn)
  }

  public func detachUserPolicy(userName: String, policyArn: String) throws {
    try detach(UserRecord.self, userName, policyArn)
  }

  public func listAttachedUserPolicies(
    userName: String, pathPrefix: String?, marker: String?, maxItems: Int?
  ) throws -> Page<AttachedPolicy> {
    try listAttached(UserRecord.self, userName, pathPrefix, marker, maxItems)
  }

  public func attachGroupPolicy(groupName: String, policyArn: String) throws {
    try attach(GroupRecord.self, groupName, policyArn)
  }

  public func detachGroupPolicy(groupName: String, policyArn: String) throws {
    try detach(GroupRecord.self, groupName, policyArn)
  }

  public func listAttachedGroupPolicies(
    groupName: String, pathPrefix: String?, marker: String?, maxItems: Int?
  ) throws -> Page<AttachedPolicy> {
    try listAttached(GroupRecord.self, groupName, pathPrefix, marker, maxItems)
  }

  public func attachRolePolicy(roleName: String, policyArn: String) throws {
    try attach(RoleRecord.self, roleName, policyArn)
  }

  public func detachRolePolicy(roleName: String, policyArn: String) throws {
    try detach(RoleRecord.self, roleName, policyArn)
  }

  public func listAttachedRolePolicies(
    roleName: String, pathPrefix: String?, marker: String?, maxItems: Int?
  ) throws -> Page<AttachedPolicy> {
    try listAttached(RoleRecord.self, roleName, pathPrefix, marker, maxItems)
  }

  /// The users, groups and roles a policy is attached to: users first, then groups, then roles,
  /// each by name.
  public func listEntitiesForPolicy(policyArn: String, marker: String?, maxItems: Int?) throws -> Page<PolicyEntity> {
    return try call("ListEntitiesForPolicy", [("PolicyArn", policyArn), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      let found = try requirePolicy(policyArn, operation: "ListEntitiesForPolicy") {
        $0.marker(marker)
        $0.maxItems(maxItems)
      }
      let order = ["user", "group", "role"]
      // Keys sort by type, then name: "0.bob" for a user, "1.admins" for a group.
      let keys = try transaction.attachmentMarkers(policyId: found.id).map { marker -> String in
        guard let dot = marker.firstIndex(of: "."), let rank = order.firstIndex(of: String(marker[..<dot])) else {
          throw StoreError.damaged(
            path: transaction.absolutePath(StoreLayout.attachmentsDirectory(policyId: found.id) + "/" + marker),
            reason: "it is not the marker of a user, group or role")
        }
        return "\(rank)" + marker[dot...]
      }
      return try Pagination.page(keys: ListingOrder.sorted(keys), marker: marker, maxItems: maxItems) { key in
        let kind = order[Int(String(key.prefix(1)))!]
        let markerName = kind + key.dropFirst()
        guard let name = try transaction.attachedEntityName(policyId: found.id, marker: markerName) else { return nil }
        return try attachedEntity(kind: kind, name: name, marker: markerName, policyId: found.id)
      }
    }
  }

  // MARK: The shared implementation

  private func attach<R: PolicyAttaching>(_ type: R.Type, _ name: String, _ policyArn: String) throws {
    let noun = R.entityKind.operationNoun
    try call("Attach\(noun)Policy", [("\(noun)Name", name), ("PolicyArn", policyArn)]) {
      var check = ParameterValidation()
      check.name(name, R.nameMember.member, max: R.nameMember.maxLength)
      check.policyArn(policyArn)
      try check.check()
      var entity = try requireAttaching(type, name, action: "iam:Attach\(noun)Policy", policyArn: policyArn)
      try checkPolicyArnShape(policyArn)
      guard let found = try findPolicy(policyArn) else { throw policyNotAttachable(policyArn) }
      // Attaching a policy that is attached already changes nothing, as in IAM.
      if entity.attachedPolicies.contains(policyArn) { return }
      guard entity.attachedPolicies.count < SummaryCount.attachedPoliciesQuota else {
        throw IAMError.quota(R.attachmentQuotaName, SummaryCount.attachedPoliciesQuota)
      }
      entity.attachedPolicies.append(policyArn)
      transaction.put(entity)
      transaction.addAttachment(policyId: found.id, kind: R.entityKind.arnType, name: entity.name)
      try countAttachment(found, 1)
    }
  }

  private func detach<R: PolicyAttaching>(_ type: R.Type, _ name: String, _ policyArn: String) throws {
    let noun = R.entityKind.operationNoun
    try call("Detach\(noun)Policy", [("\(noun)Name", name), ("PolicyArn", policyArn)]) {
      var check = ParameterValidation()
      check.name(name, R.nameMember.member, max: R.nameMember.maxLength)
      check.policyArn(policyArn)
      try check.check()
      var entity = try requireAttaching(type, name, action: "iam:Detach\(noun)Policy", policyArn: policyArn)
      try checkPolicyArnShape(policyArn)
      guard let index = entity.attachedPolicies.firstIndex(of: policyArn) else { throw policyNotFound(policyArn) }
      let found = try attachedPolicy(policyArn, attachedBy: R.self, named: entity.name)
      entity.attachedPolicies.remove(at: index)
      transaction.put(entity)
      transaction.removeAttachment(policyId: found.id, kind: R.entityKind.arnType, name: entity.name)
      try countAttachment(found, -1)
    }
  }

  private func listAttached<R: PolicyAttaching>(
    _ type: R.Type, _ name: String, _ pathPrefix: String?, _ marker: String?, _ maxItems: Int?
  ) throws -> Page<AttachedPolicy> {
    let noun = R.entityKind.operationNoun
    return try call(
      "ListAttached\(noun)Policies",
      [
        ("\(noun)Name", name), ("PathPrefix", pathPrefix), ("Marker", marker),
        ("MaxItems", maxItems.map(String.init)),
      ]) {
      var check = ParameterValidation()
      check.name(name, R.nameMember.member, max: R.nameMember.maxLength)
      check.policyPath(pathPrefix, "pathPrefix")
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      let entity = try requireAttaching(type, name, action: "iam:ListAttached\(noun)Policies", policyArn: nil)
      // Listed by policy name; the ARN after it keeps an AWS and a customer policy of one name apart.
      var attached: [String: PolicyArn] = [:]
      for text in entity.attachedPolicies {
        guard let arn = PolicyArn(parsing: text) else { continue }
        if let pathPrefix, !arn.path.hasPrefix(pathPrefix) { continue }
        attached[arn.name + " " + text] = arn
      }
      return try Pagination.page(keys: ListingOrder.sorted(Array(attached.keys)), marker: marker, maxItems: maxItems) {
        attached[$0].map { AttachedPolicy(policyName: $0.name, policyArn: $0.text) }
      }
    }
  }

  /// Loads the entity with `action` authorized on its ARN, and with the policy's ARN in the
  /// request context when there is one, so that a policy can limit which policies may be attached.
  private func requireAttaching<R: PolicyAttaching>(
    _ type: R.Type, _ name: String, action: String, policyArn: String?
  ) throws -> R {
    let entity = try lookUp(type, name)
    try authorize(
      action, on: arn(R.entityKind, path: entity?.path ?? "/", name: entity?.name ?? name),
      context: policyArn.map { ["iam:PolicyARN": $0] } ?? [:])
    guard let entity else { throw R.entityKind.notFound(name) }
    return entity
  }

  private func attachedEntity(kind: String, name: String, marker: String, policyId: String) throws -> PolicyEntity {
    func missing() -> StoreError {
      .damaged(
        path: transaction.absolutePath(StoreLayout.attachmentsDirectory(policyId: policyId) + "/" + marker),
        reason: "it names a \(kind) that does not exist")
    }
    switch kind {
    case "user":
      guard let user = try lookUp(UserRecord.self, name) else { throw missing() }
      return PolicyEntity(kind: .user, name: user.name, id: user.id, arn: arn(.user, path: user.path, name: user.name))
    case "group":
      guard let group = try lookUp(GroupRecord.self, name) else { throw missing() }
      return PolicyEntity(
        kind: .group, name: group.name, id: group.id, arn: arn(.group, path: group.path, name: group.name))
    default:
      guard let role = try lookUp(RoleRecord.self, name) else { throw missing() }
      return PolicyEntity(kind: .role, name: role.name, id: role.id, arn: arn(.role, path: role.path, name: role.name))
    }
  }

  /// Moves the attachment markers of an entity that is renamed.
  func renameAttachments<R: PolicyAttaching>(of entity: R, from oldName: String) throws {
    for policyArn in entity.attachedPolicies {
      let found = try attachedPolicy(policyArn, attachedBy: R.self, named: oldName)
      transaction.removeAttachment(policyId: found.id, kind: R.entityKind.arnType, name: oldName)
      transaction.addAttachment(policyId: found.id, kind: R.entityKind.arnType, name: entity.name)
    }
  }
}
