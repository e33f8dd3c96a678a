import IAMEncoding

/// The account itself: its id, the schema version of the store, entity counts for the quotas and
/// the account summary (so that no command has to count files), the root user's credentials, the
/// account alias and the password policy.
public struct AccountRecord: Sendable, Equatable {
  /// The store layout this build writes. Bump it, and add a step to `SchemaMigration`, whenever
  /// the meaning of a file changes.
  public static let currentSchemaVersion = 7

  public var schemaVersion: Int
  public var accountId: String
  public var createDate: String
  public var counts: [String: Int]
  /// How many ids the deterministic generator has handed out (D8); unused otherwise.
  public var idSequence: Int
  public var rootAccessKeys: [String]
  public var rootSigningCertificates: [String]
  /// The account's alias, which names its sign-in page; an account has at most one.
  public var alias: String?
  /// Nil when the account has none, and IAM's default rules apply.
  public var passwordPolicy: PasswordPolicyRecord?

  public init(accountId: String, createDate: String) {
    self.schemaVersion = AccountRecord.currentSchemaVersion
    self.accountId = accountId
    self.createDate = createDate
    self.counts = [:]
    self.idSequence = 0
    self.rootAccessKeys = []
    self.rootSigningCertificates = []
    self.alias = nil
    self.passwordPolicy = nil
  }

  public func count(of kind: String) -> Int { counts[kind, default: 0] }

  public mutating func adjustCount(of kind: String, by delta: Int) {
    counts[kind] = max(0, count(of: kind) + delta)
  }

  /// Bounds on the numbers, far beyond any real account, so that no arithmetic on a hand-edited
  /// value can overflow.
  static let countRange = 0...1_000_000_000
  static let sequenceRange = 0...(1 << 53)

  init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    schemaVersion = try fields.int("schemaVersion", in: 1...Int(Int32.max))
    accountId = try fields.string("accountId")
    createDate = try fields.string("createDate")
    idSequence = try fields.optionalInt("idSequence", in: AccountRecord.sequenceRange) ?? 0
    rootAccessKeys = try fields.names("rootAccessKeys")
    rootSigningCertificates = try fields.names("rootSigningCertificates")
    alias = try fields.optionalString("alias")
    passwordPolicy = try fields.object("passwordPolicy").map { (policy) throws(StoreError) in
      try PasswordPolicyRecord(policy)
    }
    var counts: [String: Int] = [:]
    if let object = try fields.object("counts"), let members = object.json.objectMembers {
      for member in members {
        guard let value = member.value.intValue, AccountRecord.countRange.contains(value) else {
          throw fields.damaged(
            "field \"counts\".\"\(member.key)\" must be an integer from 0 to \(AccountRecord.countRange.upperBound)")
        }
        counts[member.key] = value
      }
    }
    self.counts = counts
    guard accountId.utf8.count == 12, accountId.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      throw fields.damaged("\"accountId\" must be 12 digits")
    }
  }

  var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "accountId", value: .string(accountId)),
      JSONMember(key: "counts", value: .object(counts.map { JSONMember(key: $0.key, value: .int($0.value)) })),
      JSONMember(key: "createDate", value: .string(createDate)),
      JSONMember(key: "idSequence", value: .int(idSequence)),
      JSONMember(key: "rootAccessKeys", value: .strings(rootAccessKeys)),
      JSONMember(key: "rootSigningCertificates", value: .strings(rootSigningCertificates)),
      JSONMember(key: "schemaVersion", value: .int(schemaVersion)),
    ]
    if let alias { members.append(JSONMember(key: "alias", value: .string(alias))) }
    if let passwordPolicy { members.append(JSONMember(key: "passwordPolicy", value: passwordPolicy.json)) }
    return .object(members)
  }
}
