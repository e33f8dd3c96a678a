import IAMEncoding
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
  /// AWS managed policies reduced to one service's actions (`IndexedPolicy`), by policy name and service.
  var reducedPolicies: [String: PolicyDocument] = [:]
  /// The calls this command has made, for the audit trail.
  var calls: [TrailEvent] = []
  /// How deep the operation running now is in others (see `call`).
  var callDepth = 0
  /// Who the trail says made them, as the command's credentials identified the caller.
  var trailIdentity: JSONValue = .null
  /// Identifies other credentials in the same transaction, as `iam simulate --as` needs.
  var authenticateOther: (AccessKeyPair) throws -> Caller = { _ in throw AuthenticationError.invalidToken }

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

  /// The caller's ARN as it is now (a rename earlier in the command changes it); for a role
  /// session, the session's ARN, which is what denials name.
  public func callerArn() throws -> String {
    switch caller.identity {
    case .root: return rootArn
    case .user(let name):
      guard let user = try transaction.record(UserRecord.self, named: name) else { return arn(.user, path: "/", name: name) }
      return arn(.user, path: user.path, name: user.name)
    case .role(let name, _, let sessionName):
      return sessionArn(role: name, session: sessionName)
    }
  }

  /// `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`: the role's path is not part of it.
  func sessionArn(role: String, session: String) -> String {
    "arn:aws:sts::\(account.accountId):assumed-role/\(role)/\(session)"
  }

  // MARK: The steps every operation takes

  /// Records the call for `-d` and re-checks the caller's key: an earlier step of the same
  /// command may have deleted or deactivated it, and AWS checks the key on every request. A
  /// session that GetSessionToken made without an MFA code may not call IAM at all.
  func begin(_ operation: String, _ parameters: [(String, String?)]) throws {
    try beginCall(operation, parameters)
    if let session = caller.session, session.kind != .role, session.mfaTime == nil {
      trace.debug("  a session that GetSessionToken made without an MFA code cannot call IAM operations")
      throw AuthenticationError.invalidToken
    }
  }

  /// `begin` for every service: the trace and the key check.
  func beginCall(_ operation: String, _ parameters: [(String, String?)]) throws {
    trace.debug(([operation] + parameters.compactMap { name, value in value.map { "\(name)=\($0)" } }).joinedText(separator: " "))
    try IAMAPI.confirmKey(caller.accessKeyId, of: caller, in: transaction, account: account)
  }

  static func confirmKey(_ keyId: String, of caller: Caller, in transaction: Transaction, account: AccountRecord) throws {
    if let session = caller.session {
      // A session ends only by expiring, but the user it belongs to can be deleted.
      guard try transaction.record(SessionRecord.self, named: keyId) != nil else { throw AuthenticationError.invalidToken }
      if case .user(let name) = caller.identity {
        guard let user = try transaction.record(UserRecord.self, named: name), user.name == name, user.id == session.userId
        else { throw AuthenticationError.invalidToken }
      }
      return
    }
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
    case .role:
      throw AuthenticationError.invalidToken
    }
  }

  /// Allows the action or throws IAM's `AccessDenied`, evaluating the caller's policies as they
  /// stand at this point of the transaction. `grant` names a setting of the account that allows
  /// the action where no policy does, as the password policy's AllowUsersToChangePassword
  /// allows iam:ChangePassword; an explicit Deny still wins over it.
  /// `context` adds the condition keys that only this request has, such as `iam:PolicyARN`.
  func authorize(
    _ action: String, on resource: String, grantedBy grant: String? = nil, context extra: [String: String] = [:]
  ) throws {
    func context() throws -> RequestContext {
      var context = try callerRequestContext()
      for (key, value) in extra { context.set(key, to: [value]) }
      return context
    }
    guard let (decision, callerArn, explanation) = try identityDecision(action, on: resource, context: try context())
    else {
      trace.debug("  authorize \(action) on \(resource): allowed (root user)")
      return
    }
    let refusal: IAMError?
    switch decision {
    case .allowed(let statement):
      trace.debug("  authorize \(action) on \(resource): allowed by \(statement.description)")
      refusal = nil
    case .explicitDeny(let statement):
      trace.debug("  authorize \(action) on \(resource): denied by \(statement.description)")
      refusal = IAMError(
        .accessDenied,
        "User: \(callerArn) is not authorized to perform: \(action) on resource: \(resource) with an explicit deny in an identity-based policy"
      )
    case .implicitDeny:
      if let grant {
        trace.debug("  authorize \(action) on \(resource): allowed by \(grant)")
        refusal = nil
      } else {
        trace.debug("  authorize \(action) on \(resource): denied (no policy allows it)")
        refusal = IAMError(
          .accessDenied,
          "User: \(callerArn) is not authorized to perform: \(action) on resource: \(resource) because no identity-based policy allows the \(action) action"
        )
      }
    }
    for line in explanation { trace.debug(line) }
    if let refusal { throw refusal }
  }

  /// What the caller's identity-based policies decide, with the ARN a denial names; nil for the
  /// root user, whom they do not restrict.
  /// With `-d`, every statement considered and why it applies or not, from the same evaluation.
  /// The context is built only for a caller whose policies read it: not for the root user.
  func identityDecision(_ action: String, on resource: String, context: @autoclosure () throws -> RequestContext) throws
    -> (decision: Decision, callerArn: String, explanation: [String])?
  {
    let policies: [NamedPolicy]
    switch caller.identity {
    case .root:
      return nil
    case .user(let name):
      guard let user = try transaction.record(UserRecord.self, named: name) else { throw AuthenticationError.invalidToken }
      policies = try userPolicies(user, for: action)
    case .role:
      guard let role = try sessionRole() else {
        trace.debug("  the session's role no longer exists (deleted, or created again as another role): no policy applies")
        return (.implicitDeny, try callerArn(), [])
      }
      policies = try identityPolicies(of: role, for: action)
    }
    let request = AuthorizationRequest(action: action, resource: resource, context: try context())
    guard trace.keepsDebugLines else { return (PolicyEvaluator.evaluate(request, policies: policies), try callerArn(), []) }
    let evaluation = PolicyEvaluator.explain(request, policies: policies)
    return (evaluation.decision, try callerArn(), EvaluationExplanation.lines(evaluation, policies: policies))
  }

  /// The policies that decide what an IAM user (or a session of one) may do: its own, then
  /// those of each of its groups.
  private func userPolicies(_ user: UserRecord, for action: String) throws -> [NamedPolicy] {
    var policies = try identityPolicies(of: user, for: action)
    for groupName in user.groups {
      // A group whose file is gone could hold the Deny that decides this request: deciding
      // without it would fail open, so a missing group stops the command.
      policies += try identityPolicies(of: try group(named: groupName, of: user), for: action)
    }
    return policies
  }

  /// The role of a role session as it is now; nil when it was deleted, or deleted and created
  /// again (a new role, with a new id, that the session has no part in).
  func sessionRole() throws -> RoleRecord? {
    guard case .role(let name, let roleId, _) = caller.identity else { return nil }
    guard let role = try transaction.record(RoleRecord.self, named: name), role.name == name, role.id == roleId else {
      return nil
    }
    return role
  }

  /// The policies a user, group or role holds itself, as far as a request for `action` needs
  /// them: its inline policies by name, then its managed policies in the order attached.
  func identityPolicies<R: PolicyAttaching>(of holder: R, for action: String) throws -> [NamedPolicy] {
    let noun = R.entityKind.arnType
    var policies: [NamedPolicy] = []
    for policyName in Pagination.sortedByBytes(Array(holder.policies.keys)) {
      let document = try parsedPolicy(holder.policies[policyName]!, owner: R.self, ownerName: holder.name)
      policies.append(NamedPolicy(label: "\(noun) \(holder.name) policy \(policyName)", document: document))
    }
    for policyArn in holder.attachedPolicies {
      let document = try attachedDocument(policyArn, for: action, attachedBy: R.self, named: holder.name)
      policies.append(NamedPolicy(label: "\(noun) \(holder.name) attached policy \(policyArn)", document: document))
    }
    return policies
  }

  /// Stored documents were validated when uploaded; one that no longer parses was edited by
  /// hand, and guessing what it meant could grant or deny the wrong thing.
  /// A document is kept by its text for the requests that follow, unless `remembered` is false:
  /// a caller that reads each document once would pay for hashing every text and gain nothing.
  func parsedPolicy<R: StoredRecord>(_ text: String, owner: R.Type, ownerName: String, remembered: Bool = true) throws
    -> PolicyDocument
  {
    if remembered, let cached = parsedPolicies[text] { return cached }
    do {
      let document = try PolicyParser.parse(text, kind: .identity)
      if remembered { parsedPolicies[text] = document }
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
