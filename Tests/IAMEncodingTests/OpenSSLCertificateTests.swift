import Foundation
import IAMEncoding
import Testing

/// Certificates made by openssl, read back and compared with what openssl says about them.
@Suite(.enabled(if: OpenSSL.isAvailable, "needs openssl")) struct OpenSSLCertificateTests {
  /// Each certificate, and the key file it was made from (nil for a key this project does not read).
  @Test(arguments: [
    ("self.crt", "rsa2048.pkcs1.pem"), ("ca.crt", "p256.sec1.pem"), ("leaf.crt", "rsa1024.pkcs1.pem"),
    ("p384-compressed.crt", "p384.sec1.pem"), ("names.crt", "p256.sec1.pem"), ("expired.crt", "rsa1024.pkcs1.pem"),
    ("centuries.crt", "rsa1024.pkcs1.pem"), ("ed25519.crt", nil),
  ] as [(String, String?)])
  func agreesWithOpenSSL(certificateFile: String, keyFile: String?) async throws {
    let files = try await Fixtures.standard()
    let blocks = try PEM.blocks(in: try files.text(certificateFile))
    #expect(blocks.map(\.label) == ["CERTIFICATE"])
    let der = try files.bytes(certificateFile + ".der")
    #expect(blocks.first?.der == der)
    let certificate = try X509Certificate.parse(der: der)
    let openssl = try files.fields(certificateFile + ".info")

    #expect(certificate.der == der)
    #expect(openssl["version"] == String(certificate.version))
    #expect(openssl["serial"] == Hex.encode(certificate.serialNumber).uppercased())
    #expect(openssl["subject"] == certificate.subjectDescription)
    #expect(openssl["issuer"] == certificate.issuerDescription)
    #expect(try openssl["notBefore"].map(Self.seconds) == certificate.notBefore)
    #expect(try openssl["notAfter"].map(Self.seconds) == certificate.notAfter)
    #expect(openssl["sha1 Fingerprint"] == certificate.sha1Fingerprint.map { Hex.encode([$0]).uppercased() }.joined(separator: ":"))
    try Self.expectKey(certificate.publicKey, isTheOneIn: files.bytes(certificateFile + ".spki"))

    guard let keyFile else {
      #expect(certificate.publicKey == .unsupported(algorithm: "1.3.101.112"))
      return
    }
    let privateKey = try PrivateKey.parse(pem: files.text(keyFile))
    #expect(certificate.publicKey.matches(try #require(privateKey.publicKey)))
    let stranger = try PrivateKey.parse(pem: files.text("other-p256.pem"))
    #expect(!certificate.publicKey.matches(try #require(stranger.publicKey)))
  }

  /// openssl's "2026-12-03 11:15:20Z", in seconds since 1970, by Foundation's calendar.
  static func seconds(_ iso: String) throws -> Int {
    let numbers = iso.split { !$0.isNumber }.map { Int($0)! }
    try #require(numbers.count == 6, "not an ISO date: \(iso)")
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let components = DateComponents(
      year: numbers[0], month: numbers[1], day: numbers[2], hour: numbers[3], minute: numbers[4], second: numbers[5])
    return Int(try #require(calendar.date(from: components)).timeIntervalSince1970)
  }

  /// The key's numbers are the ones at the end of openssl's DER of the same public key: the
  /// exponent for RSA (after the modulus), the point for EC.
  static func expectKey(_ key: PublicKey, isTheOneIn spki: [UInt8]) {
    switch key {
    case .rsa(let modulus, let exponent):
      #expect(spki.suffix(exponent.count) == exponent[...])
      #expect(spki.count > modulus.count && spki.dropLast(exponent.count + 2).suffix(modulus.count) == modulus[...])
    case .ec(_, let point):
      #expect(spki.suffix(point.count) == point[...])
    case .unsupported:
      break
    }
  }

  @Test func readsTheExpiredAndTheLongLivedDates() async throws {
    let files = try await Fixtures.standard()
    let expired = try X509Certificate.parse(der: files.bytes("expired.crt.der"))
    #expect(expired.notBefore == 1_577_836_800)
    #expect(expired.notAfter == 1_577_923_200)
    let centuries = try X509Certificate.parse(der: files.bytes("centuries.crt.der"))
    #expect(centuries.notBefore == -631_152_001)
    #expect(centuries.notAfter == 2_556_144_000)
  }

  @Test func readsAChainAndLinksItsNames() async throws {
    let files = try await Fixtures.standard()
    let blocks = try PEM.blocks(in: files.text("chain.pem"))
    let chain = try blocks.map { block throws(CertificateError) in try X509Certificate.parse(der: block.der) }
    try #require(chain.count == 2)
    let (leaf, ca) = (chain[0], chain[1])
    #expect(leaf.version == 1 && ca.version == 3)
    #expect(leaf.issuer == ca.subject && ca.issuer == ca.subject && leaf.subject != ca.subject)
    #expect(leaf.serialNumber == [0xFF, 0x01])
    #expect(leaf.issuerDescription == #"CN=Example CA,O=Example\, Inc.,C=US"#)
    #expect(ca.publicKey.curveName == "P-256")
    #expect(leaf.notAfter > 2_524_608_000, "a notAfter past 2049 is a GeneralizedTime")
  }

  @Test func refusesAKeyWhereACertificateBelongs() async throws {
    let files = try await Fixtures.standard()
    let key = try #require(try PEM.blocks(in: files.text("rsa1024.pkcs8.pem")).first)
    #expect(throws: CertificateError.self) { try X509Certificate.parse(der: key.der) }
  }
}
