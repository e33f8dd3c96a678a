import IAMStore

/// CreateAccessKey, DeleteAccessKey, UpdateAccessKey and ListAccessKeys. Without a user name each
/// acts on the caller, which for the root user means the account's own keys.
extension IAMAPI {
  static let accessKeysPerUserQuota = 2

  public func createAccessKey(userName: String?) throws -> AccessKey {
    return try call("CreateAccessKey", [("UserName", userName)]) {
      try validateOptionalUser(userName)
      var owner = try credentialOwner(userName, action: "iam:CreateAccessKey", .accessKeys)
      guard owner.ids.count < IAMAPI.accessKeysPerUserQuota else {
        throw IAMError.quota("AccessKeysPerUser", IAMAPI.accessKeysPerUserQuota)
      }
      var updated = account
      let keyId = ids.accessKeyId(account: &updated)
      let secret = ids.secretAccessKey(account: &updated)
      let salt = ids.salt(account: &updated)
      changeAccount { $0 = updated }
      let key = AccessKeyRecord(
        id: keyId, userName: owner.user?.name, status: "Active", createDate: now.iso8601,
        secretHash: SecretHash.hash(secret: secret, salt: salt), salt: salt)
      transaction.put(key)
      owner.ids.append(keyId)
      save(owner, .accessKeys)
      return AccessKey(
        userName: key.userName, accessKeyId: keyId, status: key.status, secretAccessKey: secret,
        createDate: key.createDate)
    }
  }

  public func deleteAccessKey(userName: String?, accessKeyId: String) throws {
    try call("DeleteAccessKey", [("UserName", userName), ("AccessKeyId", accessKeyId)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128, required: false)
      check.accessKeyId(accessKeyId)
      try check.check()
      var owner = try credentialOwner(userName, action: "iam:DeleteAccessKey", .accessKeys)
      guard owner.ids.contains(accessKeyId) else { throw keyNotFound(accessKeyId) }
      owner.ids.removeAll { $0 == accessKeyId }
      transaction.delete(AccessKeyRecord.self, named: accessKeyId)
      save(owner, .accessKeys)
    }
  }

  public func updateAccessKey(userName: String?, accessKeyId: String?, status: String) throws {
    try call("UpdateAccessKey", [("UserName", userName), ("AccessKeyId", accessKeyId), ("Status", status)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128, required: false)
      check.accessKeyId(accessKeyId)
      check.enumeration(status, "status", ["Active", "Inactive"])
      try check.check()
      let owner = try credentialOwner(userName, action: "iam:UpdateAccessKey", .accessKeys)
      guard let accessKeyId, owner.ids.contains(accessKeyId),
        var key = try transaction.record(AccessKeyRecord.self, named: accessKeyId)
      else { throw keyNotFound(accessKeyId ?? "") }
      key.status = status
      transaction.put(key)
    }
  }

  public func listAccessKeys(userName: String?, marker: String?, maxItems: Int?) throws -> Page<AccessKeyMetadata> {
    return try call("ListAccessKeys", [("UserName", userName), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128, required: false)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      let owner = try credentialOwner(userName, action: "iam:ListAccessKeys", .accessKeys)
      return try Pagination.page(keys: ListingOrder.sorted(owner.ids), marker: marker, maxItems: maxItems) { id in
        guard let key = try transaction.record(AccessKeyRecord.self, named: id) else {
          throw StoreError.damaged(
            path: transaction.absolutePath(AccessKeyRecord.directory + "/" + id + ".json"), reason: "the file is missing")
        }
        return AccessKeyMetadata(userName: key.userName, accessKeyId: key.id, status: key.status, createDate: key.createDate)
      }
    }
  }

  // MARK: Shared by the operations on access keys

  private func keyNotFound(_ id: String) -> IAMError {
    IAMError(.noSuchEntity, "The Access Key with id \(id) cannot be found.")
  }
}
