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

  public init(name: String, path: String, id: String, createDate: String, assumeRolePolicy: String) {
    self.name = name
    self.path = path
    self.id = id
    self.createDate = createDate
    self.assumeRolePolicy = assumeRolePolicy
    self.policies = [:]
    self.attachedPolicies = []
    self.instanceProfiles = []
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
  }

  public var json: JSONValue {
    .object([
      "assumeRolePolicy": .string(assumeRolePolicy),
      "attachedPolicies": .strings(attachedPolicies),
      "createDate": .string(createDate),
      "id": .string(id),
      "instanceProfiles": .strings(instanceProfiles),
      "name": .string(name),
      "path": .string(path),
      "policies": .stringMap(policies),
    ])
  }
}
