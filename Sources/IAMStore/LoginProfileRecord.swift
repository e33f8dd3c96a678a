import IAMEncoding

/// A user's console password (IAM's login profile), kept in the user's record. The password
/// itself is never stored: only PBKDF2-HMAC-SHA256 hashes of it (D11).
public struct LoginProfileRecord: Sendable, Equatable {
  public var createDate: String
  /// When the current password was set, from which its age is counted.
  public var passwordSetDate: String
  public var passwordResetRequired: Bool
  public var password: PasswordHashRecord
  /// Hashes of the passwords used before the current one, latest first, as many as the password
  /// policy's reuse prevention needs to compare against.
  public var previousPasswords: [PasswordHashRecord]

  public init(
    createDate: String, passwordSetDate: String, passwordResetRequired: Bool, password: PasswordHashRecord,
    previousPasswords: [PasswordHashRecord] = []
  ) {
    self.createDate = createDate
    self.passwordSetDate = passwordSetDate
    self.passwordResetRequired = passwordResetRequired
    self.password = password
    self.previousPasswords = previousPasswords
  }

  init(_ fields: FieldReader) throws(StoreError) {
    createDate = try fields.string("createDate")
    passwordSetDate = try fields.string("passwordSetDate")
    passwordResetRequired = try fields.bool("passwordResetRequired")
    password = try PasswordHashRecord(fields.string("password"), fields, "password")
    var previous: [PasswordHashRecord] = []
    for text in try fields.strings("previousPasswords") {
      previous.append(try PasswordHashRecord(text, fields, "previousPasswords"))
    }
    guard previous.count <= PasswordPolicyRecord.reuseRange.upperBound else {
      throw fields.damaged("field \"previousPasswords\" holds more hashes than any password policy needs")
    }
    previousPasswords = previous
  }

  var json: JSONValue {
    .object([
      "createDate": .string(createDate),
      "password": .string(password.text),
      "passwordResetRequired": .bool(passwordResetRequired),
      "passwordSetDate": .string(passwordSetDate),
      "previousPasswords": .strings(previousPasswords.map(\.text)),
    ])
  }
}

/// A password hash in one self-describing string, `pbkdf2-sha256$ITERATIONS$SALT$HASH` (salt and
/// hash in hex), so that a hash made with another iteration count stays checkable.
public struct PasswordHashRecord: Sendable, Equatable {
  public static let scheme = "pbkdf2-sha256"
  /// The iteration counts a stored hash may have; outside them it was edited by hand, and a huge
  /// count would make a check take hours.
  public static let iterationRange = 1...100_000_000
  public static let hashByteCount = 32

  public var iterations: Int
  public var salt: [UInt8]
  public var hash: [UInt8]

  public init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
    self.iterations = iterations
    self.salt = salt
    self.hash = hash
  }

  public var text: String {
    "\(PasswordHashRecord.scheme)$\(iterations)$\(Hex.encode(salt))$\(Hex.encode(hash))"
  }

  init(_ text: String, _ fields: FieldReader, _ key: String) throws(StoreError) {
    let parts = text.split(separator: "$", omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == PasswordHashRecord.scheme,
      let iterations = Int(parts[1]), PasswordHashRecord.iterationRange.contains(iterations),
      let salt = Hex.decode(String(parts[2])), (8...64).contains(salt.count),
      let hash = Hex.decode(String(parts[3])), hash.count == PasswordHashRecord.hashByteCount
    else {
      throw fields.damaged(
        "field \"\(key)\" must hold \(PasswordHashRecord.scheme)$ITERATIONS$SALT$HASH with a hex salt and a 32-byte hex hash")
    }
    self.init(iterations: iterations, salt: salt, hash: hash)
  }
}
