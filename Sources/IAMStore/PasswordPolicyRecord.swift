import IAMEncoding

/// The account's password policy, as UpdateAccountPasswordPolicy last set it: every field, since
/// an update replaces the whole policy and what it leaves out takes its default.
public struct PasswordPolicyRecord: Sendable, Equatable {
  public var minimumPasswordLength: Int
  public var requireSymbols: Bool
  public var requireNumbers: Bool
  public var requireUppercaseCharacters: Bool
  public var requireLowercaseCharacters: Bool
  public var allowUsersToChangePassword: Bool
  /// Days a password stays valid; nil when passwords never expire.
  public var maxPasswordAge: Int?
  /// How many of a user's latest passwords cannot be used again; nil when reuse is allowed.
  public var passwordReusePrevention: Int?
  /// Whether a user whose password expired needs an administrator to set a new one.
  public var hardExpiry: Bool

  public init(
    minimumPasswordLength: Int, requireSymbols: Bool, requireNumbers: Bool, requireUppercaseCharacters: Bool,
    requireLowercaseCharacters: Bool, allowUsersToChangePassword: Bool, maxPasswordAge: Int?,
    passwordReusePrevention: Int?, hardExpiry: Bool
  ) {
    self.minimumPasswordLength = minimumPasswordLength
    self.requireSymbols = requireSymbols
    self.requireNumbers = requireNumbers
    self.requireUppercaseCharacters = requireUppercaseCharacters
    self.requireLowercaseCharacters = requireLowercaseCharacters
    self.allowUsersToChangePassword = allowUsersToChangePassword
    self.maxPasswordAge = maxPasswordAge
    self.passwordReusePrevention = passwordReusePrevention
    self.hardExpiry = hardExpiry
  }

  /// The ranges IAM accepts; a stored value outside them was edited by hand.
  public static let lengthRange = 6...128
  public static let maxAgeRange = 1...1095
  public static let reuseRange = 1...24

  init(_ fields: FieldReader) throws(StoreError) {
    minimumPasswordLength = try fields.int("minimumPasswordLength", in: PasswordPolicyRecord.lengthRange)
    requireSymbols = try fields.bool("requireSymbols")
    requireNumbers = try fields.bool("requireNumbers")
    requireUppercaseCharacters = try fields.bool("requireUppercaseCharacters")
    requireLowercaseCharacters = try fields.bool("requireLowercaseCharacters")
    allowUsersToChangePassword = try fields.bool("allowUsersToChangePassword")
    maxPasswordAge = try fields.optionalInt("maxPasswordAge", in: PasswordPolicyRecord.maxAgeRange)
    passwordReusePrevention = try fields.optionalInt("passwordReusePrevention", in: PasswordPolicyRecord.reuseRange)
    hardExpiry = try fields.bool("hardExpiry")
  }

  var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "allowUsersToChangePassword", value: .bool(allowUsersToChangePassword)),
      JSONMember(key: "hardExpiry", value: .bool(hardExpiry)),
      JSONMember(key: "minimumPasswordLength", value: .int(minimumPasswordLength)),
      JSONMember(key: "requireLowercaseCharacters", value: .bool(requireLowercaseCharacters)),
      JSONMember(key: "requireNumbers", value: .bool(requireNumbers)),
      JSONMember(key: "requireSymbols", value: .bool(requireSymbols)),
      JSONMember(key: "requireUppercaseCharacters", value: .bool(requireUppercaseCharacters)),
    ]
    if let maxPasswordAge { members.append(JSONMember(key: "maxPasswordAge", value: .int(maxPasswordAge))) }
    if let passwordReusePrevention {
      members.append(JSONMember(key: "passwordReusePrevention", value: .int(passwordReusePrevention)))
    }
    return .object(members)
  }
}
