/// Result shapes of the operations, named and shaped after the IAM API's own.

public struct User: Sendable, Equatable {
  public var userName: String
  public var path: String
  public var userId: String
  public var arn: String
  public var createDate: String
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
