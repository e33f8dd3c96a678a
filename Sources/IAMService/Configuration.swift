import IAMStore

/// Everything about the environment a command runs in that the service needs.
public struct ServiceConfiguration: Sendable {
  public var store: StoreOptions
  /// D8: derive ids and secrets from this seed instead of the system's random source.
  public var seed: String?
  /// D8: use this time instead of the system clock.
  public var fixedTime: Timestamp?
  /// PBKDF2 iterations for passwords set from now on; lowered only by test suites (see
  /// `PasswordHashing.defaultIterations`).
  public var passwordIterations: Int
  /// What the audit trail records as the `userAgent` of each call: the program and the command
  /// that made it.
  public var userAgent = "iam"

  public init(
    store: StoreOptions, seed: String? = nil, fixedTime: Timestamp? = nil,
    passwordIterations: Int = PasswordHashing.defaultIterations
  ) {
    self.store = store
    self.seed = seed
    self.fixedTime = fixedTime
    self.passwordIterations = passwordIterations
  }

  var now: Timestamp { fixedTime ?? Timestamp(seconds: SystemClock.now().seconds) }
}

/// An access key id and secret as a credential file gives them, with the session token that
/// temporary credentials come with.
public struct AccessKeyPair: Sendable, Equatable {
  public var accessKeyId: String
  public var secretAccessKey: String
  public var sessionToken: String?

  public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil) {
    self.accessKeyId = accessKeyId
    self.secretAccessKey = secretAccessKey
    self.sessionToken = sessionToken
  }
}
