import IAMEncoding
import Testing

/// Keys built field by field, for the layouts and faults openssl does not write.
@Suite struct HandMadePrivateKeyTests {
  typealias B = DERBuilder

  static let point = [0x04] + [UInt8](repeating: 0x11, count: 32) + [UInt8](repeating: 0x22, count: 32)
  static let p256 = "1.2.840.10045.3.1.7"

  static func pem(_ label: String, _ der: [UInt8], headers: String = "") -> String {
    "-----BEGIN \(label)-----\n\(headers)\(Base64.encode(der))\n-----END \(label)-----\n"
  }

  static func pkcs1(version: UInt8 = 0, extra: [UInt8] = []) -> [UInt8] {
    B.tlv(0x30, B.integer([version]) + B.integer([0x00, 0xC5]) + B.integer([0x03]) + (0..<6).flatMap { _ in B.integer([0x07]) } + extra)
  }

  static func sec1(curve: [UInt8]? = B.explicit(0, B.oid(p256)), publicKey: [UInt8]? = B.explicit(1, B.bitString(point))) -> [UInt8] {
    B.tlv(0x30, B.integer([1]) + B.octetString([UInt8](repeating: 0x55, count: 32)) + (curve ?? []) + (publicKey ?? []))
  }

  static func pkcs8(algorithm: [UInt8], key: [UInt8]) -> [UInt8] {
    B.sequence(B.integer([0]), algorithm, B.octetString(key))
  }

  @Test func readsEachLayout() throws {
    let rsa = PrivateKey(algorithm: .rsa, publicKey: .rsa(modulus: [0xC5], exponent: [0x03]))
    let ec = PrivateKey(algorithm: .ec, publicKey: .ec(curve: Self.p256, point: Self.point))
    let rsaAlgorithm = B.sequence(B.oid("1.2.840.113549.1.1.1"), B.null)
    let ecAlgorithm = B.sequence(B.oid("1.2.840.10045.2.1"), B.oid(Self.p256))
    #expect(try PrivateKey.parse(pem: Self.pem("RSA PRIVATE KEY", Self.pkcs1())) == rsa)
    #expect(try PrivateKey.parse(pem: Self.pem("RSA PRIVATE KEY", Self.pkcs1(version: 1, extra: B.sequence()))) == rsa)
    #expect(try PrivateKey.parse(pem: Self.pem("PRIVATE KEY", Self.pkcs8(algorithm: rsaAlgorithm, key: Self.pkcs1()))) == rsa)
    #expect(try PrivateKey.parse(pem: Self.pem("EC PRIVATE KEY", Self.sec1())) == ec)
    #expect(try PrivateKey.parse(pem: Self.pem("PRIVATE KEY", Self.pkcs8(algorithm: ecAlgorithm, key: Self.sec1(curve: nil)))) == ec)
    #expect(try PrivateKey.parse(pem: Self.pem("PRIVATE KEY", Self.pkcs8(algorithm: ecAlgorithm, key: Self.sec1()))) == ec)
    #expect(try PrivateKey.parse(pem: Self.pem("EC PRIVATE KEY", Self.sec1(publicKey: nil))) == PrivateKey(algorithm: .ec, publicKey: nil))
  }

  @Test func takesTheFirstKeyAndPassesOtherBlocks() throws {
    let text = Self.pem("CERTIFICATE", [1, 2, 3]) + Self.pem("EC PARAMETERS", B.oid(Self.p256)) + Self.pem("RSA PRIVATE KEY", Self.pkcs1())
      + Self.pem("EC PRIVATE KEY", Self.sec1())
    #expect(try PrivateKey.parse(pem: text).algorithm == .rsa)
  }

