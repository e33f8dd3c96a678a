import IAMStore

/// The simulated IAM service of one account store. Each call of `perform` is one command: one
/// transaction under the account lock, one authenticated caller, any number of API operations.
public final class IAMService {
  public let configuration: ServiceConfiguration
  public let store: Store

  public init(configuration: ServiceConfiguration) {
    self.configuration = configuration
    self.store = Store(options: configuration.store)
  }

  /// The credential file of the account's root user, inside the store (D6).
  public var rootCredentialsPath: String { store.root + "/" + StoreLayout.rootCredentials }

  /// Creates the account and its root credentials if the store has no account yet.
  public func bootstrapIfNeeded(trace: Trace) throws {
    try transaction(trace: trace) { transaction, announce in
      _ = try account(in: transaction, announce: &announce)
    }
  }

  /// Runs `body` as the caller that `credentials` identify, committing everything it changed
  /// if it returns and nothing if it throws.
  public func perform<T>(
    credentials: AccessKeyPair, trace: Trace, _ body: (IAMAPI) throws -> T
  ) throws -> T {
    // The account is created in a transaction of its own: a command refused for its
    // credentials must not take the new account down with it and announce it again next time.
    if !store.hasAccount { try bootstrapIfNeeded(trace: trace) }
    return try transaction(trace: trace) { transaction, announce in
      let account = try account(in: transaction, announce: &announce)
      trace.debug("store \(store.root) (account \(account.accountId))")
      let caller = try authenticate(credentials, in: transaction, account: account, trace: trace)
      let api = IAMAPI(
        transaction: transaction, account: account, caller: caller,
        ids: IDGenerator(seed: configuration.seed), now: configuration.now, trace: trace,
        passwordIterations: configuration.passwordIterations)
      try trace.debug("caller \(try api.callerArn()) (\(caller.session == nil ? "access" : "session") key \(caller.accessKeyId))")
      api.trailIdentity = try api.userIdentity().trailRecord
      api.authenticateOther = { [unowned self] in
        try self.authenticate($0, in: transaction, account: account, trace: Trace(keepsDebugLines: false))
      }
      let result: T
      do {
        result = try body(api)
      } catch {
        try api.recordCalls(rolledBack: true, configuration: configuration)
        throw error
      }
      api.finish()
      try api.recordCalls(rolledBack: false, configuration: configuration)
      let changed = transaction.changes.count
      trace.debug(changed == 0 ? "commit: nothing changed" : "commit: \(changed) file(s) changed")
      return result
    }
  }

  /// One store transaction. A new account is announced only once its transaction has committed,
  /// and what the store did on its own (finishing or discarding an interrupted commit) is told
  /// whatever became of the command.
  func transaction<T>(trace: Trace, _ body: (Transaction, inout String?) throws -> T) throws -> T {
    defer {
      for notice in store.notices { trace.notice(notice) }
      store.clearNotices()
    }
    var announcement: String?
    let result = try store.transaction { try body($0, &announcement) }
    if let announcement { trace.notice(announcement) }
    return result
  }

  func account(in transaction: Transaction, announce: inout String?) throws -> AccountRecord {
    if let account = try transaction.account() { return account }
    let bootstrap = AccountBootstrap(ids: IDGenerator(seed: configuration.seed), now: configuration.now)
    let account = bootstrap.create(in: transaction)
    announce =
      "created a new simulated AWS account \(account.accountId) in \(store.root); "
      + "its root credentials are in \(rootCredentialsPath)"
    return account
  }
}

/// Creates a new account: its id, its root user's first access key, and the credential file
/// that lets the store's owner act as root without setting anything up.
struct AccountBootstrap {
  let ids: IDGenerator
  let now: Timestamp

  func create(in transaction: Transaction) -> AccountRecord {
    var account = AccountRecord(accountId: ids.accountId(), createDate: now.iso8601)
    issueRootKey(&account, in: transaction)
    return account
  }

  /// Makes a new active root access key the root user's only one, writes it into the store's
  /// root credential file, and returns its id. The caller deletes the keys it replaces.
  @discardableResult
  func issueRootKey(_ account: inout AccountRecord, in transaction: Transaction) -> String {
    let keyId = ids.accessKeyId(account: &account)
    let secret = ids.secretAccessKey(account: &account)
    let salt = ids.salt(account: &account)
    let key = AccessKeyRecord(
      id: keyId, userName: nil, status: "Active", createDate: now.iso8601,
      secretHash: SecretHash.hash(secret: secret, salt: salt), salt: salt)
    account.rootAccessKeys = [keyId]
    transaction.put(key)
    transaction.putAccount(account)
    let credentials = """
      # Root user of the simulated AWS account \(account.accountId), created by iam.
      # Used when neither --aws-credential-file nor AWS_CREDENTIAL_FILE names a credential file.
      AWSAccessKeyId=\(keyId)
      AWSSecretKey=\(secret)

      """
    transaction.write(StoreLayout.rootCredentials, Array(credentials.utf8))
    return keyId
  }
}
