import IAMEncoding
import IAMStore

/// How console passwords are kept (D11): PBKDF2-HMAC-SHA256 with a salt of the user's own, made
/// deliberately slow so that a copy of the store does not give the passwords away cheaply.
///
/// All of a user's password hashes share the salt drawn when the login profile was created. That
/// lets reuse prevention compare a new password with every remembered one at the cost of one
/// derivation, instead of one per remembered password; a salt per user is what protects against
/// precomputed tables, and whether a user reused a password is exactly what the check needs.
public enum PasswordHashing {
  /// 50,000 iterations: one derivation took 28 to 41 ms in a release build on the 2-core AMD EPYC
  /// development machines (0.55 to 0.82 µs per iteration, best of five runs of PBKDF2 alone, at
  /// different loads of a machine shared with other builds; openssl, which uses the CPU's SHA
  /// instructions, takes 0.4 µs). useraddloginprofile as a whole took 33 to 51 ms (hyperfine, 40
  /// runs). A sign-in checks one password, a password change two (the old one and the new one).
  public static let defaultIterations = 50_000
  static let saltByteCount = 16

  static func hash(_ password: String, salt: [UInt8], iterations: Int) -> PasswordHashRecord {
    let key = PBKDF2<SHA256>.derive(
      password: Array(password.utf8), salt: salt, iterations: iterations,
      keyByteCount: PasswordHashRecord.hashByteCount)
    return PasswordHashRecord(iterations: iterations, salt: salt, hash: key)
  }

  /// Whether `password` is the one `stored` was made from, compared in time independent of where
  /// the hashes differ.
  static func matches(_ password: String, _ stored: PasswordHashRecord) -> Bool {
    ConstantTime.equal(hash(password, salt: stored.salt, iterations: stored.iterations).hash, stored.hash)
  }

  /// Whether `candidate`, already hashed as `candidateHash`, is one of the `remembered` passwords.
  /// Hashes with the candidate's salt and count are compared directly; any other (an older count)
  /// costs a derivation of its own, once per distinct salt and count.
  static func isAmong(
    _ candidate: String, hashed candidateHash: PasswordHashRecord, _ remembered: [PasswordHashRecord]
  ) -> Bool {
    var derived: [String: [UInt8]] = [:]
    var found = false
    for old in remembered {
      let key: [UInt8]
      if old.salt == candidateHash.salt && old.iterations == candidateHash.iterations {
        key = candidateHash.hash
      } else {
        let parameters = "\(old.iterations)$" + Hex.encode(old.salt)
        key = derived[parameters] ?? hash(candidate, salt: old.salt, iterations: old.iterations).hash
        derived[parameters] = key
      }
      found = ConstantTime.equal(key, old.hash) || found
    }
    return found
  }
}
