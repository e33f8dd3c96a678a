import IAMEncoding

/// An access key, filed under its id so that a request's key can be found in one read. The
/// secret is kept only as a salted SHA-256 hash (D6).
public struct AccessKeyRecord: StoredRecord, Equatable {
  public static let directory = "access-keys"

  public var id: String
  /// The owning user; nil for a key of the account's root user.
  public var userName: String?
  public var status: String
  public var createDate: String
  public var secretHash: String
  public var salt: String

  public var name: String { id }

  public init(
    id: String, userName: String?, status: String, createDate: String, secretHash: String, salt: String
  ) {
    self.id = id
    self.userName = userName
    self.status = status
    self.createDate = createDate
    self.secretHash = secretHash
    self.salt = salt
  }

  /// Key ids are case-sensitive and made of `[A-Za-z0-9_]` only, so they name their files as is.
  public static func fileStem(for name: String) -> String { name }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    id = try fields.name("id")
    userName = try fields.optionalName("userName")
    status = try fields.string("status")
    createDate = try fields.string("createDate")
    secretHash = try fields.string("secretHash")
    salt = try fields.string("salt")
  }

  public var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "createDate", value: .string(createDate)),
      JSONMember(key: "id", value: .string(id)),
      JSONMember(key: "salt", value: .string(salt)),
      JSONMember(key: "secretHash", value: .string(secretHash)),
      JSONMember(key: "status", value: .string(status)),
    ]
    if let userName { members.append(JSONMember(key: "userName", value: .string(userName))) }
    return .object(members)
  }
}
