import IAMEncoding

/// An IAM user with everything that belongs to it alone. Group memberships are kept here (a
/// user joins at most 10 groups) and mirrored by marker files under `group-members/`.
public struct UserRecord: StoredRecord, Equatable {
  public static let directory = "users"

  public var name: String
  public var path: String
  public var id: String
  public var createDate: String
  /// Exact names of the groups the user belongs to, in the order joined.
  public var groups: [String]
  /// Ids of the user's access keys, whose details live in `access-keys/`.
  public var accessKeys: [String]
  /// Ids of the user's signing certificates, whose details live in `signing-certificates/`.
  public var signingCertificates: [String]
  /// Names of the MFA devices enabled for the user, whose details live in `mfa-devices/`.
  public var mfaDevices: [String]
  /// Inline policies: name to document text, exactly as uploaded.
  public var policies: [String: String]
  /// ARNs of the managed policies attached to the user, in the order attached.
  public var attachedPolicies: [String]
  /// The console password, if the user has one.
  public var loginProfile: LoginProfileRecord?
  /// When the user last signed in with a password; kept when the password is deleted, as IAM does.
  public var passwordLastUsed: String?

  public init(name: String, path: String, id: String, createDate: String) {
    self.name = name
    self.path = path
    self.id = id
    self.createDate = createDate
    self.groups = []
    self.accessKeys = []
    self.signingCertificates = []
    self.mfaDevices = []
    self.policies = [:]
    self.attachedPolicies = []
    self.loginProfile = nil
    self.passwordLastUsed = nil
  }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    name = try fields.name("name")
    path = try fields.string("path")
    id = try fields.string("id")
    createDate = try fields.string("createDate")
    groups = try fields.names("groups")
    accessKeys = try fields.names("accessKeys")
    signingCertificates = try fields.names("signingCertificates")
    mfaDevices = try fields.names("mfaDevices")
    policies = try fields.stringMap("policies")
    attachedPolicies = try fields.policyArns("attachedPolicies")
    loginProfile = try fields.object("loginProfile").map { (profile) throws(StoreError) in
      try LoginProfileRecord(profile)
    }
    passwordLastUsed = try fields.optionalString("passwordLastUsed")
  }

  public var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "accessKeys", value: .strings(accessKeys)),
      JSONMember(key: "attachedPolicies", value: .strings(attachedPolicies)),
      JSONMember(key: "createDate", value: .string(createDate)),
      JSONMember(key: "groups", value: .strings(groups)),
      JSONMember(key: "id", value: .string(id)),
      JSONMember(key: "mfaDevices", value: .strings(mfaDevices)),
      JSONMember(key: "name", value: .string(name)),
      JSONMember(key: "path", value: .string(path)),
      JSONMember(key: "policies", value: .stringMap(policies)),
      JSONMember(key: "signingCertificates", value: .strings(signingCertificates)),
    ]
    if let loginProfile { members.append(JSONMember(key: "loginProfile", value: loginProfile.json)) }
    if let passwordLastUsed { members.append(JSONMember(key: "passwordLastUsed", value: .string(passwordLastUsed))) }
    return .object(members)
  }
}
