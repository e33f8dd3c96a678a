import IAMStore

/// CreatePolicyVersion, GetPolicyVersion, ListPolicyVersions, DeletePolicyVersion and
/// SetDefaultPolicyVersion. An AWS managed policy has the one version the catalogue holds.
extension IAMAPI {
  public func createPolicyVersion(policyArn: String, policyDocument: String, setAsDefault: Bool) throws
    -> PolicyVersion
  {
    return try call("CreatePolicyVersion", [("PolicyArn", policyArn), ("SetAsDefault", setAsDefault ? "true" : nil)]) {
      var record = try requireCustomerPolicy(policyArn, operation: "CreatePolicyVersion") { $0.document(policyDocument) }
      guard record.versions.count < SummaryCount.versionsPerPolicyQuota else {
        throw IAMError(
          .limitExceeded,
          "A managed policy can have up to \(SummaryCount.versionsPerPolicyQuota) versions. Before you create a new version, you must delete an existing version."
        )
      }
      try validateManagedDocument(policyDocument)
      let version = PolicyVersionRecord(id: "v\(record.nextVersion)", document: policyDocument, createDate: now.iso8601)
      record.nextVersion += 1
      record.versions.append(version)
      if setAsDefault {
        record.defaultVersionId = version.id
        record.updateDate = now.iso8601
      }
      transaction.put(record)
      return describe(version, of: record, withDocument: false)
    }
  }

  public func getPolicyVersion(policyArn: String, versionId: String) throws -> PolicyVersion {
    return try call("GetPolicyVersion", [("PolicyArn", policyArn), ("VersionId", versionId)]) {
      let found = try requirePolicy(policyArn, operation: "GetPolicyVersion") {
        $0.versionId(versionId)
      }
      switch found {
      case .aws(let policy):
        guard versionId == policy.defaultVersionId else { throw versionNotFound(policyArn, versionId) }
        return PolicyVersion(
          versionId: versionId, document: policy.document, isDefaultVersion: true, createDate: policy.updateDate)
      case .customer(let record):
        guard let version = record.versions.first(where: { $0.id == versionId }) else {
          throw versionNotFound(policyArn, versionId)
        }
        return describe(version, of: record, withDocument: true)
      }
    }
  }

  /// The versions in the order they were made.
  public func listPolicyVersions(policyArn: String, marker: String?, maxItems: Int?) throws -> Page<PolicyVersion> {
    return try call("ListPolicyVersions", [("PolicyArn", policyArn), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      let found = try requirePolicy(policyArn, operation: "ListPolicyVersions") {
        $0.marker(marker)
        $0.maxItems(maxItems)
      }
      let versions: [PolicyVersion]
      switch found {
      case .aws(let policy):
        versions = [
          PolicyVersion(
            versionId: policy.defaultVersionId, document: nil, isDefaultVersion: true, createDate: policy.updateDate)
        ]
      case .customer(let record):
        versions = record.versions.map { describe($0, of: record, withDocument: false) }
      }
      // Keys that sort as the versions were made: the position, zero-padded.
      let keys = versions.indices.map { String(repeating: "0", count: 3 - String($0).count) + String($0) }
      return try Pagination.page(keys: keys, marker: marker, maxItems: maxItems) { versions[Int($0)!] }
    }
  }

  public func deletePolicyVersion(policyArn: String, versionId: String) throws {
    try call("DeletePolicyVersion", [("PolicyArn", policyArn), ("VersionId", versionId)]) {
      var record = try requireCustomerPolicy(policyArn, operation: "DeletePolicyVersion") { $0.versionId(versionId) }
      guard let index = record.versions.firstIndex(where: { $0.id == versionId }) else {
        throw versionNotFound(policyArn, versionId)
      }
      if versionId == record.defaultVersionId {
        throw IAMError(.deleteConflict, "Cannot delete the default version of a policy.")
      }
      record.versions.remove(at: index)
      transaction.put(record)
    }
  }

  public func setDefaultPolicyVersion(policyArn: String, versionId: String) throws {
    try call("SetDefaultPolicyVersion", [("PolicyArn", policyArn), ("VersionId", versionId)]) {
      var record = try requireCustomerPolicy(policyArn, operation: "SetDefaultPolicyVersion") { $0.versionId(versionId) }
      guard record.versions.contains(where: { $0.id == versionId }) else { throw versionNotFound(policyArn, versionId) }
      if record.defaultVersionId != versionId {
        record.defaultVersionId = versionId
        record.updateDate = now.iso8601
        transaction.put(record)
      }
    }
  }

  private func versionNotFound(_ policyArn: String, _ versionId: String) -> IAMError {
    IAMError(.noSuchEntity, "Policy \(policyArn) version \(versionId) does not exist or is not attachable.")
  }

  private func describe(_ version: PolicyVersionRecord, of record: ManagedPolicyRecord, withDocument: Bool)
    -> PolicyVersion
  {
    PolicyVersion(
      versionId: version.id, document: withDocument ? version.document : nil,
      isDefaultVersion: version.id == record.defaultVersionId, createDate: version.createDate)
  }
}
