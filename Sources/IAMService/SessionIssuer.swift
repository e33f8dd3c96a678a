import IAMStore

/// Makes temporary credentials, and keeps the store from filling up with expired ones.
///
/// Each session has a marker in the directory of the hour it expires in. Every command that
/// makes a session first removes up to `cleanupBudget` sessions of hours that are over: it lists
/// the few hour directories, never the sessions themselves, so a command costs the same however
/// many sessions exist, and as each command makes one session and may remove many, the expired
/// ones cannot pile up. A session used after it expired is refused whether or not it is gone yet.
struct SessionIssuer {
  static let keyIdPrefix = "ASIA"
  static let bucketSeconds = 3600
  static let cleanupBudget = 64

  let transaction: Transaction
  let ids: IDGenerator
  let now: Timestamp
  let trace: Trace

  /// What a new session is for; the credentials are added by `issue`.
  struct Request {
    var kind: SessionRecord.Kind
    var duration: Int
    var issuedTo: String
    var role: RoleRecord?
    var sessionName: String?
    var user: UserRecord?
    var mfaTime: Timestamp?
    var sourceIdentity: String?
    var chained = false
  }

  /// Stores a new session and returns its credentials, the only time the secret and the token
  /// are seen.
  func issue(_ request: Request, account: inout AccountRecord) throws -> Credentials {
    try removeExpiredSessions()
    let keyId = ids.sessionKeyId(account: &account)
    let secret = ids.secretAccessKey(account: &account)
    let token = ids.sessionToken(account: &account)
    let salt = ids.salt(account: &account)
    let expiration = Timestamp(seconds: now.seconds + request.duration)
    var session = SessionRecord(
      id: keyId, kind: request.kind, secretHash: SecretHash.hash(secret: secret, salt: salt),
      tokenHash: SecretHash.hash(secret: token, salt: salt), salt: salt, issueTime: now.iso8601,
      expiration: expiration.iso8601, issuedTo: request.issuedTo)
    session.roleName = request.role?.name
    session.roleId = request.role?.id
    session.sessionName = request.sessionName
    session.userName = request.user?.name
    session.userId = request.user?.id
    session.mfaTime = request.mfaTime?.iso8601
    session.sourceIdentity = request.sourceIdentity
    session.chained = request.chained
    transaction.putSession(session, bucket: SessionIssuer.bucket(of: expiration))
    trace.debug("  new session \(keyId) of \(SessionIssuer.describe(session)) until \(expiration.iso8601)")
    return Credentials(
      accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, expiration: expiration.iso8601)
  }

  /// The name of the directory for sessions that expire at `expiration`: the first second of its hour.
  static func bucket(of expiration: Timestamp) -> String {
    String(expiration.seconds / bucketSeconds * bucketSeconds)
  }

  /// Removes up to `cleanupBudget` sessions whose hour is over, oldest hours first.
  private func removeExpiredSessions() throws {
    var budget = SessionIssuer.cleanupBudget
    let directory = transaction.absolutePath(StoreLayout.sessionExpiry)
    var over: [(start: Int, name: String)] = []
    for name in try transaction.sessionExpiryBuckets() {
      guard let start = Int(name), String(start) == name else {
        throw StoreError.damaged(path: directory + "/" + name, reason: "it is not an hour's directory of session markers")
      }
      if start + SessionIssuer.bucketSeconds <= now.seconds { over.append((start, name)) }
    }
    for bucket in over.sorted(by: { $0.start < $1.start }) {
      let keyIds = try transaction.sessionKeyIds(expiringIn: bucket.name)
      for keyId in keyIds.prefix(budget) {
        guard StoreLayout.isValidName(keyId) else {
          throw StoreError.damaged(path: directory + "/" + bucket.name + "/" + keyId, reason: "it is not a session key id")
        }
        transaction.removeSession(keyId, bucket: bucket.name)
      }
      let removed = min(budget, keyIds.count)
      budget -= removed
      if removed > 0 { trace.debug("  removed \(removed) session(s) that expired before \(Timestamp(seconds: bucket.start + SessionIssuer.bucketSeconds).iso8601)") }
      guard removed == keyIds.count else { return }
      transaction.removeSessionExpiryBucket(bucket.name)
      if budget == 0 { return }
    }
  }

  /// The caller's view of a stored session; a session whose times cannot be read is damage.
  static func callerSession(_ session: SessionRecord, in transaction: Transaction) throws -> CallerSession {
    func time(_ text: String?, _ field: String) throws -> Timestamp? {
      guard let text else { return nil }
      guard let time = Timestamp(parsing: text) else {
        throw StoreError.damaged(
          path: transaction.absolutePath(SessionRecord.relativePath(named: session.id)),
          reason: "field \"\(field)\" must be a date such as 2026-01-01T00:00:00Z")
      }
      return time
    }
    return CallerSession(
      kind: session.kind, issueTime: try time(session.issueTime, "issueTime")!,
      expiration: try time(session.expiration, "expiration")!, mfaTime: try time(session.mfaTime, "mfaTime"),
      sourceIdentity: session.sourceIdentity, userId: session.userId)
  }

  /// `role s3access (session tom-cli)`, `user tom` or `the root user`, for `-d`.
  static func describe(_ session: SessionRecord) -> String {
    switch session.kind {
    case .role: return "role \(session.roleName ?? "?") (session \(session.sessionName ?? "?"))"
    case .user: return "user \(session.userName ?? "?")"
    case .root: return "the root user"
    }
  }
}
