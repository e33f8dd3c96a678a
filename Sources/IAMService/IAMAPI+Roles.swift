import IAMPolicy
import IAMStore

/// CreateRole, GetRole, UpdateRole, UpdateAssumeRolePolicy, DeleteRole and ListRoles. The role's inline
/// policies are in IAMAPI+InlinePolicies, its instance profiles in IAMAPI+InstanceProfiles.
extension IAMAPI {
  static let trustPolicySizeQuota = 2048

  public func createRole(
    roleName: String, path: String?, assumeRolePolicyDocument: String, maxSessionDuration: Int? = nil
  ) throws -> Role {
    return try call(
      "CreateRole",
      [("RoleName", roleName), ("Path", path), ("MaxSessionDuration", maxSessionDuration.map(String.init))]) {
      var check = ParameterValidation()
      check.name(roleName, "roleName", max: 64)
      check.path(path)
      check.document(assumeRolePolicyDocument, "assumeRolePolicyDocument")
      check.integer(maxSessionDuration, "maxSessionDuration", RoleRecord.maxSessionDurationRange)
      try check.check()
      let path = path ?? "/"
      try authorize("iam:CreateRole", on: arn(.role, path: path, name: roleName))
      try ensureRoom(for: RoleRecord.self, named: roleName, .role, .roles)
      let principalIds = try validateTrustPolicy(assumeRolePolicyDocument)
      var updated = account
      var role = RoleRecord(
        name: roleName, path: path, id: ids.uniqueId(prefix: "AROA", account: &updated), createDate: now.iso8601,
        assumeRolePolicy: assumeRolePolicyDocument)
      role.principalIds = principalIds
      role.maxSessionDuration = maxSessionDuration ?? RoleRecord.defaultMaxSessionDuration
      changeAccount {
        $0 = updated
        $0.adjustCount(of: AccountQuota.roles.countKey, by: 1)
      }
      transaction.put(role)
      return describe(role)
    }
  }

  public func getRole(roleName: String) throws -> Role {
    return try call("GetRole", [("RoleName", roleName)]) {
      var check = ParameterValidation()
      check.name(roleName, "roleName", max: 64)
      try check.check()
      return describe(try requireRole(roleName, action: "iam:GetRole"))
    }
  }

  public func updateAssumeRolePolicy(roleName: String, policyDocument: String) throws {
    try call("UpdateAssumeRolePolicy", [("RoleName", roleName)]) {
      var check = ParameterValidation()
      check.name(roleName, "roleName", max: 64)
      check.document(policyDocument)
      try check.check()
      var role = try requireRole(roleName, action: "iam:UpdateAssumeRolePolicy")
      role.principalIds = try validateTrustPolicy(policyDocument)
      role.assumeRolePolicy = policyDocument
      transaction.put(role)
    }
  }

  /// UpdateRole: the longest session AssumeRole may give out for the role. Sessions that exist
  /// keep their expiry.
  public func updateRole(roleName: String, maxSessionDuration: Int?) throws {
    try call("UpdateRole", [("RoleName", roleName), ("MaxSessionDuration", maxSessionDuration.map(String.init))]) {
      var check = ParameterValidation()
      check.name(roleName, "roleName", max: 64)
      check.integer(maxSessionDuration, "maxSessionDuration", RoleRecord.maxSessionDurationRange)
      try check.check()
      var role = try requireRole(roleName, action: "iam:UpdateRole")
      if let maxSessionDuration { role.maxSessionDuration = maxSessionDuration }
      transaction.put(role)
    }
  }

  public func deleteRole(roleName: String) throws {
    try call("DeleteRole", [("RoleName", roleName)]) {
      var check = ParameterValidation()
      check.name(roleName, "roleName", max: 64)
      try check.check()
      let role = try requireRole(roleName, action: "iam:DeleteRole")
      if !role.instanceProfiles.isEmpty { throw IAMError.deleteConflict("remove roles from instance profile") }
      if !role.policies.isEmpty { throw IAMError.deleteConflict("delete policies") }
      if !role.attachedPolicies.isEmpty { throw IAMError.deleteConflict("detach all policies") }
      transaction.delete(RoleRecord.self, named: role.name)
      count(.roles, -1)
    }
  }

