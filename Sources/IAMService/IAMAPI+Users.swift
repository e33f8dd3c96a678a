import IAMStore

/// CreateUser, GetUser, UpdateUser, DeleteUser and ListUsers.
extension IAMAPI {
  public func createUser(userName: String, path: String?) throws -> User {
    return try call("CreateUser", [("UserName", userName), ("Path", path)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 64)
      check.path(path)
      try check.check()
      let path = path ?? "/"
      try authorize("iam:CreateUser", on: arn(.user, path: path, name: userName))
      try ensureRoom(for: UserRecord.self, named: userName, .user, .users)
      var ids = account
      let user = UserRecord(
        name: userName, path: path, id: self.ids.uniqueId(prefix: "AIDA", account: &ids), createDate: now.iso8601)
      changeAccount {
        $0 = ids
        $0.adjustCount(of: AccountQuota.users.countKey, by: 1)
      }
      transaction.put(user)
      return describe(user)
    }
  }

  /// The named user, or the caller when `userName` is nil; for the root user, the account.
  public func getUser(userName: String?) throws -> User {
    return try call("GetUser", [("UserName", userName)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128, required: false)
      try check.check()
      guard let userName = try userName ?? impliedUserName() else {
        try authorize("iam:GetUser", on: rootArn)
        return User(userName: "root", path: "/", userId: account.accountId, arn: rootArn, createDate: account.createDate)
      }
      let user = try requireUser(userName, action: "iam:GetUser")
      return describe(user)
    }
  }

  public func updateUser(userName: String, newPath: String?, newUserName: String?) throws {
    try call("UpdateUser", [("UserName", userName), ("NewPath", newPath), ("NewUserName", newUserName)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128)
      check.path(newPath, "newPath")
      check.name(newUserName, "newUserName", max: 64, required: false)
      try check.check()
      var user = try requireUser(userName, action: "iam:UpdateUser")
      let targetName = newUserName ?? user.name
      let targetPath = newPath ?? user.path
      if newUserName != nil || newPath != nil {
        // IAM requires permission on the user's new identity as well as on its current one.
        try authorize("iam:UpdateUser", on: arn(.user, path: targetPath, name: targetName))
      }
      if let newUserName, try transaction.record(UserRecord.self, named: newUserName) != nil {
        throw EntityKind.user.alreadyExists(newUserName)
      }
      let oldName = user.name
      user.name = targetName
      user.path = targetPath
      if targetName != oldName {
        transaction.delete(UserRecord.self, named: oldName)
        for name in user.groups {
          let group = try group(named: name, of: user)
          transaction.removeMember(groupId: group.id, user: oldName)
          transaction.addMember(groupId: group.id, user: targetName)
        }
        for keyId in user.accessKeys {
          guard var key = try transaction.record(AccessKeyRecord.self, named: keyId) else {
            throw StoreError.damaged(
              path: transaction.absolutePath(AccessKeyRecord.directory + "/" + keyId + ".json"),
              reason: "the file is missing, but user \(oldName) has this access key")
          }
          key.userName = targetName
          transaction.put(key)
        }
        try renameAttachments(of: user, from: oldName)
      }
      transaction.put(user)
    }
  }

  public func deleteUser(userName: String) throws {
    try call("DeleteUser", [("UserName", userName)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128)
      try check.check()
      let user = try requireUser(userName, action: "iam:DeleteUser")
      // A fixed order of checks; AWS does not document its own (spec §3.3).
      if user.loginProfile != nil { throw IAMError.deleteConflict("delete login profile") }
      if !user.accessKeys.isEmpty { throw IAMError.deleteConflict("delete access keys") }
      if !user.signingCertificates.isEmpty { throw IAMError.deleteConflict("delete certificates") }
      if !user.mfaDevices.isEmpty { throw IAMError.deleteConflict("delete MFA device") }
      if !user.groups.isEmpty { throw IAMError.deleteConflict("remove users from group") }
      if !user.policies.isEmpty { throw IAMError.deleteConflict("delete policies") }
      if !user.attachedPolicies.isEmpty { throw IAMError.deleteConflict("detach all policies") }
      transaction.delete(UserRecord.self, named: user.name)
      count(.users, -1)
    }
  }

  public func listUsers(pathPrefix: String?, marker: String?, maxItems: Int?) throws -> Page<User> {
    return try call("ListUsers", [("PathPrefix", pathPrefix), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.pathPrefix(pathPrefix)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      try authorize("iam:ListUsers", on: "arn:aws:iam::\(account.accountId):user\(pathPrefix ?? "/")")
      return try listEntities(UserRecord.self, pathPrefix: pathPrefix, marker: marker, maxItems: maxItems) {
        describe($0)
      }
    }
  }

  // MARK: Shared by the operations on users

  /// The caller's user name, or nil for the root user.
  var callerUserName: String? {
    if case .user(let name) = caller.identity { return name }
    return nil
  }

  /// The user an operation acts on when none is named: the calling user, or nil for the root
  /// user, whose operations act on the account. A role session has no user of its own.
  func impliedUserName() throws -> String? {
    if case .role = caller.identity {
      throw IAMError(.validationError, "Must specify userName when calling with non-User credentials")
    }
    return callerUserName
  }

  /// Loads a user, authorizing `action` on its ARN first: the decision must not depend on
  /// whether the user exists, or a refused caller could probe for names.
  func requireUser(_ name: String, action: String) throws -> UserRecord {
    let user = try lookUp(UserRecord.self, name)
    try authorize(action, on: arn(.user, path: user?.path ?? "/", name: user?.name ?? name))
    guard let user else { throw EntityKind.user.notFound(name) }
    return user
  }

  func describe(_ user: UserRecord) -> User {
    User(
      userName: user.name, path: user.path, userId: user.id, arn: arn(.user, path: user.path, name: user.name),
      createDate: user.createDate, passwordLastUsed: user.passwordLastUsed)
  }

  /// Lists every record of a type whose path starts with `pathPrefix`, one page at a time.
  func listEntities<R: StoredRecord & PathHolding, Item>(
    _ type: R.Type, pathPrefix: String?, marker: String?, maxItems: Int?, describe: (R) throws -> Item
  ) throws -> Page<Item> {
    let stems = try transaction.stems(of: type)
    return try Pagination.page(keys: stems, marker: marker, maxItems: maxItems) { stem in
      guard let record = try transaction.record(type, stem: stem) else { return nil }
      if let pathPrefix, !record.path.hasPrefix(pathPrefix) { return nil }
      return try describe(record)
    }
  }
}

/// Records that live at an IAM path.
protocol PathHolding {
  var path: String { get }
}

extension UserRecord: PathHolding {}
extension GroupRecord: PathHolding {}
extension RoleRecord: PathHolding {}
extension InstanceProfileRecord: PathHolding {}
