import IAMEncoding

/// An IAM group. Its members are the marker files in `group-members/<group id>/`, so adding a
/// member never rewrites a file whose size grows with the group.
public struct GroupRecord: StoredRecord, Equatable {
  public static let directory = "groups"

  public var name: String
  public var path: String
  public var id: String
  public var createDate: String
  public var policies: [String: String]
  /// ARNs of the managed policies attached to the group, in the order attached.
  public var attachedPolicies: [String]

  public init(name: String, path: String, id: String, createDate: String) {
    self.name = name
    self.path = path
    self.id = id
    self.createDate = createDate
    self.policies = [:]
    self.attachedPolicies = []
  }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    name = try fields.name("name")
    path = try fields.string("path")
    id = try fields.name("id")
    createDate = try fields.string("createDate")
    policies = try fields.stringMap("policies")
    attachedPolicies = try fields.policyArns("attachedPolicies")
  }

  public var json: JSONValue {
    .object([
      "attachedPolicies": .strings(attachedPolicies),
      "createDate": .string(createDate),
      "id": .string(id),
      "name": .string(name),
      "path": .string(path),
      "policies": .stringMap(policies),
    ])
  }
}
