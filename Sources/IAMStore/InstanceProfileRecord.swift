import IAMEncoding

/// An instance profile and the (at most one) role it holds.
public struct InstanceProfileRecord: StoredRecord, Equatable {
  public static let directory = "instance-profiles"

  public var name: String
  public var path: String
  public var id: String
  public var createDate: String
  public var roles: [String]

  public init(name: String, path: String, id: String, createDate: String) {
    self.name = name
    self.path = path
    self.id = id
    self.createDate = createDate
    self.roles = []
  }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    name = try fields.name("name")
    path = try fields.string("path")
    id = try fields.string("id")
    createDate = try fields.string("createDate")
    roles = try fields.names("roles")
  }

  public var json: JSONValue {
    .object([
      "createDate": .string(createDate),
      "id": .string(id),
      "name": .string(name),
      "path": .string(path),
      "roles": .strings(roles),
    ])
  }
}
