import IAMStore

/// Result shapes of the operations, named and shaped after the IAM API's own.

public struct User: Sendable, Equatable {
  public var userName: String
  public var path: String
  public var userId: String
  public var arn: String
  public var createDate: String
  /// When the user last signed in to the console with its password; nil if never.
  public var passwordLastUsed: String? = nil
}

public struct Group: Sendable, Equatable {
  public var groupName: String
  public var path: String
  public var groupId: String
  public var arn: String
  public var createDate: String
}

public struct Role: Sendable, Equatable {
  public var roleName: String
  public var path: String
  public var roleId: String
  public var arn: String
  public var createDate: String
  public var assumeRolePolicyDocument: String
  /// The longest session AssumeRole gives out for the role, in seconds.
  public var maxSessionDuration: Int
}

public struct InstanceProfile: Sendable, Equatable {
  public var instanceProfileName: String
  public var path: String
  public var instanceProfileId: String
  public var arn: String
  public var createDate: String
  public var roles: [Role]
}

/// A new access key; the only time its secret is ever returned.
public struct AccessKey: Sendable, Equatable {
  public var userName: String?
  public var accessKeyId: String
  public var status: String
  public var secretAccessKey: String
  public var createDate: String
}

public struct AccessKeyMetadata: Sendable, Equatable {
  public var userName: String?
  public var accessKeyId: String
  public var status: String
  public var createDate: String
}

/// A signing certificate, with its body as uploaded.
public struct SigningCertificate: Sendable, Equatable {
  public var userName: String?
  public var certificateId: String
  public var certificateBody: String
  public var status: String
  public var uploadDate: String
}

public struct ServerCertificateMetadata: Sendable, Equatable {
  public var path: String
  public var serverCertificateName: String
  public var serverCertificateId: String
  public var arn: String
  public var uploadDate: String
  /// The certificate's notAfter.
  public var expiration: String
}

/// A server certificate as GetServerCertificate returns it: never its private key.
public struct ServerCertificate: Sendable, Equatable {
  public var metadata: ServerCertificateMetadata
  public var certificateBody: String
  public var certificateChain: String?
}

/// A new virtual MFA device: the only time its seed is ever returned.
public struct VirtualMFADevice: Sendable, Equatable {
  public var serialNumber: String
  /// The device's secret, base32 as authenticator apps take it.
  public var base32StringSeed: String
}

/// A virtual MFA device as listings describe it; the user and date only while it is assigned.
public struct VirtualMFADeviceInfo: Sendable, Equatable {
  public var serialNumber: String
  public var user: User?
  public var enableDate: String?
}

/// An MFA device enabled for a user.
public struct MFADevice: Sendable, Equatable {
  public var userName: String
  public var serialNumber: String
  public var enableDate: String
}

/// An inline policy with its document exactly as it was uploaded.
public struct InlinePolicy: Sendable, Equatable {
  public var policyName: String
  public var policyDocument: String
}

/// One page of a listing. When `isTruncated` is true, `marker` fetches the next page.
public struct Page<Item: Sendable>: Sendable {
  public var items: [Item]
  public var isTruncated: Bool
  public var marker: String?
}

extension Page: Equatable where Item: Equatable {}

/// One line of the account summary: a count or quota under IAM's name for it.
public struct SummaryEntry: Sendable, Equatable {
  public var key: String
  public var value: Int
}

/// The account password policy as GetAccountPasswordPolicy returns it: what the store keeps,
/// and whether passwords expire, which IAM derives from the maximum age.
public typealias PasswordPolicy = PasswordPolicyRecord

extension PasswordPolicyRecord {
  public var expirePasswords: Bool { maxPasswordAge != nil }
}

/// The parameters of UpdateAccountPasswordPolicy; nil is a parameter not sent.
public struct PasswordPolicyUpdate: Sendable, Equatable {
  static let defaultMinimumLength = 6

  public var minimumPasswordLength: Int?
  public var requireSymbols: Bool?
  public var requireNumbers: Bool?
  public var requireUppercaseCharacters: Bool?
  public var requireLowercaseCharacters: Bool?
  public var allowUsersToChangePassword: Bool?
  public var maxPasswordAge: Int?
  public var passwordReusePrevention: Int?
  public var hardExpiry: Bool?

  public init(
    minimumPasswordLength: Int? = nil, requireSymbols: Bool? = nil, requireNumbers: Bool? = nil,
    requireUppercaseCharacters: Bool? = nil, requireLowercaseCharacters: Bool? = nil,
    allowUsersToChangePassword: Bool? = nil, maxPasswordAge: Int? = nil, passwordReusePrevention: Int? = nil,
    hardExpiry: Bool? = nil
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
}

/// A user's login profile; the password is never part of it.
public struct LoginProfile: Sendable, Equatable {
  public var userName: String
  public var createDate: String
  public var passwordResetRequired: Bool
}

/// A managed policy as GetPolicy and ListPolicies describe it.
public struct ManagedPolicy: Sendable, Equatable {
  public var policyName: String
  public var policyId: String
  public var arn: String
  public var path: String
  public var defaultVersionId: String
  /// How many users, groups and roles the policy is attached to.
  public var attachmentCount: Int
  public var description: String?
  public var createDate: String
  public var updateDate: String
  /// Whether AWS owns the policy, rather than the account (a customer managed policy).
  public var isAWSManaged: Bool
}

/// One version of a managed policy; the document only where the operation returns it.
public struct PolicyVersion: Sendable, Equatable {
  public var versionId: String
  public var document: String?
  public var isDefaultVersion: Bool
  public var createDate: String
}

/// A managed policy attached to a user, group or role.
public struct AttachedPolicy: Sendable, Equatable {
  public var policyName: String
  public var policyArn: String
}

/// A user, group or role a managed policy is attached to.
public struct PolicyEntity: Sendable, Equatable {
  public var kind: EntityKind
  public var name: String
  public var id: String
  public var arn: String
}

/// Which policies ListPolicies considers: AWS's, the account's own, or both.
public enum PolicyScope: String, Sendable, CaseIterable {
  case all = "All"
  case aws = "AWS"
  case local = "Local"
}
