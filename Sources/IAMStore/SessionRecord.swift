import IAMEncoding

/// Temporary credentials: a session of a role (AssumeRole, instance profiles) or of a user or the
/// root user (GetSessionToken). Filed under its `ASIA` key id, so that a request's session is
/// found in one read. Like an access key's secret, the secret and the session token are kept
/// only as salted SHA-256 hashes (D11); each also has a marker under `session-expiry/`, so that
/// expired sessions can be found without reading every session.
public struct SessionRecord: StoredRecord, Equatable {
  public static let directory = "sessions"

  public enum Kind: String, Sendable {
    /// A session of a role, acting with the role's permissions.
    case role
    /// A session of an IAM user, acting with the user's permissions.
    case user
    /// A session of the account's root user.
    case root
  }

  public var id: String
  public var kind: Kind
  public var secretHash: String
  public var tokenHash: String
  public var salt: String
  /// When the session was made and when it ends, `2026-11-23T12:00:00Z`.
  public var issueTime: String
  public var expiration: String
  /// The role of a role session, with the id it had: a role deleted and created again under the
  /// same name is another role, and the session has no part of it.
  public var roleName: String?
  public var roleId: String?
  public var sessionName: String?
  /// The user of a user session, with its id for the same reason.
  public var userName: String?
  public var userId: String?
  /// When an MFA code was given for this session, or for the session it was made with.
  public var mfaTime: String?
  /// The source identity the session was given, which passes on to the sessions made with it.
  public var sourceIdentity: String?
  /// Who obtained the session: the caller's ARN, or the service (`ec2.amazonaws.com`).
  public var issuedTo: String
  /// Made with the credentials of another role session (role chaining).
  public var chained: Bool

  public var name: String { id }

  public init(
    id: String, kind: Kind, secretHash: String, tokenHash: String, salt: String, issueTime: String,
    expiration: String, issuedTo: String
  ) {
    self.id = id
    self.kind = kind
    self.secretHash = secretHash
    self.tokenHash = tokenHash
    self.salt = salt
    self.issueTime = issueTime
    self.expiration = expiration
    self.issuedTo = issuedTo
    self.chained = false
  }

  /// Key ids are case-sensitive `[A-Z0-9]`, so they name their files as they are.
  public static func fileStem(for name: String) -> String { name }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    id = try fields.name("id")
    let kindText = try fields.string("kind")
    guard let kind = Kind(rawValue: kindText) else {
      throw fields.damaged("field \"kind\" must be role, user or root")
    }
    self.kind = kind
    secretHash = try fields.string("secretHash")
    tokenHash = try fields.string("tokenHash")
    salt = try fields.string("salt")
    issueTime = try fields.string("issueTime")
    expiration = try fields.string("expiration")
    roleName = try fields.optionalName("roleName")
    roleId = try fields.optionalString("roleId")
    sessionName = try fields.optionalName("sessionName")
    userName = try fields.optionalName("userName")
    userId = try fields.optionalString("userId")
    mfaTime = try fields.optionalString("mfaTime")
    sourceIdentity = try fields.optionalString("sourceIdentity")
    issuedTo = try fields.string("issuedTo")
    chained = try fields.optionalBool("chained") ?? false
    switch kind {
    case .role:
      guard roleName != nil, roleId != nil, sessionName != nil else {
        throw fields.damaged("a role session needs \"roleName\", \"roleId\" and \"sessionName\"")
      }
    case .user:
      guard userName != nil, userId != nil else { throw fields.damaged("a user session needs \"userName\" and \"userId\"") }
    case .root:
      break
    }
  }

  public var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "chained", value: .bool(chained)),
      JSONMember(key: "expiration", value: .string(expiration)),
      JSONMember(key: "id", value: .string(id)),
      JSONMember(key: "issueTime", value: .string(issueTime)),
      JSONMember(key: "issuedTo", value: .string(issuedTo)),
      JSONMember(key: "kind", value: .string(kind.rawValue)),
      JSONMember(key: "salt", value: .string(salt)),
      JSONMember(key: "secretHash", value: .string(secretHash)),
      JSONMember(key: "tokenHash", value: .string(tokenHash)),
    ]
    let optional: [(String, String?)] = [
      ("mfaTime", mfaTime), ("roleId", roleId), ("roleName", roleName), ("sessionName", sessionName),
      ("sourceIdentity", sourceIdentity), ("userId", userId), ("userName", userName),
    ]
    for (key, value) in optional {
      if let value { members.append(JSONMember(key: key, value: .string(value))) }
    }
    return .object(members)
  }
}
