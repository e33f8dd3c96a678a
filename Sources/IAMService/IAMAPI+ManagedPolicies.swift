import IAMData
import IAMPolicy
import IAMStore

/// CreatePolicy, GetPolicy, DeletePolicy and ListPolicies, for customer managed policies and,
/// where IAM lets an account read them, AWS managed ones. Versions are in
/// IAMAPI+PolicyVersions; attaching is in IAMAPI+AttachedPolicies.
extension IAMAPI {
  public func createPolicy(policyName: String, path: String?, policyDocument: String, description: String?) throws
    -> ManagedPolicy
  {
    return try call("CreatePolicy", [("PolicyName", policyName), ("Path", path), ("Description", description)]) {
      var check = ParameterValidation()
      check.name(policyName, "policyName", max: 128)
      check.policyPath(path)
      check.document(policyDocument)
      check.policyDescription(description)
      try check.check()
      let path = path ?? "/"
      let policyArn = customerPolicyArn(path: path, name: policyName)
      try authorize("iam:CreatePolicy", on: policyArn)
      if try transaction.record(ManagedPolicyRecord.self, named: policyName) != nil {
        throw IAMError(.entityAlreadyExists, "A policy called \(policyName) already exists. Duplicate names are not allowed.")
      }
      try validateManagedDocument(policyDocument)
      guard account.count(of: AccountQuota.policies.countKey) < AccountQuota.policies.limit else {
        throw IAMError.quota(AccountQuota.policies.name, AccountQuota.policies.limit)
      }
      var updated = account
      let record = ManagedPolicyRecord(
        name: policyName, path: path, id: ids.uniqueId(prefix: "ANPA", account: &updated), createDate: now.iso8601,
        description: description, document: policyDocument)
      changeAccount {
        $0 = updated
        $0.adjustCount(of: AccountQuota.policies.countKey, by: 1)
      }
      transaction.put(record)
      return try describe(.customer(record))
    }
  }

  public func getPolicy(policyArn: String) throws -> ManagedPolicy {
    return try call("GetPolicy", [("PolicyArn", policyArn)]) {
      try describe(try requirePolicy(policyArn, operation: "GetPolicy"))
    }
  }

  /// IAM deletes a policy only once it is attached to nothing and has no version but the default.
  public func deletePolicy(policyArn: String) throws {
    try call("DeletePolicy", [("PolicyArn", policyArn)]) {
      let record = try requireCustomerPolicy(policyArn, operation: "DeletePolicy")
      if record.attachmentCount > 0 {
        throw IAMError(.deleteConflict, "Cannot delete a policy attached to entities.")
      }
      if record.versions.count > 1 {
        throw IAMError(
          .deleteConflict,
          "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy."
        )
      }
      transaction.delete(ManagedPolicyRecord.self, named: record.name)
      transaction.removeAttachmentsDirectory(policyId: record.id)
      count(.policies, -1)
    }
  }

  /// The policies of `scope` by name; an AWS and a customer policy of the same name both appear,
  /// AWS's first.
  public func listPolicies(
    scope: PolicyScope?, onlyAttached: Bool, pathPrefix: String?, marker: String?, maxItems: Int?
  ) throws -> Page<ManagedPolicy> {
    return try call(
      "ListPolicies",
      [
        ("Scope", scope?.rawValue), ("OnlyAttached", onlyAttached ? "true" : nil), ("PathPrefix", pathPrefix),
        ("Marker", marker), ("MaxItems", maxItems.map(String.init)),
      ]) {
      var check = ParameterValidation()
      check.policyPath(pathPrefix, "pathPrefix")
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      try authorize("iam:ListPolicies", on: "*")
      let scope = scope ?? .all
      // An AWS policy's key is its name; a customer policy's is its file stem and " local", which
      // sorts right after an AWS policy of the same name.
      let awsNames = scope == .local ? [] : (0..<AWSManagedPolicies.count).map { AWSManagedPolicies.policy(at: $0).policyName }
      let localKeys = scope == .aws ? [] : try transaction.stems(of: ManagedPolicyRecord.self).map { $0 + " local" }
      let keys = Self.merged(awsNames, localKeys)
      // Only the AWS policies attached to something have a use record: one listing of their
      // directory spares looking for the record of every other one.
      let usedAWSPolicies = scope == .local ? [] : Set(try transaction.stems(of: AWSPolicyUseRecord.self))
      return try Pagination.page(keys: keys, marker: marker, maxItems: maxItems) { key -> ManagedPolicy? in
        let policy: ManagedPolicy
        if key.hasSuffix(" local") {
          guard let record = try transaction.record(ManagedPolicyRecord.self, stem: String(key.dropLast(6))) else {
            return nil
          }
          policy = try describe(.customer(record))
        } else {
          guard let found = AWSManagedPolicies.policy(named: key) else { return nil }
          let used = usedAWSPolicies.contains(AWSPolicyUseRecord.fileStem(for: key))
          policy = try describe(.aws(found), attachments: used ? nil : 0)
        }
        if let pathPrefix, !policy.path.hasPrefix(pathPrefix) { return nil }
        if onlyAttached && policy.attachmentCount == 0 { return nil }
        return policy
      }
    }
  }

  // MARK: Shared by the operations on managed policies

  /// The policy `policyArn` names, with `iam:<operation>` authorized on it first; `validate`
  /// adds the checks of the operation's other parameters.
  func requirePolicy(
    _ policyArn: String, operation: String, validate: (inout ParameterValidation) -> Void = { _ in }
  ) throws -> FoundPolicy {
    var check = ParameterValidation()
    check.policyArn(policyArn)
    validate(&check)
    try check.check()
    try authorize("iam:" + operation, on: policyArn)
    try checkPolicyArnShape(policyArn)
    guard let found = try findPolicy(policyArn) else { throw policyNotFound(policyArn) }
    return found
  }

  /// A customer managed policy that `operation` changes: AWS managed policies belong to AWS's
  /// account, and no policy of this account can grant changing them.
  func requireCustomerPolicy(
    _ policyArn: String, operation: String, validate: (inout ParameterValidation) -> Void = { _ in }
  ) throws -> ManagedPolicyRecord {
    switch try requirePolicy(policyArn, operation: operation, validate: validate) {
    case .customer(let record):
      return record
    case .aws:
      throw IAMError(
        .accessDenied,
        "User: \(try callerArn()) is not authorized to perform: iam:\(operation) on resource: \(policyArn) because no resource-based policy allows the iam:\(operation) action"
      )
    }
  }

  /// IAM's checks of a managed policy document: the grammar with the version rule, then the size.
  func validateManagedDocument(_ text: String) throws {
    do {
      _ = try PolicyParser.parse(text, kind: .managed)
    } catch {
      throw IAMError(error)
    }
    guard PolicySize.chargedLength(text) <= SummaryCount.policySizeQuota else {
      throw IAMError.quota("PolicySize", SummaryCount.policySizeQuota)
    }
  }

  /// Two key lists, each in listing order, as one.
  private static func merged(_ a: [String], _ b: [String]) -> [String] {
    var result: [String] = []
    result.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && !ListingOrder.precedes(b[j], a[i])) {
        result.append(a[i])
        i += 1
      } else {
        result.append(b[j])
        j += 1
      }
    }
    return result
  }
}
