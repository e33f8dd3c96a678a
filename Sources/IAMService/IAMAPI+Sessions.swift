import IAMPolicy
import IAMStore

/// The STS operations: AssumeRole, GetSessionToken and GetCallerIdentity. They make temporary
/// credentials (see `SessionIssuer`), which later commands authenticate with (`Authentication`).
extension IAMAPI {
  static let assumeRoleDurations = 900...43200
  static let defaultSessionDuration = 3600
  /// A role session that assumes a role (role chaining) gets at most an hour.
  static let chainedSessionLimit = 3600
  static let sessionTokenDurations = 900...129_600
  static let defaultSessionTokenDuration = 43200
  static let rootSessionTokenLimit = 3600

  public func assumeRole(
    roleArn: String, roleSessionName: String, durationSeconds: Int? = nil, externalId: String? = nil,
    serialNumber: String? = nil, tokenCode: String? = nil, sourceIdentity: String? = nil
  ) throws -> AssumeRoleResult {
    return try call(
      "AssumeRole",
      [
        ("RoleArn", roleArn), ("RoleSessionName", roleSessionName), ("DurationSeconds", durationSeconds.map(String.init)),
        ("ExternalId", externalId), ("SerialNumber", serialNumber), ("SourceIdentity", sourceIdentity),
      ], source: .sts) {
      var check = ParameterValidation()
      check.arn(roleArn, "roleArn")
      check.stsName(roleSessionName, "roleSessionName", required: true)
      check.integer(durationSeconds, "durationSeconds", IAMAPI.assumeRoleDurations)
      check.externalId(externalId)
      validateMFAParameters(serialNumber, tokenCode, into: &check)
      check.stsName(sourceIdentity, "sourceIdentity")
      try check.check()
      if caller.identity == .root { throw IAMError(.accessDenied, "Roles may not be assumed by root accounts.") }
      let refusal = IAMError(
        .accessDenied, "User: \(try callerArn()) is not authorized to perform: sts:AssumeRole on resource: \(roleArn)")
      guard let role = try role(arn: roleArn) else {
        trace.debug("  account \(account.accountId) has no role \(roleArn)")
        throw refusal
      }
      let codeChecked = try checkMFA(serialNumber, tokenCode)
      let inherited = caller.session?.sourceIdentity
      if let sourceIdentity, let inherited, sourceIdentity != inherited {
        throw IAMError(
          .validationError, "The source identity \(inherited) of the calling session cannot be changed to \(sourceIdentity).")
      }
      let source = sourceIdentity ?? inherited
      var context = try callerRequestContext()
      if codeChecked {
        context.set("aws:MultiFactorAuthPresent", to: ["true"])
        context.set("aws:MultiFactorAuthAge", to: ["0"])
      }
      context.set("sts:ExternalId", to: externalId.map { [$0] })
      context.set("sts:RoleSessionName", to: [roleSessionName])
      context.set("sts:SourceIdentity", to: source.map { [$0] })
      try authorizeAssumption("sts:AssumeRole", of: role, roleArn: roleArn, context: context, refusal: refusal)
      if source != nil {
        // Giving a session a source identity, or passing one on, is an action of its own.
        try authorizeAssumption(
          "sts:SetSourceIdentity", of: role, roleArn: roleArn, context: context,
          refusal: IAMError(
            .accessDenied,
            "User: \(try callerArn()) is not authorized to perform: sts:SetSourceIdentity on resource: \(roleArn)"))
      }
      let chained: Bool
      if case .role = caller.identity { chained = true } else { chained = false }
      let duration = durationSeconds ?? IAMAPI.defaultSessionDuration
      if chained && duration > IAMAPI.chainedSessionLimit {
        throw IAMError(
          .validationError, "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.")
      }
      if duration > role.maxSessionDuration {
        throw IAMError(.validationError, "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
      }
      var request = SessionIssuer.Request(kind: .role, duration: duration, issuedTo: try callerArn())
      request.role = role
      request.sessionName = roleSessionName
      request.mfaTime = codeChecked ? now : caller.session?.mfaTime
      request.sourceIdentity = source
      request.chained = chained
      let credentials = try issue(request)
      return AssumeRoleResult(
        credentials: credentials,
        assumedRoleUser: AssumedRoleUser(
          assumedRoleId: role.id + ":" + roleSessionName, arn: sessionArn(role: role.name, session: roleSessionName)),
        sourceIdentity: source)
    }
  }

  /// Temporary credentials with the caller's own permissions. No policy can refuse it; a session
  /// made without an MFA code cannot call IAM (see `begin`).
  public func getSessionToken(durationSeconds: Int? = nil, serialNumber: String? = nil, tokenCode: String? = nil) throws
    -> Credentials
  {
    return try call(
      "GetSessionToken",
      [("DurationSeconds", durationSeconds.map(String.init)), ("SerialNumber", serialNumber)], source: .sts) {
      if let session = caller.session {
        if session.kind == .role {
          throw IAMError(.accessDenied, "Cannot call GetSessionToken with session credentials")
        }
        // A session from GetSessionToken may call STS for AssumeRole and GetCallerIdentity only.
        trace.debug("  a session that GetSessionToken made cannot call GetSessionToken")
        throw AuthenticationError.invalidToken
      }
      var check = ParameterValidation()
      check.integer(durationSeconds, "durationSeconds", IAMAPI.sessionTokenDurations)
      validateMFAParameters(serialNumber, tokenCode, into: &check)
      try check.check()
      let codeChecked = try checkMFA(serialNumber, tokenCode)
      var duration = durationSeconds ?? IAMAPI.defaultSessionTokenDuration
      var request = SessionIssuer.Request(kind: .root, duration: duration, issuedTo: try callerArn())
      switch caller.identity {
      case .root:
        duration = min(duration, IAMAPI.rootSessionTokenLimit)
        request.duration = duration
      case .user(let name):
        guard let user = try lookUp(UserRecord.self, name) else { throw AuthenticationError.invalidToken }
        request.kind = .user
        request.user = user
      case .role:
        throw AuthenticationError.invalidToken
      }
      request.mfaTime = codeChecked ? now : nil
      return try issue(request)
    }
  }

  /// Who the caller is. It never needs a permission, and a policy cannot refuse it.
  public func getCallerIdentity() throws -> CallerIdentity {
    return try call("GetCallerIdentity", [], source: .sts) {
      let userId: String
      switch caller.identity {
      case .root: userId = account.accountId
      case .user(let name):
        guard let user = try lookUp(UserRecord.self, name) else { throw AuthenticationError.invalidToken }
        userId = user.id
      case .role(_, let roleId, let sessionName): userId = roleId + ":" + sessionName
      }
      let session = caller.session
      return CallerIdentity(
        userId: userId, account: account.accountId, arn: try callerArn(), accessKeyId: caller.accessKeyId,
        expiration: session?.expiration.iso8601, mfaAuthenticated: session.map { $0.mfaTime != nil },
        mfaTime: session?.mfaTime?.iso8601, mfaAge: session?.mfaAge(at: now))
    }
  }

  /// The ARN of the role named `name` in this account, as AssumeRole takes it; a role that does
  /// not exist gets the ARN it would have at the path `/`.
  public func roleArn(named name: String) throws -> String {
    let role = try lookUp(RoleRecord.self, name)
    return arn(.role, path: role?.path ?? "/", name: role?.name ?? name)
  }

  // MARK: Shared by the STS operations

  /// The role `roleArn` names in this account, its path included; nil for any other ARN.
  private func role(arn roleArn: String) throws -> RoleRecord? {
    let prefix = "arn:aws:iam::\(account.accountId):role/"
    guard roleArn.hasPrefix(prefix), let slash = roleArn.lastIndex(of: "/") else { return nil }
    let name = String(roleArn[roleArn.index(after: slash)...])
    guard StoreLayout.isValidName(name), let role = try lookUp(RoleRecord.self, name),
      arn(.role, path: role.path, name: role.name) == roleArn
    else { return nil }
    return role
  }

  /// The trust policy must allow `action` for the caller, and the caller's identity policies
  /// must not deny it; when the trust policy names only the caller's account, they must allow
  /// it as well (iam-semantics §5.5).
  private func authorizeAssumption(
    _ action: String, of role: RoleRecord, roleArn: String, context: RequestContext, refusal: IAMError
  ) throws {
    guard try assumption(action, of: role, roleArn: roleArn, context: context).allowed else { throw refusal }
  }

  /// Whether the caller may assume `role`, with the trust policy's decision and, where it was
  /// asked, the caller's own policies': what AssumeRole enforces and `iam simulate
  /// --assume-role` reports.
  func assumption(_ action: String, of role: RoleRecord, roleArn: String, context: RequestContext) throws
    -> (allowed: Bool, trust: TrustDecision, identity: Decision?)
  {
    let principal = RequestingPrincipal.aws(account: account.accountId, arns: try principalArns(for: role))
    let trust = try RoleTrust.evaluate(role, roleArn: roleArn, principal: principal, action: action, context: context, in: transaction)
    trace.debug("  trust \(action) on \(roleArn): \(RoleTrust.describe(trust))")
    guard trust.decision.isAllowed else { return (false, trust, nil) }
    guard let (identity, _, explanation) = try identityDecision(action, on: roleArn, context: context) else {
      return (true, trust, nil)
    }
    defer { for line in explanation { trace.debug(line) } }
    switch identity {
    case .explicitDeny(let statement):
      trace.debug("  authorize \(action) on \(roleArn): denied by \(statement.description)")
      return (false, trust, identity)
    case .allowed(let statement):
      trace.debug("  authorize \(action) on \(roleArn): allowed by \(statement.description)")
      return (true, trust, identity)
    case .implicitDeny where trust.match == .account:
      trace.debug("  authorize \(action) on \(roleArn): denied (no policy allows it, and the trust policy names only the account)")
      return (false, trust, identity)
    case .implicitDeny:
      trace.debug("  authorize \(action) on \(roleArn): not needed, as the trust policy names the caller")
      return (true, trust, identity)
    }
  }

  /// The ARNs that name the caller in a trust policy of `role`: the user's, or a role session's
  /// role and session ARNs, each only while it means the entity the policy was bound to.
  private func principalArns(for role: RoleRecord) throws -> [String] {
    switch caller.identity {
    case .root:
      return [rootArn]
    case .user(let name):
      guard let user = try lookUp(UserRecord.self, name) else { throw AuthenticationError.invalidToken }
      return RoleTrust.boundArns([(arn(.user, path: user.path, name: user.name), user.id)], of: role)
    case .role(let name, let roleId, let sessionName):
      guard let own = try sessionRole() else { return [] }
      return RoleTrust.boundArns(
        [(arn(.role, path: own.path, name: name), roleId), (sessionArn(role: name, session: sessionName), roleId)],
        of: role)
    }
  }

  private func validateMFAParameters(_ serialNumber: String?, _ tokenCode: String?, into check: inout ParameterValidation) {
    if let serialNumber { check.serialNumber(serialNumber) }
    if let tokenCode { check.authenticationCode(tokenCode, "tokenCode") }
  }

  /// Checks the MFA code given with a request for temporary credentials against the caller's
  /// own device; false when none was given.
  private func checkMFA(_ serialNumber: String?, _ tokenCode: String?) throws -> Bool {
    guard serialNumber != nil || tokenCode != nil else { return false }
    let unknownDevice = IAMError(
      .accessDenied,
      "MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user."
    )
    let wrongCode = IAMError(.accessDenied, "MultiFactorAuthentication failed with invalid MFA one time pass code.")
    guard let serialNumber, let name = callerUserName, let user = try lookUp(UserRecord.self, name),
      let device = try? requireDevice(serialNumber), device.userName == user.name, user.mfaDevices.contains(device.name)
    else {
      trace.debug("  \(serialNumber ?? "no serial number") is not an MFA device enabled for the caller")
      throw unknownDevice
    }
    guard let tokenCode, try acceptCode(tokenCode, of: user, serialNumber: serialNumber) else {
      trace.debug("  the code is not what \(serialNumber) shows now, or it was used already")
      throw wrongCode
    }
    trace.debug("  MFA code of \(serialNumber) accepted")
    return true
  }

  private func issue(_ request: SessionIssuer.Request) throws -> Credentials {
    var updated = account
    let issuer = SessionIssuer(transaction: transaction, ids: ids, now: now, trace: trace)
    let credentials = try issuer.issue(request, account: &updated)
    changeAccount { $0 = updated }
    return credentials
  }
}
