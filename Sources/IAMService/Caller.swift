import IAMStore

/// The identity a command runs as, established from its access key.
public struct Caller: Sendable, Equatable {
  public enum Identity: Sendable, Equatable {
    /// The account's root user, which IAM policies do not restrict.
    case root
    case user(name: String)
    /// A session of a role, which acts with the role's permissions. `roleId` is the id the role
    /// had when the session began: a role deleted and created again is not the session's role.
    case role(name: String, roleId: String, sessionName: String)
  }

  public var identity: Identity
  public var accessKeyId: String
  /// The temporary credentials the request was signed with; nil for a long-term access key.
  public var session: CallerSession?

  public init(identity: Identity, accessKeyId: String, session: CallerSession? = nil) {
    self.identity = identity
    self.accessKeyId = accessKeyId
    self.session = session
  }

  /// Whether an MFA code was checked for the caller's session; nil for a long-term key, which
  /// says nothing about MFA.
  public var mfaAuthenticated: Bool? { session.map { $0.mfaTime != nil } }

  /// When the caller's session was made; nil for a long-term key.
  public var sessionCreationDate: String? { session?.issueTime.iso8601 }
}

/// What a session brings to the requests made with it.
public struct CallerSession: Sendable, Equatable {
  public var kind: SessionRecord.Kind
  public var issueTime: Timestamp
  public var expiration: Timestamp
  /// When an MFA code was checked for the session; nil when none was.
  public var mfaTime: Timestamp?
  public var sourceIdentity: String?
  /// The unique id of a user session's user, who must still be the same user.
  public var userId: String?

  /// Seconds from the MFA check to `now`, as `aws:MultiFactorAuthAge` gives them; nil without MFA.
  func mfaAge(at now: Timestamp) -> Int? { mfaTime.map { max(0, now.seconds - $0.seconds) } }
}

enum AuthenticationError {
  static let invalidToken = IAMError(.invalidClientTokenId, "The security token included in the request is invalid.")
  static let expiredToken = IAMError(.expiredToken, "The security token included in the request is expired")
  static let badSignature = IAMError(
    .signatureDoesNotMatch,
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
  )
}
