import IAMEncoding

/// Typed access to the entity files, so that the service layer deals in records, not paths.
extension Transaction {
  /// The record of type `R` named `name`, compared without regard to case; nil when absent.
  public func record<R: StoredRecord>(_ type: R.Type, named name: String) throws(StoreError) -> R? {
    try record(type, stem: R.fileStem(for: name))
  }

  /// The record stored in `<directory>/<stem>.json`.
  public func record<R: StoredRecord>(_ type: R.Type, stem: String) throws(StoreError) -> R? {
    let relative = R.relativePath(stem: stem)
    guard let json = try json(relative) else { return nil }
    let file = absolutePath(relative)
    let record = try R(json: json, file: file)
    if R.fileStem(for: record.name) != stem {
      throw .damaged(path: file, reason: "it holds \"\(record.name)\", whose record belongs in another file")
    }
    return record
  }

  public func put<R: StoredRecord>(_ record: R) {
    writeJSON(R.relativePath(stem: R.fileStem(for: record.name)), record.json)
  }

  public func delete<R: StoredRecord>(_ type: R.Type, named name: String) {
    remove(R.relativePath(stem: R.fileStem(for: name)))
  }

  /// The file stems of every record of type `R`, in the order listings use.
  public func stems<R: StoredRecord>(of type: R.Type) throws(StoreError) -> [String] {
    // Sorted after the extension is gone: "a-b.json" sorts before "a.json", but "a" before "a-b".
    ListingOrder.sorted(try list(R.directory).compactMap(Self.stem(ofFile:)))
  }

  private static let jsonEnding = Array(".json".utf8)

  /// The name without ".json", or nil for a name without it. Compared as bytes: a listing
  /// looks at every file of a directory, 5,000 for the users of a full account.
  private static func stem(ofFile name: String) -> String? {
    var name = name
    return name.withUTF8 { bytes -> String? in
      let stemCount = bytes.count - 5
      guard stemCount >= 0, UnsafeBufferPointer(rebasing: bytes[stemCount...]).elementsEqual(jsonEnding) else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<stemCount]), as: UTF8.self)
    }
  }

  // MARK: The account

  /// The account record, migrated to the current schema; nil before the account exists.
  public func account() throws(StoreError) -> AccountRecord? {
    guard let json = try json(StoreLayout.account) else {
      // Entity files without an account file mean the account file was lost, not that the store
      // is new: creating a fresh account over them would orphan everything.
      // The root key and its credential file exist from the account's first moment on.
      let directories = [
        UserRecord.directory, GroupRecord.directory, RoleRecord.directory, InstanceProfileRecord.directory,
        AccessKeyRecord.directory, StoreLayout.groupMembers, SigningCertificateRecord.directory,
        ServerCertificateRecord.directory, StoreLayout.certificateFingerprints, MFADeviceRecord.directory,
        ManagedPolicyRecord.directory, StoreLayout.policyAttachments, AWSPolicyUseRecord.directory,
        SessionRecord.directory, StoreLayout.sessionExpiry,
      ]
      for directory in directories where try !list(directory).isEmpty {
        throw .damaged(path: absolutePath(StoreLayout.account), reason: "the file is missing")
      }
      if try read(StoreLayout.rootCredentials) != nil {
        throw .damaged(path: absolutePath(StoreLayout.account), reason: "the file is missing")
      }
      return nil
    }
    let file = absolutePath(StoreLayout.account)
    if let version = json["schemaVersion"]?.intValue, version > AccountRecord.currentSchemaVersion {
      throw .newerSchema(path: root, found: version, supported: AccountRecord.currentSchemaVersion)
    }
    var account = try AccountRecord(json: json, file: file)
    if account.schemaVersion < AccountRecord.currentSchemaVersion {
      try SchemaMigration.migrate(&account, in: self)
      putAccount(account)
    }
    return account
  }

  public func putAccount(_ account: AccountRecord) {
    writeJSON(StoreLayout.account, account.json)
  }

  // MARK: Group membership markers

  public func addMember(groupId: String, user: String) {
    write(StoreLayout.memberMarker(groupId: groupId, user: user), Array((user + "\n").utf8))
  }

  public func removeMember(groupId: String, user: String) {
    remove(StoreLayout.memberMarker(groupId: groupId, user: user))
  }

  /// The user file stems of a group's members, in listing order.
  public func memberStems(groupId: String) throws(StoreError) -> [String] {
    ListingOrder.sorted(try list(StoreLayout.membersDirectory(groupId: groupId)))
  }

  public func removeMembersDirectory(groupId: String) {
    removeDirectory(StoreLayout.membersDirectory(groupId: groupId))
  }

  // MARK: Managed policy attachment markers

  /// Records that the entity `name` of type `kind` (`user`, `group`, `role`) has the policy attached.
  public func addAttachment(policyId: String, kind: String, name: String) {
    write(StoreLayout.attachmentMarker(policyId: policyId, kind: kind, name: name), Array((name + "\n").utf8))
  }

  public func removeAttachment(policyId: String, kind: String, name: String) {
    remove(StoreLayout.attachmentMarker(policyId: policyId, kind: kind, name: name))
  }

  /// The markers of a policy's attachments (`user.bob`, ...), in no particular order.
  public func attachmentMarkers(policyId: String) throws(StoreError) -> [String] {
    try list(StoreLayout.attachmentsDirectory(policyId: policyId))
  }

  /// The exact name of the entity a marker stands for, as the marker holds it.
  public func attachedEntityName(policyId: String, marker: String) throws(StoreError) -> String? {
    let relative = StoreLayout.attachmentsDirectory(policyId: policyId) + "/" + marker
    guard let bytes = try read(relative) else { return nil }
    let name = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    guard StoreLayout.isValidName(name) else {
      throw .damaged(path: absolutePath(relative), reason: "it does not hold the name of a user, group or role")
    }
    return name
  }

  public func removeAttachmentsDirectory(policyId: String) {
    removeDirectory(StoreLayout.attachmentsDirectory(policyId: policyId))
  }

  // MARK: Signing-certificate fingerprints

  /// The id of the signing certificate with this fingerprint, if the account has one.
  public func certificateId(fingerprint: String) throws(StoreError) -> String? {
    guard let bytes = try read(StoreLayout.certificateFingerprint(fingerprint)) else { return nil }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init)
  }

  public func putCertificateFingerprint(_ fingerprint: String, id: String) {
    write(StoreLayout.certificateFingerprint(fingerprint), Array((id + "\n").utf8))
  }

  public func removeCertificateFingerprint(_ fingerprint: String) {
    remove(StoreLayout.certificateFingerprint(fingerprint))
  }
}