  @Test(arguments: [
    (pem("ENCRYPTED PRIVATE KEY", [0x30, 0x00]), PrivateKeyError.encrypted),
    (pem("RSA PRIVATE KEY", [0x30, 0x00], headers: "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00\n\n"), .encrypted),
    ("", .noKey),
    ("no PEM here at all", .noKey),
    (pem("PUBLIC KEY", [0x30, 0x00]) + pem("CERTIFICATE", [0x30, 0x00]), .noKey),
    (pem("DSA PRIVATE KEY", [0x30, 0x00]), .unsupported("DSA keys")),
    (pem("OPENSSH PRIVATE KEY", [0x30, 0x00]), .unsupported("keys in OpenSSH's own format")),
    (pem("SSLEAY PRIVATE KEY", [0x30, 0x00]), .unsupported("SSLEAY PRIVATE KEY blocks")),
    (pem("PRIVATE KEY", pkcs8(algorithm: B.sequence(B.oid("1.2.840.10040.4.1"), B.sequence()), key: B.integer([1]))), .unsupported("DSA keys")),
    (pem("PRIVATE KEY", pkcs8(algorithm: B.sequence(B.oid("1.3.101.110")), key: B.octetString([1]))), .unsupported("X25519 keys")),
    (pem("PRIVATE KEY", pkcs8(algorithm: B.sequence(B.oid("1.2.3.4")), key: [])), .unsupported("keys of algorithm 1.2.3.4")),
    (
      pem("PRIVATE KEY", pkcs8(algorithm: B.sequence(B.oid("1.2.840.10045.2.1"), B.sequence(B.integer([1]))), key: sec1(curve: nil))),
      .unsupported("EC keys with explicit curve parameters")
    ),
    ("-----BEGIN RSA PRIVATE KEY-----\nMII\n", .malformed("the RSA PRIVATE KEY block has no END line")),
    (pem("RSA PRIVATE KEY", pkcs1(version: 2)), .malformed("the RSA PRIVATE KEY block is not valid: the INTEGER 2 where 0...1 belongs")),
    (pem("RSA PRIVATE KEY", pkcs1(version: 1)), .malformed("the RSA PRIVATE KEY block is not valid: a SEQUENCE is missing at the end of the data")),
    (pem("RSA PRIVATE KEY", pkcs1() + [0]), .malformed("the RSA PRIVATE KEY block is not valid: 1 unexpected byte after the value")),
    (pem("EC PRIVATE KEY", sec1(curve: nil)), .malformed("the EC PRIVATE KEY block does not name the key's curve")),
    (
      pem("EC PRIVATE KEY", sec1(curve: B.explicit(0, B.sequence(B.integer([1]))))),
      .unsupported("EC keys with explicit curve parameters")
    ),
    (
      pem("PRIVATE KEY", pkcs8(algorithm: B.sequence(B.oid("1.2.840.10045.2.1"), B.oid("1.3.132.0.34")), key: sec1())),
      .malformed("the PRIVATE KEY block names two different curves")
    ),
    (
      pem("EC PRIVATE KEY", sec1(publicKey: B.explicit(1, B.bitString([0x04, 1, 2])))),
      .malformed("the EC PRIVATE KEY block is not valid: an EC public point that is not a valid point encoding for its curve")
    ),
    (
      pem("PRIVATE KEY", pkcs8(algorithm: B.sequence(B.oid("1.2.840.113549.1.1.1"), B.null), key: sec1())),
      .malformed("the PRIVATE KEY block is not valid: expected an INTEGER, found an OCTET STRING")
    ),
  ] as [(String, PrivateKeyError)])
  func refuses(text: String, error: PrivateKeyError) {
    #expect(throws: error) { try PrivateKey.parse(pem: text) }
  }

  /// A megabyte of noise, as text or as the content of a key block, is refused without a crash.
  @Test func refusesAMegabyteOfNoise() {
    let noise = randomBytes(1_000_000)
    let text = String(decoding: noise.map { $0 & 0x7F }, as: UTF8.self)
    #expect(throws: PrivateKeyError.noKey) { try PrivateKey.parse(pem: text) }
    let block = Self.pem("PRIVATE KEY", noise)
    #expect(throws: PrivateKeyError.self) { try PrivateKey.parse(pem: block) }
  }
}

@Suite struct PublicKeyTests {
  static let x = [UInt8](repeating: 0x11, count: 32)
  static let oddY = [UInt8](repeating: 0x22, count: 31) + [0x23]
  static let p256 = "1.2.840.10045.3.1.7"

  static func ec(_ point: [UInt8], curve: String = p256) -> PublicKey { .ec(curve: curve, point: point) }

  @Test func compressedAndUncompressedFormsOfOnePointMatch() {
    let uncompressed = Self.ec([0x04] + Self.x + Self.oddY)
    #expect(uncompressed.matches(Self.ec([0x03] + Self.x)))
    #expect(Self.ec([0x03] + Self.x).matches(uncompressed))
    #expect(uncompressed.matches(Self.ec([0x07] + Self.x + Self.oddY)))
    #expect(uncompressed.matches(uncompressed))
  }

  @Test func differentPointsOrCurvesDoNotMatch() {
    let uncompressed = Self.ec([0x04] + Self.x + Self.oddY)
    #expect(!uncompressed.matches(Self.ec([0x02] + Self.x)))
    #expect(!uncompressed.matches(Self.ec([0x03] + [0x12] + Self.x.dropFirst())))
    #expect(!uncompressed.matches(Self.ec([0x04] + Self.x + Self.oddY.dropLast() + [0x25])))
    #expect(!uncompressed.matches(Self.ec([0x04] + Self.x + Self.oddY, curve: "1.3.132.0.10")))
    #expect(!uncompressed.matches(Self.ec([0x06] + Self.x + Self.oddY)), "a hybrid prefix that contradicts Y")
    #expect(!uncompressed.matches(Self.ec([0x03] + Self.x.dropLast())), "a point too short for P-256")
    #expect(!uncompressed.matches(.rsa(modulus: [1], exponent: [3])))
  }

  @Test func rsaKeysMatchOnModulusAndExponent() {
    let key = PublicKey.rsa(modulus: [0xC5, 0x01], exponent: [0x01, 0x00, 0x01])
    #expect(key.matches(.rsa(modulus: [0xC5, 0x01], exponent: [0x01, 0x00, 0x01])))
    #expect(!key.matches(.rsa(modulus: [0xC5, 0x01], exponent: [0x03])))
    #expect(!key.matches(.rsa(modulus: [0xC5, 0x02], exponent: [0x01, 0x00, 0x01])))
  }

  @Test func unsupportedKeysMatchNothing() {
    #expect(!PublicKey.unsupported(algorithm: "1.3.101.112").matches(.unsupported(algorithm: "1.3.101.112")))
  }

  @Test func namesTheNISTCurves() {
    #expect(Self.ec([0x03] + Self.x).curveName == "P-256")
    #expect(Self.ec([0x02], curve: "1.3.132.0.34").curveName == "P-384")
    #expect(Self.ec([0x02], curve: "1.3.132.0.35").curveName == "P-521")
    #expect(Self.ec([0x02], curve: "1.3.132.0.10").curveName == nil)
    #expect(PublicKey.rsa(modulus: [1], exponent: [3]).curveName == nil)
  }
}
