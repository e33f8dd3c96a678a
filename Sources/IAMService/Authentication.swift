import IAMStore

/// Who a request's credentials say the caller is. Each refusal is AWS's, and `-d` says which
/// check failed: AWS's refusals do not say, and the person at the terminal needs to know.
extension IAMService {
  func authenticate(
    _ credentials: AccessKeyPair, in transaction: Transaction, account: AccountRecord, trace: Trace
  ) throws -> Caller {
    let id = credentials.accessKeyId
    var check = ParameterValidation()
    check.accessKeyId(id)
    guard (try? check.check()) != nil else {
      trace.debug("access key \(id) cannot be a key: an access key id is 16 to 128 letters, digits or underscores")
      throw AuthenticationError.invalidToken
    }
    if id.hasPrefix(SessionIssuer.keyIdPrefix) {
      return try authenticateSession(credentials, in: transaction, account: account, trace: trace)
    }
    guard let key = try transaction.record(AccessKeyRecord.self, named: id) else {
      trace.debug("access key \(id) is not a key of account \(account.accountId)")
      throw AuthenticationError.invalidToken
    }
    let owner = key.userName.map { "user \($0)" } ?? "the root user"
    guard credentials.sessionToken == nil else {
      trace.debug("access key \(id) of \(owner) is a long-term key, which is used without a session token (AWSSessionToken)")
      throw AuthenticationError.invalidToken
    }
    guard key.status == "Active" else {
      trace.debug("access key \(id) belongs to \(owner) but is inactive")
      throw AuthenticationError.invalidToken
    }
    guard SecretHash.matches(secret: credentials.secretAccessKey, salt: key.salt, expected: key.secretHash) else {
      trace.debug("access key \(id) belongs to \(owner), but the secret given with it is not that key's secret")
      throw AuthenticationError.badSignature
    }
    let identity: Caller.Identity = key.userName.map { .user(name: $0) } ?? .root
    let caller = Caller(identity: identity, accessKeyId: key.id)
    do {
      try IAMAPI.confirmKey(key.id, of: caller, in: transaction, account: account)
    } catch {
      trace.debug("access key \(id) names \(owner) as its owner, who does not have it")
      throw error
    }
    trace.debug("access key \(id) is an active key of \(owner), and the secret matches")
    return caller
  }

  /// Temporary credentials: the key id, its session token and its secret, in that order (the
  /// token carries the session, so it is checked before the signature), and the session must not
  /// have expired.
  private func authenticateSession(
    _ credentials: AccessKeyPair, in transaction: Transaction, account: AccountRecord, trace: Trace
  ) throws -> Caller {
    let id = credentials.accessKeyId
    guard let session = try transaction.record(SessionRecord.self, named: id) else {
      trace.debug("session key \(id) is not a session of account \(account.accountId) (or it expired and was removed)")
      throw AuthenticationError.invalidToken
    }
    let info = try SessionIssuer.callerSession(session, in: transaction)
    let owner = SessionIssuer.describe(session)
    guard let token = credentials.sessionToken else {
      trace.debug("session key \(id) of \(owner) was given without its session token (AWSSessionToken)")
      throw AuthenticationError.invalidToken
    }
    guard SecretHash.matches(secret: token, salt: session.salt, expected: session.tokenHash) else {
      trace.debug("session key \(id) belongs to \(owner), but the session token given with it is not that session's")
      throw AuthenticationError.invalidToken
    }
    let now = configuration.now
    guard now < info.expiration else {
      trace.debug("session key \(id) of \(owner) expired at \(info.expiration.iso8601)")
      throw AuthenticationError.expiredToken
    }
    guard SecretHash.matches(secret: credentials.secretAccessKey, salt: session.salt, expected: session.secretHash) else {
      trace.debug("session key \(id) belongs to \(owner), but the secret given with it is not that session's secret")
      throw AuthenticationError.badSignature
    }
    let identity: Caller.Identity
    switch session.kind {
    case .role:
      identity = .role(name: session.roleName!, roleId: session.roleId!, sessionName: session.sessionName!)
    case .user:
      identity = .user(name: session.userName!)
    case .root:
      identity = .root
    }
    let caller = Caller(identity: identity, accessKeyId: id, session: info)
    do {
      try IAMAPI.confirmKey(id, of: caller, in: transaction, account: account)
    } catch {
      trace.debug("session key \(id) belongs to \(owner), who no longer exists (deleted, or created again)")
      throw error
    }
    trace.debug("session key \(id) is a session of \(owner) until \(info.expiration.iso8601), and the secret matches")
    return caller
  }
}
