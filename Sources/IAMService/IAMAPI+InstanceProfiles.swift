import IAMStore

/// CreateInstanceProfile, GetInstanceProfile, DeleteInstanceProfile, the listings, and the one
/// role a profile may hold. The profile and the role each record the link, so both change together.
extension IAMAPI {
  static let rolesPerInstanceProfileQuota = 1

  public func createInstanceProfile(instanceProfileName: String, path: String?) throws -> InstanceProfile {
    return try call("CreateInstanceProfile", [("InstanceProfileName", instanceProfileName), ("Path", path)]) {
      var check = ParameterValidation()
      check.name(instanceProfileName, "instanceProfileName", max: 128)
      check.path(path)
      try check.check()
      let path = path ?? "/"
      try authorize("iam:CreateInstanceProfile", on: arn(.instanceProfile, path: path, name: instanceProfileName))
      try ensureRoom(for: InstanceProfileRecord.self, named: instanceProfileName, .instanceProfile, .instanceProfiles)
      var updated = account
      let profile = InstanceProfileRecord(
        name: instanceProfileName, path: path, id: ids.uniqueId(prefix: "AIPA", account: &updated),
        createDate: now.iso8601)
      changeAccount {
        $0 = updated
        $0.adjustCount(of: AccountQuota.instanceProfiles.countKey, by: 1)
      }
      transaction.put(profile)
      return try describe(profile)
    }
  }

  public func getInstanceProfile(instanceProfileName: String) throws -> InstanceProfile {
    return try call("GetInstanceProfile", [("InstanceProfileName", instanceProfileName)]) {
      var check = ParameterValidation()
      check.name(instanceProfileName, "instanceProfileName", max: 128)
      try check.check()
      return try describe(try requireInstanceProfile(instanceProfileName, action: "iam:GetInstanceProfile"))
    }
  }

  public func deleteInstanceProfile(instanceProfileName: String) throws {
    try call("DeleteInstanceProfile", [("InstanceProfileName", instanceProfileName)]) {
      var check = ParameterValidation()
      check.name(instanceProfileName, "instanceProfileName", max: 128)
      try check.check()
      let profile = try requireInstanceProfile(instanceProfileName, action: "iam:DeleteInstanceProfile")
      if !profile.roles.isEmpty { throw IAMError.deleteConflict("remove roles from instance profile") }
      transaction.delete(InstanceProfileRecord.self, named: profile.name)
      count(.instanceProfiles, -1)
    }
  }

  public func listInstanceProfiles(pathPrefix: String?, marker: String?, maxItems: Int?) throws
    -> Page<InstanceProfile>
  {
    return try call(
      "ListInstanceProfiles",
      [("PathPrefix", pathPrefix), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.pathPrefix(pathPrefix)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      try authorize(
        "iam:ListInstanceProfiles", on: "arn:aws:iam::\(account.accountId):instance-profile\(pathPrefix ?? "/")")
      return try listEntities(
        InstanceProfileRecord.self, pathPrefix: pathPrefix, marker: marker, maxItems: maxItems
      ) { try describe($0) }
    }
  }

  public func listInstanceProfilesForRole(roleName: String, marker: String?, maxItems: Int?) throws
    -> Page<InstanceProfile>
  {
    return try call(
      "ListInstanceProfilesForRole",
      [("RoleName", roleName), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.name(roleName, "roleName", max: 64)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      let role = try requireRole(roleName, action: "iam:ListInstanceProfilesForRole")
      let stems = ListingOrder.sorted(role.instanceProfiles.map { InstanceProfileRecord.fileStem(for: $0) })
      return try Pagination.page(keys: stems, marker: marker, maxItems: maxItems) { stem in
        guard let profile = try transaction.record(InstanceProfileRecord.self, stem: stem) else {
          throw StoreError.damaged(
            path: transaction.absolutePath(RoleRecord.directory + "/" + RoleRecord.fileStem(for: role.name) + ".json"),
            reason: "it lists an instance profile that does not exist")
        }
        return try describe(profile)
      }
    }
  }

  /// A profile holds one role at most; adding the role it already holds is refused the same way.
  public func addRoleToInstanceProfile(instanceProfileName: String, roleName: String) throws {
    try call("AddRoleToInstanceProfile", [("InstanceProfileName", instanceProfileName), ("RoleName", roleName)]) {
      var check = ParameterValidation()
      check.name(instanceProfileName, "instanceProfileName", max: 128)
      check.name(roleName, "roleName", max: 64)
      try check.check()
      var profile = try requireInstanceProfile(instanceProfileName, action: "iam:AddRoleToInstanceProfile")
      // Whoever puts a role into a profile hands its permissions to every instance launched with
      // the profile, so AWS requires the right to pass that role as well.
      var role = try requireRole(roleName, action: "iam:PassRole")
      guard profile.roles.count < IAMAPI.rolesPerInstanceProfileQuota else {
        throw IAMError.quota("InstanceSessionsPerInstanceProfile", IAMAPI.rolesPerInstanceProfileQuota)
      }
      profile.roles.append(role.name)
      role.instanceProfiles.append(profile.name)
      transaction.put(profile)
      transaction.put(role)
    }
  }

  public func removeRoleFromInstanceProfile(instanceProfileName: String, roleName: String) throws {
    try call(
      "RemoveRoleFromInstanceProfile", [("InstanceProfileName", instanceProfileName), ("RoleName", roleName)]) {
      var check = ParameterValidation()
      check.name(instanceProfileName, "instanceProfileName", max: 128)
      check.name(roleName, "roleName", max: 64)
      try check.check()
      var profile = try requireInstanceProfile(instanceProfileName, action: "iam:RemoveRoleFromInstanceProfile")
      guard var role = try lookUp(RoleRecord.self, roleName) else { throw EntityKind.role.notFound(roleName) }
      guard profile.roles.contains(role.name) else {
        throw IAMError(
          .noSuchEntity, "The role with name \(role.name) is not in instance profile \(profile.name).")
      }
      profile.roles.removeAll { $0 == role.name }
      role.instanceProfiles.removeAll { $0 == profile.name }
      transaction.put(profile)
      transaction.put(role)
    }
  }

  // MARK: Shared by the operations on instance profiles

  func requireInstanceProfile(_ name: String, action: String) throws -> InstanceProfileRecord {
    let profile = try lookUp(InstanceProfileRecord.self, name)
    try authorize(action, on: arn(.instanceProfile, path: profile?.path ?? "/", name: profile?.name ?? name))
    guard let profile else { throw EntityKind.instanceProfile.notFound(name) }
    return profile
  }

  /// The profile with its roles described in full, as GetInstanceProfile returns it.
  func describe(_ profile: InstanceProfileRecord) throws -> InstanceProfile {
    var roles: [Role] = []
    for name in profile.roles {
      guard let role = try transaction.record(RoleRecord.self, named: name) else {
        throw StoreError.damaged(
          path: transaction.absolutePath(
            InstanceProfileRecord.directory + "/" + InstanceProfileRecord.fileStem(for: profile.name) + ".json"),
          reason: "it holds a role that does not exist")
      }
      roles.append(describe(role))
    }
    return InstanceProfile(
      instanceProfileName: profile.name, path: profile.path, instanceProfileId: profile.id,
      arn: arn(.instanceProfile, path: profile.path, name: profile.name), createDate: profile.createDate,
      roles: roles)
  }
}
