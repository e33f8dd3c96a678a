import IAMStore

/// Who made a request, in the terms an audit record uses for it (spec sts-mfa-simulate-trail §4):
/// the root user, an IAM user, or a role session together with the role that issued it.
public struct UserIdentity: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case root = "Root"
    case iamUser = "IAMUser"
    case assumedRole = "AssumedRole"
  }

  public var type: Kind
  /// `AIDA...` for a user, `AROA...:SESSION` for a role session, the account id for root.
  public var principalId: String
  /// The user's ARN, the session's `arn:aws:sts::...:assumed-role/ROLE/SESSION`, or root's.
  public var arn: String
  public var accountId: String
  /// `AKIA...` for a long-term key, `ASIA...` for temporary credentials.
  public var accessKeyId: String
  /// IAM users only.
  public var userName: String?
  /// Temporary credentials only: a role session's and a user's GetSessionToken session alike.
  public var sessionContext: SessionContext?

  public struct SessionContext: Sendable, Equatable {
    /// The role a role session belongs to; nil for a user's or the root user's session.
    public var sessionIssuer: SessionIssuerIdentity?
    public var mfaAuthenticated: Bool
    /// When the session was made.
    public var creationDate: String

    public init(sessionIssuer: SessionIssuerIdentity?, mfaAuthenticated: Bool, creationDate: String) {
      self.sessionIssuer = sessionIssuer
      self.mfaAuthenticated = mfaAuthenticated
      self.creationDate = creationDate
    }
  }

  /// The role behind a role session.
  public struct SessionIssuerIdentity: Sendable, Equatable {
    /// Always `Role` here.
    public var type: String
    /// The role's unique id, `AROA...`.
    public var principalId: String
    public var arn: String
    public var accountId: String
    /// The role's name.
    public var userName: String

    public init(type: String, principalId: String, arn: String, accountId: String, userName: String) {
      self.type = type
      self.principalId = principalId
      self.arn = arn
      self.accountId = accountId
      self.userName = userName
    }
  }
}

extension IAMAPI {
  /// The caller as an audit record names it. A role deleted since its session began is still
  /// named as the session knew it, at the path `/` as its own path is gone.
  public func userIdentity() throws -> UserIdentity {
    var identity = UserIdentity(
      type: .root, principalId: account.accountId, arn: try callerArn(), accountId: account.accountId,
      accessKeyId: caller.accessKeyId)
    var issuer: UserIdentity.SessionIssuerIdentity?
    switch caller.identity {
    case .root:
      break
    case .user(let name):
      guard let user = try transaction.record(UserRecord.self, named: name) else { throw AuthenticationError.invalidToken }
      identity.type = .iamUser
      identity.principalId = user.id
      identity.userName = user.name
    case .role(let name, let roleId, let sessionName):
      identity.type = .assumedRole
      identity.principalId = roleId + ":" + sessionName
      issuer = UserIdentity.SessionIssuerIdentity(
        type: "Role", principalId: roleId, arn: arn(.role, path: try sessionRole()?.path ?? "/", name: name),
        accountId: account.accountId, userName: name)
    }
    if let mfa = caller.mfaAuthenticated, let created = caller.sessionCreationDate {
      identity.sessionContext = UserIdentity.SessionContext(
        sessionIssuer: issuer, mfaAuthenticated: mfa, creationDate: created)
    }
    return identity
  }
}
