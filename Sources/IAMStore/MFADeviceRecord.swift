import IAMEncoding

/// A virtual MFA device. Its seed is the one secret the store keeps (D11): the service needs it to
/// check codes, as AWS does, so it lives here, in this 0600 file of the device's own, and nowhere
/// else; no command prints it after the device is created.
public struct MFADeviceRecord: StoredRecord, Equatable {
  public static let directory = "mfa-devices"

  public var name: String
  public var path: String
  public var createDate: String
  /// The base32 text of the device's secret.
  public var seed: String
  /// The user the device is enabled for, and since when; both nil while unassigned.
  public var userName: String?
  public var enableDate: String?
  /// How many 30-second steps the device's clock runs ahead of the service's (behind when
  /// negative), as the last enable or resync found it.
  public var drift: Int
  /// The last step whose code was accepted: a code is good once, and never one older.
  public var lastUsedStep: Int?

  public init(name: String, path: String, createDate: String, seed: String) {
    self.name = name
    self.path = path
    self.createDate = createDate
    self.seed = seed
    self.drift = 0
  }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    name = try fields.name("name")
    path = try fields.string("path")
    createDate = try fields.string("createDate")
    seed = try fields.string("seed")
    userName = try fields.optionalName("userName")
    enableDate = try fields.optionalString("enableDate")
    drift = try fields.optionalInt("drift", in: -1_000_000...1_000_000) ?? 0
    lastUsedStep = try fields.optionalInt("lastUsedStep", in: Int(Int32.min)...Int(Int32.max))
  }

  public var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "createDate", value: .string(createDate)),
      JSONMember(key: "drift", value: .int(drift)),
      JSONMember(key: "name", value: .string(name)),
      JSONMember(key: "path", value: .string(path)),
      JSONMember(key: "seed", value: .string(seed)),
    ]
    if let userName { members.append(JSONMember(key: "userName", value: .string(userName))) }
    if let enableDate { members.append(JSONMember(key: "enableDate", value: .string(enableDate))) }
    if let lastUsedStep { members.append(JSONMember(key: "lastUsedStep", value: .int(lastUsedStep))) }
    return .object(members)
  }
}
