import IAMEncoding
import IAMStore

/// Makes account ids, unique ids, access keys, secrets and salts.
///
/// With a seed (D8, `AWS_SIM_SEED`) every value is derived from the seed and a counter kept in
/// the account record, so a replayed session prints the same ids in every run and every process;
/// without one, values come from the system's secure random source.
struct IDGenerator {
  let seed: String?

  /// `count` (at most 32) unpredictable bytes, or reproducible ones in the deterministic mode.
  func bytes(_ count: Int, account: inout AccountRecord) -> [UInt8] {
    guard let seed else { return SystemEntropy.bytes(count) }
    account.idSequence += 1
    return Array(SHA256.hash(Array("\(seed)/\(account.idSequence)".utf8)).prefix(count))
  }

  /// A 21-character unique id such as `AIDA` followed by 17 base32 characters.
  func uniqueId(prefix: String, account: inout AccountRecord) -> String {
    prefix + String(Base32.encode(bytes(11, account: &account)).prefix(17))
  }

  /// `AKIA` and 16 base32 characters.
  func accessKeyId(account: inout AccountRecord) -> String {
    "AKIA" + Base32.encode(bytes(10, account: &account))
  }

  /// `ASIA` and 16 base32 characters: the key id of temporary credentials.
  func sessionKeyId(account: inout AccountRecord) -> String {
    "ASIA" + Base32.encode(bytes(10, account: &account))
  }

  /// An opaque session token: 84 characters of `[A-Za-z0-9+/]`.
  func sessionToken(account: inout AccountRecord) -> String {
    Base64.encode((0..<3).flatMap { _ in bytes(21, account: &account) })
  }

  /// An EC2 instance id: `i-` and 17 hexadecimal digits.
  func instanceId(account: inout AccountRecord) -> String {
    "i-" + String(Hex.encode(bytes(9, account: &account)).prefix(17))
  }

  /// 40 characters of `[A-Za-z0-9+/]`.
  func secretAccessKey(account: inout AccountRecord) -> String {
    Base64.encode(bytes(30, account: &account))
  }

  func salt(account: inout AccountRecord) -> String {
    Hex.encode(bytes(16, account: &account))
  }

  /// Twelve decimal digits for a new account.
  func accountId() -> String {
    let source = seed.map { SHA256.hash(Array("\($0)/account".utf8)) } ?? SystemEntropy.bytes(12)
    return String(source.prefix(12).map { Character(String($0 % 10)) })
  }
}

/// Salted SHA-256 of a secret, as the store keeps it.
enum SecretHash {
  static func hash(secret: String, salt: String) -> String {
    Hex.encode(SHA256.hash(Array((salt + ":" + secret).utf8)))
  }

  /// Compares in time independent of where the strings differ.
  static func matches(secret: String, salt: String, expected: String) -> Bool {
    ConstantTime.equal(Array(hash(secret: secret, salt: salt).utf8), Array(expected.utf8))
  }
}
