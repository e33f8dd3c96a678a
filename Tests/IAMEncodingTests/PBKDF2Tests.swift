import IAMEncoding
import Testing

/// The published PBKDF2-HMAC-SHA256 vectors (the RFC 6070 inputs with SHA-256, and RFC 7914
/// section 11), RFC 6070 itself for SHA-1, and openssl on random inputs.
@Suite struct PBKDF2Tests {
  @Test(arguments: [
    ("password", "salt", 1, 32, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
    ("password", "salt", 2, 32, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
    ("password", "salt", 4096, 32, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"),
    (
      "passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 40,
      "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"
    ),
    ("pass\0word", "sa\0lt", 4096, 16, "89b69d0516f829893c696226650a8687"),
    (
      "passwd", "salt", 1, 64,
      "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"
    ),
  ])
  func sha256Vectors(password: String, salt: String, iterations: Int, length: Int, expected: String) {
    let key = PBKDF2<SHA256>.derive(
      password: Array(password.utf8), salt: Array(salt.utf8), iterations: iterations, keyByteCount: length)
    #expect(Hex.encode(key) == expected)
  }

  @Test(arguments: [
    ("password", "salt", 1, 20, "0c60c80f961f0e71f3a9b524af6012062fe037a6"),
    ("password", "salt", 2, 20, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957"),
    ("password", "salt", 4096, 20, "4b007901b765489abead49d926f721d065a429c1"),
    (
      "passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25,
      "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038"
    ),
    ("pass\0word", "sa\0lt", 4096, 16, "56fa6aa75548099dcc37d7f03425e0c3"),
  ])
  func rfc6070(password: String, salt: String, iterations: Int, length: Int, expected: String) {
    let key = PBKDF2<SHA1>.derive(
      password: Array(password.utf8), salt: Array(salt.utf8), iterations: iterations, keyByteCount: length)
    #expect(Hex.encode(key) == expected)
  }

  /// Random passwords and salts, and a key longer than one digest, derived by openssl in one run.
  @Test(.enabled(if: OpenSSL.isAvailable, "needs openssl")) func agreesWithOpenSSL() async throws {
    let cases = [(1, 16, 3, 32), (12, 16, 1000, 32), (64, 8, 10, 32), (100, 64, 7, 70)].map {
      (randomBytes($0.0), randomBytes($0.1), $0.2, $0.3)
    }
    var script = ""
    for (index, (password, salt, iterations, length)) in cases.enumerated() {
      script +=
        "openssl kdf -keylen \(length) -kdfopt digest:SHA256 -kdfopt hexpass:\(Hex.encode(password)) -kdfopt hexsalt:\(Hex.encode(salt)) -kdfopt iter:\(iterations) PBKDF2 > k\(index)\n"
    }
    let files = try await OpenSSL.run(script: script).get()
    for (index, (password, salt, iterations, length)) in cases.enumerated() {
      let expected = String(decoding: files["k\(index)"] ?? [], as: UTF8.self).filter { $0.isHexDigit }.lowercased()
      let key = PBKDF2<SHA256>.derive(password: password, salt: salt, iterations: iterations, keyByteCount: length)
      #expect(Hex.encode(key) == expected, "case \(index)")
    }
  }
}
