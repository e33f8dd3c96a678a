import IAMEncoding
import Testing

/// Private keys written by openssl in each format it has, read back and compared with the public
/// half openssl derives from them.
@Suite(.enabled(if: OpenSSL.isAvailable, "needs openssl")) struct OpenSSLPrivateKeyTests {
  @Test(arguments: ["rsa1024", "rsa2048"]) func readsRSAKeysInEveryFormat(name: String) async throws {
    try expectRSAKeys(named: name, in: await Fixtures.standard())
  }

  @Test func readsA4096BitRSAKey() async throws {
    try expectRSAKeys(named: "rsa4096", in: await Fixtures.largeRSA())
  }

  private func expectRSAKeys(named name: String, in files: FixtureFiles) throws {
    let modulusText = try files.fields(name + ".modulus")["Modulus"]
    let modulus = try #require(modulusText.flatMap(Hex.decode))
    let expected = PublicKey.rsa(modulus: modulus, exponent: [0x01, 0x00, 0x01])
    for format in ["pkcs1", "pkcs8", "traditional"] {
      let key = try PrivateKey.parse(pem: files.text("\(name).\(format).pem"))
      #expect(key == PrivateKey(algorithm: .rsa, publicKey: expected), "\(name).\(format)")
    }
    #expect(try PEM.blocks(in: files.text("\(name).pkcs1.pem")).first?.label == "RSA PRIVATE KEY")
    #expect(try PEM.blocks(in: files.text("\(name).pkcs8.pem")).first?.label == "PRIVATE KEY")
    OpenSSLCertificateTests.expectKey(expected, isTheOneIn: try files.bytes("\(name).pkcs1.pem.spki"))
  }

  @Test func readsTheExponentItWasGiven() async throws {
    let key = try PrivateKey.parse(pem: await Fixtures.standard().text("rsa-e3.pkcs8.pem"))
    guard case .rsa(let modulus, let exponent) = key.publicKey else {
      Issue.record("not an RSA key: \(key)")
      return
    }
    #expect(exponent == [3] && modulus.count == 128)
  }

  @Test(arguments: ["p256", "p384", "p521"]) func readsECKeysInEveryFormat(name: String) async throws {
    let files = try await Fixtures.standard()
    let curveName = try files.text(name + ".curve").split(separator: "\n").first.map(String.init)
    let ecparam = try PEM.blocks(in: files.text(name + ".ecparam.pem")).map(\.label)
    #expect(ecparam == ["EC PARAMETERS", "EC PRIVATE KEY"])
    let uncompressed = try PrivateKey.parse(pem: files.text(name + ".sec1.pem"))
    let publicKey = try #require(uncompressed.publicKey)
    #expect(uncompressed.algorithm == .ec)
    #expect(publicKey.curveName == curveName)
    OpenSSLCertificateTests.expectKey(publicKey, isTheOneIn: try files.bytes(name + ".sec1.pem.spki"))
    for format in ["ecparam", "pkcs8"] {
      #expect(try PrivateKey.parse(pem: files.text("\(name).\(format).pem")) == uncompressed, "\(name).\(format)")
    }

    let compressed = try PrivateKey.parse(pem: files.text(name + ".compressed.pem"))
    let compressedKey = try #require(compressed.publicKey)
    guard case .ec(_, let point) = compressedKey, case .ec(_, let fullPoint) = publicKey else {
      Issue.record("not EC keys: \(compressedKey) \(publicKey)")
      return
    }
    #expect([0x02, 0x03].contains(point.first) && point.count == fullPoint.count / 2 + 1)
    #expect(compressedKey.matches(publicKey) && publicKey.matches(compressedKey))
    #expect(compressedKey != publicKey)

    #expect(try PrivateKey.parse(pem: files.text(name + ".nopublic.pem")) == PrivateKey(algorithm: .ec, publicKey: nil))
  }

  @Test func keysOfDifferentPairsDoNotMatch() async throws {
    let files = try await Fixtures.standard()
    let keys = try ["rsa1024.pkcs1.pem", "rsa2048.pkcs1.pem", "p256.sec1.pem", "other-p256.pem", "p384.sec1.pem"].map {
      try #require(try PrivateKey.parse(pem: files.text($0)).publicKey)
    }
    for (i, a) in keys.enumerated() {
      for (j, b) in keys.enumerated() { #expect(a.matches(b) == (i == j), "\(i) \(j)") }
    }
  }

  @Test(arguments: ["encrypted.pkcs8.pem", "encrypted.pkcs1.pem", "encrypted.sec1.pem"])
  func recognisesEncryptedKeys(file: String) async throws {
    let text = try await Fixtures.standard().text(file)
    #expect(throws: PrivateKeyError.encrypted) { try PrivateKey.parse(pem: text) }
  }

  @Test func namesKeysOfOtherAlgorithms() async throws {
    let text = try await Fixtures.standard().text("ed25519.pkcs8.pem")
    #expect(throws: PrivateKeyError.unsupported("Ed25519 keys")) { try PrivateKey.parse(pem: text) }
  }

  @Test(arguments: ["explicit-p256.sec1.pem", "explicit-p256.pkcs8.pem"])
  func namesCurvesGivenByTheirParameters(file: String) async throws {
    let text = try await Fixtures.standard().text(file)
    #expect(throws: PrivateKeyError.unsupported("EC keys with explicit curve parameters")) { try PrivateKey.parse(pem: text) }
  }

  @Test func findsNoKeyInACertificate() async throws {
    let text = try await Fixtures.standard().text("self.crt")
    #expect(throws: PrivateKeyError.noKey) { try PrivateKey.parse(pem: text) }
  }

  /// Cut short anywhere, with or without its END line, an openssl key file is refused with a
  /// reason; nothing crashes.
  @Test func refusesTruncatedKeys() async throws {
    let text = try await Fixtures.standard().text("p256.pkcs8.pem")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for count in 1..<lines.count - 1 {
      let cut = lines.prefix(count).joined(separator: "\n")
      #expect(throws: PrivateKeyError.malformed("the PRIVATE KEY block has no END line")) { try PrivateKey.parse(pem: cut) }
    }
    let withoutABodyLine = (lines.prefix(1) + lines.dropFirst(2)).joined(separator: "\n")
    #expect(throws: PrivateKeyError.self) { try PrivateKey.parse(pem: withoutABodyLine) }
    var damaged = Array(text.utf8)
    let bodyStart = damaged.firstIndex(of: UInt8(ascii: "\n"))! + 1
    for index in bodyStart..<bodyStart + 64 {
      let original = damaged[index]
      damaged[index] = original == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
      _ = try? PrivateKey.parse(pem: String(decoding: damaged, as: UTF8.self))
      damaged[index] = original
    }
  }
}
