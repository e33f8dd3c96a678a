/// Result shapes of the STS operations, named after STS's own.

/// Temporary credentials; the only time their secret and token are returned.
public struct Credentials: Sendable, Equatable {
  public var accessKeyId: String
  public var secretAccessKey: String
  public var sessionToken: String
  /// `2026-11-23T13:00:00Z`
  public var expiration: String

  public init(accessKeyId: String, secretAccessKey: String, sessionToken: String, expiration: String) {
    self.accessKeyId = accessKeyId
    self.secretAccessKey = secretAccessKey
    self.sessionToken = sessionToken
    self.expiration = expiration
  }
}

public struct AssumedRoleUser: Sendable, Equatable {
  /// `AROA...:session-name`
  public var assumedRoleId: String
  /// `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`
  public var arn: String
}

public struct AssumeRoleResult: Sendable, Equatable {
  public var credentials: Credentials
  public var assumedRoleUser: AssumedRoleUser
  public var sourceIdentity: String?
}

/// GetCallerIdentity, with what the tool adds about the credentials themselves.
public struct CallerIdentity: Sendable, Equatable {
  /// `AIDA...` for a user, `AROA...:session` for a role session, the account id for root.
  public var userId: String
  public var account: String
  public var arn: String
  public var accessKeyId: String
  /// For temporary credentials: when they expire, and when MFA was used for them, if it was.
  public var expiration: String?
  public var mfaAuthenticated: Bool?
  public var mfaTime: String?
  /// Seconds since the MFA code was checked, as aws:MultiFactorAuthAge says.
  public var mfaAge: Int?
}

/// What an EC2 instance reads from its metadata service for its instance profile's role.
public struct InstanceCredentials: Sendable, Equatable {
  public var code: String
  public var lastUpdated: String
  public var type: String
  public var credentials: Credentials
  /// The instance id, which is the session's name.
  public var instanceId: String
  public var roleName: String
  public var instanceProfileArn: String
  public var instanceProfileId: String
}
