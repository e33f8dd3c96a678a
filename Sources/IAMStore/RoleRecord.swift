import IAMEncoding

/// An IAM role: its trust policy, its inline policies and the instance profiles that hold it.
public struct RoleRecord: StoredRecord, Equatable {
  public static let directory = "roles"

  public var name: String
  public var path: String
  public var id: String
  public var createDate: String
  public var assumeRolePolicy: String
  public var policies: [String: String]
  /// ARNs of the managed policies attached to the role, in the order attached.
  public var attachedPolicies: [String]
  /// Exact names of the instance profiles that contain this role.
  public var instanceProfiles: [String]
  /// The longest session, in seconds, that AssumeRole may give out for the role.
  public var maxSessionDuration: Int
  /// The unique id of each user or role the trust policy named by ARN when it was set: IAM
  /// binds a principal to the entity, so one deleted and created again under the same name is
  /// not trusted (iam-semantics §1.4).
  public var principalIds: [String: String]

  public static let defaultMaxSessionDuration = 3600
  public static let maxSessionDurationRange = 3600...43200

  public init(name: String, path: String, id: String, createDate: String, assumeRolePolicy: String) {
    self.name = name
    self.path = path
    self.id = id
    self.createDate = createDate
    self.assumeRolePolicy = assumeRolePolicy
    self.policies = [:]
    self.attachedPolicies = []
    self.instanceProfiles = []
    self.maxSessionDuration = RoleRecord.defaultMaxSessionDuration
    self.principalIds = [:]
  }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    name = try fields.name("name")
    path = try fields.string("path")
    id = try fields.string("id")
    createDate = try fields.string("createDate")
    assumeRolePolicy = try fields.string("assumeRolePolicy")
    policies = try fields.stringMap("policies")
    attachedPolicies = try fields.policyArns("attachedPolicies")
    instanceProfiles = try fields.names("instanceProfiles")
    maxSessionDuration =
      try fields.optionalInt("maxSessionDuration", in: RoleRecord.maxSessionDurationRange)
      ?? RoleRecord.defaultMaxSessionDuration
    principalIds = try fields.stringMap("principalIds")
  }

  public var json: JSONValue {
    .object([
      "assumeRolePolicy": .string(assumeRolePolicy),
      "attachedPolicies": .strings(attachedPolicies),
      "createDate": .string(createDate),
      "id": .string(id),
      "instanceProfiles": .strings(instanceProfiles),
      "maxSessionDuration": .int(maxSessionDuration),
      "name": .string(name),
      "path": .string(path),
      "policies": .stringMap(policies),
      "principalIds": .stringMap(principalIds),
    ])
  }
}
