import IAMStore

/// CreateGroup, GetGroup, UpdateGroup, DeleteGroup, ListGroups and group membership.
extension IAMAPI {
  static let groupsPerUserQuota = 10

  public func createGroup(groupName: String, path: String?) throws -> Group {
    return try call("CreateGroup", [("GroupName", groupName), ("Path", path)]) {
      var check = ParameterValidation()
      check.name(groupName, "groupName", max: 128)
      check.path(path)
      try check.check()
      let path = path ?? "/"
      try authorize("iam:CreateGroup", on: arn(.group, path: path, name: groupName))
      try ensureRoom(for: GroupRecord.self, named: groupName, .group, .groups)
      var updated = account
      let group = GroupRecord(
        name: groupName, path: path, id: ids.uniqueId(prefix: "AGPA", account: &updated), createDate: now.iso8601)
      changeAccount {
        $0 = updated
        $0.adjustCount(of: AccountQuota.groups.countKey, by: 1)
      }
      transaction.put(group)
      return describe(group)
    }
  }

  /// The group and one page of its members.
  public func getGroup(groupName: String, marker: String?, maxItems: Int?) throws -> (group: Group, users: Page<User>) {
    return try call("GetGroup", [("GroupName", groupName), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.name(groupName, "groupName", max: 128)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      let group = try requireGroup(groupName, action: "iam:GetGroup")
      let members = try transaction.memberStems(groupId: group.id)
      let page = try Pagination.page(keys: members, marker: marker, maxItems: maxItems) { stem in
        describe(try member(stem, of: group))
      }
      return (describe(group), page)
    }
  }

  public func updateGroup(groupName: String, newPath: String?, newGroupName: String?) throws {
    try call("UpdateGroup", [("GroupName", groupName), ("NewPath", newPath), ("NewGroupName", newGroupName)]) {
      var check = ParameterValidation()
      check.name(groupName, "groupName", max: 128)
      check.path(newPath, "newPath")
      check.name(newGroupName, "newGroupName", max: 128, required: false)
      try check.check()
      var group = try requireGroup(groupName, action: "iam:UpdateGroup")
      let targetName = newGroupName ?? group.name
      let targetPath = newPath ?? group.path
      if newGroupName != nil || newPath != nil {
        try authorize("iam:UpdateGroup", on: arn(.group, path: targetPath, name: targetName))
      }
      if let newGroupName, try transaction.record(GroupRecord.self, named: newGroupName) != nil {
        throw EntityKind.group.alreadyExists(newGroupName)
      }
      let oldName = group.name
      group.name = targetName
      group.path = targetPath
      if targetName != oldName {
        // Members record the group by name, so each one follows the rename; their markers are
        // filed under the group's id and stay where they are.
        transaction.delete(GroupRecord.self, named: oldName)
        for stem in try transaction.memberStems(groupId: group.id) {
          var user = try member(stem, of: group)
          user.groups = user.groups.map { $0 == oldName ? targetName : $0 }
          transaction.put(user)
        }
        try renameAttachments(of: group, from: oldName)
      }
      transaction.put(group)
    }
  }

  public func deleteGroup(groupName: String) throws {
    try call("DeleteGroup", [("GroupName", groupName)]) {
      var check = ParameterValidation()
      check.name(groupName, "groupName", max: 128)
      try check.check()
      let group = try requireGroup(groupName, action: "iam:DeleteGroup")
      if try !transaction.memberStems(groupId: group.id).isEmpty {
        throw IAMError.deleteConflict("remove users from group")
      }
      if !group.policies.isEmpty { throw IAMError.deleteConflict("delete policies") }
      if !group.attachedPolicies.isEmpty { throw IAMError.deleteConflict("detach all policies") }
      transaction.delete(GroupRecord.self, named: group.name)
      transaction.removeMembersDirectory(groupId: group.id)
      count(.groups, -1)
    }
  }

  public func listGroups(pathPrefix: String?, marker: String?, maxItems: Int?) throws -> Page<Group> {
    return try call("ListGroups", [("PathPrefix", pathPrefix), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.pathPrefix(pathPrefix)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      try authorize("iam:ListGroups", on: "arn:aws:iam::\(account.accountId):group\(pathPrefix ?? "/")")
      return try listEntities(GroupRecord.self, pathPrefix: pathPrefix, marker: marker, maxItems: maxItems) {
        describe($0)
      }
    }
  }

  /// Adding a user who is already a member succeeds without change, as in IAM.
  public func addUserToGroup(groupName: String, userName: String) throws {
    try call("AddUserToGroup", [("GroupName", groupName), ("UserName", userName)]) {
      var check = ParameterValidation()
      check.name(groupName, "groupName", max: 128)
      check.name(userName, "userName", max: 128)
      try check.check()
      let group = try requireGroup(groupName, action: "iam:AddUserToGroup")
      guard var user = try lookUp(UserRecord.self, userName) else { throw EntityKind.user.notFound(userName) }
      if user.groups.contains(where: { GroupRecord.fileStem(for: $0) == GroupRecord.fileStem(for: group.name) }) {
        return
      }
      guard user.groups.count < IAMAPI.groupsPerUserQuota else {
        throw IAMError.quota("GroupsPerUser", IAMAPI.groupsPerUserQuota)
      }
      user.groups.append(group.name)
      transaction.put(user)
      transaction.addMember(groupId: group.id, user: user.name)
    }
  }

  /// Removing a user who is not a member succeeds without change, as reported of IAM.
  public func removeUserFromGroup(groupName: String, userName: String) throws {
    try call("RemoveUserFromGroup", [("GroupName", groupName), ("UserName", userName)]) {
      var check = ParameterValidation()
      check.name(groupName, "groupName", max: 128)
      check.name(userName, "userName", max: 128)
      try check.check()
      let group = try requireGroup(groupName, action: "iam:RemoveUserFromGroup")
      guard var user = try lookUp(UserRecord.self, userName) else { throw EntityKind.user.notFound(userName) }
      let before = user.groups.count
      user.groups.removeAll { GroupRecord.fileStem(for: $0) == GroupRecord.fileStem(for: group.name) }
      guard user.groups.count != before else { return }
      transaction.put(user)
      transaction.removeMember(groupId: group.id, user: user.name)
    }
  }

  public func listGroupsForUser(userName: String, marker: String?, maxItems: Int?) throws -> Page<Group> {
    return try call("ListGroupsForUser", [("UserName", userName), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      let user = try requireUser(userName, action: "iam:ListGroupsForUser")
      let stems = ListingOrder.sorted(user.groups.map { GroupRecord.fileStem(for: $0) })
      return try Pagination.page(keys: stems, marker: marker, maxItems: maxItems) { stem in
        guard let group = try transaction.record(GroupRecord.self, stem: stem) else {
          throw StoreError.damaged(
            path: transaction.absolutePath(UserRecord.directory + "/" + UserRecord.fileStem(for: user.name) + ".json"),
            reason: "it lists a group that does not exist")
        }
        return describe(group)
      }
    }
  }

  // MARK: Shared by the operations on groups

  func requireGroup(_ name: String, action: String) throws -> GroupRecord {
    let group = try lookUp(GroupRecord.self, name)
    try authorize(action, on: arn(.group, path: group?.path ?? "/", name: group?.name ?? name))
    guard let group else { throw EntityKind.group.notFound(name) }
    return group
  }

  /// The user a member marker of `group` names; a marker without its user is damage.
  func member(_ stem: String, of group: GroupRecord) throws -> UserRecord {
    guard let user = try transaction.record(UserRecord.self, stem: stem) else {
      throw StoreError.damaged(
        path: transaction.absolutePath(StoreLayout.membersDirectory(groupId: group.id) + "/" + stem),
        reason: "it names a user that does not exist")
    }
    return user
  }

  /// The group a user's record says the user belongs to; a group that is not there is damage.
  func group(named name: String, of user: UserRecord) throws -> GroupRecord {
    guard let group = try transaction.record(GroupRecord.self, named: name) else {
      throw StoreError.damaged(
        path: transaction.absolutePath(GroupRecord.directory + "/" + GroupRecord.fileStem(for: name) + ".json"),
        reason: "the file is missing, but user \(user.name) is a member of group \(name)")
    }
    return group
  }

  func describe(_ group: GroupRecord) -> Group {
    Group(
      groupName: group.name, path: group.path, groupId: group.id,
      arn: arn(.group, path: group.path, name: group.name), createDate: group.createDate)
  }
}