  public func listRoles(pathPrefix: String?, marker: String?, maxItems: Int?) throws -> Page<Role> {
    return try call("ListRoles", [("PathPrefix", pathPrefix), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.pathPrefix(pathPrefix)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      try authorize("iam:ListRoles", on: "arn:aws:iam::\(account.accountId):role\(pathPrefix ?? "/")")
      return try listEntities(RoleRecord.self, pathPrefix: pathPrefix, marker: marker, maxItems: maxItems) {
        describe($0)
      }
    }
  }

  // MARK: Shared by the operations on roles

  /// Loads a role, authorizing `action` on its ARN first (see `requireUser`).
  func requireRole(_ name: String, action: String) throws -> RoleRecord {
    let role = try lookUp(RoleRecord.self, name)
    try authorize(action, on: arn(.role, path: role?.path ?? "/", name: role?.name ?? name))
    guard let role else { throw EntityKind.role.notFound(name) }
    return role
  }

  func describe(_ role: RoleRecord) -> Role {
    Role(
      roleName: role.name, path: role.path, roleId: role.id, arn: arn(.role, path: role.path, name: role.name),
      createDate: role.createDate, assumeRolePolicyDocument: role.assumeRolePolicy,
      maxSessionDuration: role.maxSessionDuration)
  }

  /// IAM's checks of a trust policy, in its order: the grammar, then that every principal it
  /// names exists, then the size. Returns the unique id of each user and role of this account
  /// that it names by ARN, to which IAM binds the policy.
  private func validateTrustPolicy(_ text: String) throws -> [String: String] {
    let document: PolicyDocument
    do {
      document = try PolicyParser.parse(text, kind: .trust)
    } catch {
      throw IAMError(error)
    }
    var ids: [String: String] = [:]
    for statement in document.statements {
      for principal in [statement.principal, statement.notPrincipal].compactMap({ $0 }) {
        for entry in principal.entries where entry.type == "AWS" {
          for value in entry.values {
            switch try resolvePrincipal(value) {
            case .unresolved:
              throw IAMError(
                .malformedPolicyDocument, MalformedPolicy.invalidPrincipal(type: "AWS", value: value).message)
            case .entity(let id): ids[value] = id
            case .resolved: break
            }
          }
        }
      }
    }
    guard PolicySize.chargedLength(text) <= IAMAPI.trustPolicySizeQuota else {
      throw IAMError.quota("ACLSizePerRole", IAMAPI.trustPolicySizeQuota)
    }
    return ids
  }

  private enum PrincipalResolution {
    case unresolved
    /// Anyone, an account, or a principal of another account.
    case resolved
    /// A user or role of this account (or a session of the role), with its unique id.
    case entity(id: String)
  }

  /// Whether an `AWS` principal names something IAM can resolve: anyone, an account, or a user or
  /// role of this account that exists now. Other accounts cannot be seen from here, so their
  /// principals are taken on trust.
  private func resolvePrincipal(_ value: String) throws -> PrincipalResolution {
    if value == "*" { return .resolved }
    if value.count == 12, value.allSatisfy(\.isASCIIDigit) { return .resolved }
    guard value.hasPrefix("arn:") else { return .unresolved }
    let parts = value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6, ["aws", "aws-cn", "aws-us-gov"].contains(parts[1]), parts[3].isEmpty,
      parts[4].count == 12, parts[4].allSatisfy(\.isASCIIDigit)
    else { return .unresolved }
    // IAM refuses wildcards inside principal ARNs; only a bare "*" means everyone.
    if value.contains("*") || value.contains("?") { return .unresolved }
    let resource = String(parts[5])
    if parts[2] == "sts" {
      // A session of a role: the role must exist when it is one of this account's.
      guard resource.hasPrefix("assumed-role/") else { return .unresolved }
      let roleName = resource.dropFirst("assumed-role/".count).prefix { $0 != "/" }
      if parts[4] != account.accountId { return .resolved }
      return try lookUp(RoleRecord.self, String(roleName)).map { .entity(id: $0.id) } ?? .unresolved
    }
    guard parts[2] == "iam" else { return .unresolved }
    guard parts[4] == account.accountId else { return .resolved }
    if resource == "root" { return .resolved }
    for kind in [EntityKind.user, .role] where resource.hasPrefix(kind.arnType + "/") {
      let pathAndName = resource.dropFirst(kind.arnType.count)
      guard let slash = pathAndName.lastIndex(of: "/") else { return .unresolved }
      let path = String(pathAndName[...slash])
      let name = String(pathAndName[pathAndName.index(after: slash)...])
      let found: (path: String, id: String)?
      switch kind {
      case .user: found = try lookUp(UserRecord.self, name).map { ($0.path, $0.id) }
      default: found = try lookUp(RoleRecord.self, name).map { ($0.path, $0.id) }
      }
      guard let found, found.path == path else { return .unresolved }
      return .entity(id: found.id)
    }
    return .unresolved
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
