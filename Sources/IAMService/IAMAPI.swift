import IAMPolicy
import IAMStore

/// The IAM API as one authenticated caller sees it within one transaction.
///
/// Every operation follows IAM's order: check the caller's key, validate the parameters, authorize
/// the action on the resource, then apply the operation's own rules. Nothing here prints.
public final class IAMAPI {
  let transaction: Transaction
  var account: AccountRecord
  private var accountChanged = false
  public let caller: Caller
  let ids: IDGenerator
  let now: Timestamp
  let trace: Trace
  /// PBKDF2 iterations for the passwords this command sets.
  let passwordIterations: Int
  private var parsedPolicies: [String: PolicyDocument] = [:]

  init(
    transaction: Transaction, account: AccountRecord, caller: Caller, ids: IDGenerator, now: Timestamp,
    trace: Trace, passwordIterations: Int
  ) {
    self.passwordIterations = passwordIterations
    self.transaction = transaction
    self.account = account
    self.caller = caller
    self.ids = ids
    self.now = now
    self.trace = trace
  }

  public var accountId: String { account.accountId }

  /// Stages the account record if an operation changed it.
  func finish() {
    if accountChanged { transaction.putAccount(account) }
  }

  func changeAccount(_ change: (inout AccountRecord) -> Void) {
    change(&account)
    accountChanged = true
  }

  // MARK: Identities and ARNs

  func arn(_ kind: EntityKind, path: String, name: String) -> String {
    "arn:aws:iam::\(account.accountId):\(kind.arnType)\(path)\(name)"
  }

  var rootArn: String { "arn:aws:iam::\(account.accountId):root" }

  /// The caller's ARN as it is now (a rename earlier in the command changes it).
  public func callerArn() throws -> String {
    switch caller.identity {
    case .root: return rootArn
    case .user(let name):
      guard let user = try transaction.record(UserRecord.self, named: name) else { return arn(.user, path: "/", name: name) }
      return arn(.user, path: user.path, name: user.name)
    }
  }

  // MARK: The steps every operation takes

  /// Records the call for `-d` and re-checks the caller's key: an earlier step of the same
  /// command may have deleted or deactivated it, and AWS checks the key on every request.
  func begin(_ operation: String, _ parameters: [(String, String?)]) throws {
    trace.debug(([operation] + parameters.compactMap { name, value in value.map { "\(name)=\($0)" } }).joined(separator: " "))
    try IAMAPI.confirmKey(caller.accessKeyId, of: caller, in: transaction, account: account)
  }

  static func confirmKey(_ keyId: String, of caller: Caller, in transaction: Transaction, account: AccountRecord) throws {
    guard let key = try transaction.record(AccessKeyRecord.self, named: keyId), key.status == "Active" else {
      throw AuthenticationError.invalidToken
    }
    switch caller.identity {
    case .root:
      guard key.userName == nil, account.rootAccessKeys.contains(keyId) else { throw AuthenticationError.invalidToken }
    case .user(let name):
      guard key.userName == name, let user = try transaction.record(UserRecord.self, named: name),
        user.accessKeys.contains(keyId)
      else { throw AuthenticationError.invalidToken }
    }
  }

  /// Allows the action or throws IAM's `AccessDenied`, evaluating the caller's policies as they
  /// stand at this point of the transaction. `grant` names a setting of the account that allows
  /// the action where no policy does, as the password policy's AllowUsersToChangePassword
  /// allows iam:ChangePassword; an explicit Deny still wins over it.
  func authorize(_ action: String, on resource: String, grantedBy grant: String? = nil) throws {
    guard case .user(let name) = caller.identity else {
      trace.debug("  authorize \(action) on \(resource): allowed (root user)")
      return
    }
    guard let user = try transaction.record(UserRecord.self, named: name) else { throw AuthenticationError.invalidToken }
    var policies: [NamedPolicy] = []
    for policyName in Pagination.sortedByBytes(Array(user.policies.keys)) {
      let document = try parsedPolicy(user.policies[policyName]!, owner: UserRecord.self, ownerName: user.name)
      policies.append(NamedPolicy(label: "user \(user.name) policy \(policyName)", document: document))
    }
    for groupName in user.groups {
      // A group whose file is gone could hold the Deny that decides this request: deciding
      // without it would fail open, so a missing group stops the command.
      let group = try group(named: groupName, of: user)
      for policyName in Pagination.sortedByBytes(Array(group.policies.keys)) {
        let document = try parsedPolicy(group.policies[policyName]!, owner: GroupRecord.self, ownerName: group.name)
        policies.append(NamedPolicy(label: "group \(group.name) policy \(policyName)", document: document))
      }
    }
    let userArn = arn(.user, path: user.path, name: user.name)
    let request = AuthorizationRequest(
      action: action, resource: resource, context: requestContext(user: user, arn: userArn))
    let decision = PolicyEvaluator.evaluate(request, policies: policies)
    switch decision {
    case .allowed(let label):
      trace.debug("  authorize \(action) on \(resource): allowed by \(label)")
    case .explicitDeny(let label):
      trace.debug("  authorize \(action) on \(resource): denied by \(label)")
      throw IAMError(
        .accessDenied,
        "User: \(userArn) is not authorized to perform: \(action) on resource: \(resource) with an explicit deny in an identity-based policy"
      )
    case .implicitDeny:
      if let grant {
        trace.debug("  authorize \(action) on \(resource): allowed by \(grant)")
        return
      }
      trace.debug("  authorize \(action) on \(resource): denied (no policy allows it)")
      throw IAMError(
        .accessDenied,
        "User: \(userArn) is not authorized to perform: \(action) on resource: \(resource) because no identity-based policy allows the \(action) action"
      )
    }
  }

  /// The request context of a call made with an IAM user's long-term access key.
  private func requestContext(user: UserRecord, arn: String) -> RequestContext {
    RequestContext([
      "aws:username": [user.name],
      "aws:userid": [user.id],
      "aws:PrincipalType": ["User"],
      "aws:PrincipalArn": [arn],
      "aws:PrincipalAccount": [account.accountId],
      "aws:CurrentTime": [now.iso8601],
      "aws:EpochTime": [String(now.seconds)],
      "aws:SecureTransport": ["true"],
      "aws:RequestedRegion": ["us-east-1"],
    ])
  }

  /// Stored documents were validated when uploaded; one that no longer parses was edited by
  /// hand, and guessing what it meant could grant or deny the wrong thing.
  private func parsedPolicy<R: StoredRecord>(_ text: String, owner: R.Type, ownerName: String) throws -> PolicyDocument {
    if let cached = parsedPolicies[text] { return cached }
    do {
      let document = try PolicyParser.parse(text, kind: .identity)
      parsedPolicies[text] = document
      return document
    } catch {
      throw StoreError.damaged(
        path: transaction.absolutePath(R.relativePath(named: ownerName)),
        reason: "a policy is not a valid policy document (\(error.message))")
    }
  }

  // MARK: Loading entities

  /// Look-ups match names exactly, as moto does; only uniqueness ignores case (spec §1.2).
  func lookUp<R: StoredRecord>(_ type: R.Type, _ name: String) throws -> R? {
    guard let record = try transaction.record(type, named: name), record.name == name else { return nil }
    return record
  }
}
