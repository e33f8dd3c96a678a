import IAMData
import IAMPolicy
import IAMStore

/// A managed policy found by its ARN: one of AWS's, from the catalogue, or one of the account's
/// own, from the store.
enum FoundPolicy {
  case aws(AWSManagedPolicy)
  case customer(ManagedPolicyRecord)

  var id: String {
    switch self {
    case .aws(let policy): return policy.policyId
    case .customer(let record): return record.id
    }
  }
}

extension IAMAPI {
  static let policyArnLength = 20...2048

  /// The policy `arn` names, or nil when there is none. Names and ARNs match exactly.
  func findPolicy(_ arn: String) throws -> FoundPolicy? {
    guard let parsed = PolicyArn(parsing: arn) else { return nil }
    if parsed.isAWSManaged {
      guard let policy = AWSManagedPolicies.policy(named: parsed.name), policy.path == parsed.path else { return nil }
      return .aws(policy)
    }
    guard parsed.owner == account.accountId, let record = try lookUp(ManagedPolicyRecord.self, parsed.name),
      record.path == parsed.path
    else { return nil }
    return .customer(record)
  }

  /// `ARN x is not valid.` for text that is not a policy ARN at all.
  func checkPolicyArnShape(_ arn: String) throws {
    guard PolicyArn(parsing: arn) != nil else { throw IAMError(.invalidInput, "ARN \(arn) is not valid.") }
  }

  func policyNotFound(_ arn: String) -> IAMError { IAMError(.noSuchEntity, "Policy \(arn) was not found.") }

  func policyNotAttachable(_ arn: String) -> IAMError {
    IAMError(.noSuchEntity, "Policy \(arn) does not exist or is not attachable.")
  }

  func customerPolicyArn(path: String, name: String) -> String {
    PolicyArn(owner: account.accountId, path: path, name: name).text
  }

  /// The policy as GetPolicy shows it. `attachments` is the count of an AWS policy when the
  /// caller has it already; otherwise it is read from the policy's use record.
  func describe(_ found: FoundPolicy, attachments: Int? = nil) throws -> ManagedPolicy {
    switch found {
    case .aws(let policy):
      let count = try attachments ?? awsPolicyUse(policy.policyName)?.attachmentCount ?? 0
      return ManagedPolicy(
        policyName: policy.policyName, policyId: policy.policyId, arn: policy.arn, path: policy.path,
        defaultVersionId: policy.defaultVersionId, attachmentCount: count, description: nil,
        createDate: policy.createDate, updateDate: policy.updateDate, isAWSManaged: true)
    case .customer(let record):
      return ManagedPolicy(
        policyName: record.name, policyId: record.id, arn: customerPolicyArn(path: record.path, name: record.name),
        path: record.path, defaultVersionId: record.defaultVersionId, attachmentCount: record.attachmentCount,
        description: record.description, createDate: record.createDate, updateDate: record.updateDate,
        isAWSManaged: false)
    }
  }

  /// How many of the account's users, groups and roles the AWS policy `name` is attached to, or
  /// nil when none.
  func awsPolicyUse(_ name: String) throws -> AWSPolicyUseRecord? {
    try transaction.record(AWSPolicyUseRecord.self, named: name)
  }

  /// Counts an attachment made (+1) or undone (-1) on the policy and in the account summary.
  func countAttachment(_ found: FoundPolicy, _ delta: Int) throws {
    switch found {
    case .aws(let policy):
      let count = (try awsPolicyUse(policy.policyName)?.attachmentCount ?? 0) + delta
      if count > 0 {
        transaction.put(AWSPolicyUseRecord(name: policy.policyName, attachmentCount: count))
      } else {
        transaction.delete(AWSPolicyUseRecord.self, named: policy.policyName)
      }
    case .customer(var record):
      record.attachmentCount = max(0, record.attachmentCount + delta)
      transaction.put(record)
    }
    changeAccount { $0.adjustCount(of: SummaryCount.policyVersionsInUse, by: delta) }
  }

  /// The document of an attached policy as far as a request for `action` needs it. A policy the
  /// entity's record names but that cannot be found stops the command: its Deny might decide.
  func attachedDocument<R: StoredRecord>(_ arn: String, for action: String, attachedBy holder: R.Type, named name: String)
    throws -> PolicyDocument
  {
    try document(of: try attachedPolicy(arn, attachedBy: holder, named: name), for: action)
  }

  /// The document of a policy found already, as far as a request for `action` needs it.
  func document(of found: FoundPolicy, for action: String) throws -> PolicyDocument {
    try document(of: found, forService: IndexedPolicy.service(of: action))
  }

  /// The document of a policy found already, as far as a request for an action of `service`
  /// (lower-cased, as `IndexedPolicy.service(of:)` gives it) needs it.
  func document(of found: FoundPolicy, forService service: String) throws -> PolicyDocument {
    switch found {
    case .aws(let policy):
      // The reduced form depends on the action's service alone, so actions of one service share it.
      let key = policy.policyName + "\n" + service
      if let cached = reducedPolicies[key] { return cached }
      let document = AWSPolicyForm(policy).document(forService: service)
      reducedPolicies[key] = document
      return document
    case .customer(let record):
      guard let version = record.defaultVersion else { preconditionFailure("a loaded policy has its default version") }
      return try parsedPolicy(version.document, owner: ManagedPolicyRecord.self, ownerName: record.name)
    }
  }

  /// A policy that the record of `name` says is attached to it. One that cannot be found is
  /// damage, never taken as absent: its Deny might decide a request, and its marker and counts
  /// must follow the entity.
  func attachedPolicy<R: StoredRecord>(_ arn: String, attachedBy holder: R.Type, named name: String) throws
    -> FoundPolicy
  {
    guard let found = try findPolicy(arn) else {
      throw StoreError.damaged(
        path: transaction.absolutePath(R.relativePath(named: name)),
        reason: "it attaches the policy \(arn), which does not exist")
    }
    return found
  }
}

/// An AWS managed policy to be read for one service after another: where its indexed form is,
/// and its language version, found once.
struct AWSPolicyForm {
  private let policy: AWSManagedPolicy
  private let form: UnsafeBufferPointer<UInt8>
  private let version: String?

  init(_ policy: AWSManagedPolicy) {
    self.policy = policy
    form = policy.indexedStatements
    version = policy.languageVersion
  }

  /// Built only to report damage: every decision of a caller with managed policies makes a form.
  private var arn: String { policy.arn }

  /// The index of the services its statements can speak of (`IndexedPolicy.index(of:)`).
  func index() -> UnsafeBufferPointer<UInt8> {
    do {
      return try IndexedPolicy.index(of: form)
    } catch {
      preconditionFailure("the catalogue's entry for \(arn) is damaged: \(error.message)")
    }
  }

  /// The document reduced to what can decide a request for an action of `service`; given the
  /// `actions` of that service a simulation asks about, to what can decide one of those.
  func document(forService service: String, actions: [String]? = nil) -> PolicyDocument {
    do {
      return try IndexedPolicy.document(form, version: version, service: service, actions: actions)
    } catch {
      preconditionFailure("the catalogue's entry for \(arn) is damaged: \(error.message)")
    }
  }
}
