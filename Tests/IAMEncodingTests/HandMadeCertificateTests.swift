import IAMEncoding
import Testing

/// Certificates built field by field, for the cases openssl does not make: every version, unique
/// identifiers, unusual names, and each way a field can be broken.
@Suite struct HandMadeCertificateTests {
  typealias B = DERBuilder

  static let modulus: [UInt8] = [0xC0] + [UInt8](repeating: 0x11, count: 63)
  static let validity = B.sequence(B.utcTime("240101000000Z"), B.tlv(0x18, Array("20500101000000Z".utf8)))
  static let key = B.rsaKeyInfo(modulus: [0x00] + modulus, exponent: [0x01, 0x00, 0x01])
  static let issuer = B.name([("2.5.4.6", B.printable("US")), ("2.5.4.3", B.utf8("Issuer"))])
  static let subject = B.name([("2.5.4.3", B.utf8("Subject"))])

  static func certificate(
    version: [UInt8] = [], serial: [UInt8] = B.integer([0x01]), issuer: [UInt8] = issuer,
    validity: [UInt8] = validity, subject: [UInt8] = subject, key: [UInt8] = key, trailing: [UInt8] = []
  ) -> [UInt8] {
    B.certificate(version, serial, B.sha256WithRSA, issuer, validity, subject, key, trailing)
  }

  @Test func readsEveryField() throws {
    let der = Self.certificate()
    let certificate = try X509Certificate.parse(der: der)
    #expect(certificate.der == der)
    #expect(certificate.version == 1)
    #expect(certificate.serialNumber == [0x01])
    #expect(certificate.issuer == Self.issuer)
    #expect(certificate.subject == Self.subject)
    #expect(certificate.issuerDescription == "CN=Issuer,C=US")
    #expect(certificate.subjectDescription == "CN=Subject")
    #expect(certificate.notBefore == 1_704_067_200)
    #expect(certificate.notAfter == 2_524_608_000)
    #expect(certificate.publicKey == .rsa(modulus: Self.modulus, exponent: [0x01, 0x00, 0x01]))
    #expect(certificate.sha1Fingerprint == SHA1.hash(der))
  }

  @Test(arguments: [(0, 1), (1, 2), (2, 3)])
  func readsTheExplicitVersion(encoded: UInt8, version: Int) throws {
    let der = Self.certificate(version: B.explicit(0, B.integer([encoded])))
    #expect(try X509Certificate.parse(der: der).version == version)
  }

  @Test func readsUniqueIdentifiersAndExtensions() throws {
    let basicConstraints = B.sequence(B.oid("2.5.29.19"), [0x01, 0x01, 0xFF], B.octetString(B.sequence()))
    let trailing = B.tlv(0x81, [0x00, 0xAB]) + B.tlv(0x82, [0x04, 0xF0]) + B.explicit(3, B.sequence(basicConstraints))
    let der = Self.certificate(version: B.explicit(0, B.integer([2])), trailing: trailing)
    #expect(try X509Certificate.parse(der: der).version == 3)
  }

  @Test func serialNumbersKeepTheirOctets() throws {
    #expect(try X509Certificate.parse(der: Self.certificate(serial: B.integer([0x00, 0x80, 0x01]))).serialNumber == [0x80, 0x01])
    #expect(try X509Certificate.parse(der: Self.certificate(serial: B.integer([0x00]))).serialNumber == [0x00])
    #expect(try X509Certificate.parse(der: Self.certificate(serial: B.integer([0xFF, 0x01]))).serialNumber == [0xFF, 0x01])
  }

  @Test func describesNamesAsRFC4514Does() throws {
    let name = B.tlv(
      0x30,
      B.set(B.sequence(B.oid("0.9.2342.19200300.100.1.25"), B.tlv(0x16, Array("org".utf8))))
        + B.set(B.sequence(B.oid("2.5.4.10"), B.tlv(0x1E, [0x00, 0x5A, 0x00, 0xEB])))
        + B.set(B.sequence(B.oid("2.5.4.11"), B.tlv(0x14, [0x63, 0x61, 0x66, 0xE9])))
        + B.set(B.sequence(B.oid("2.5.4.9"), B.utf8("1 Main St")))
        + B.set(B.sequence(B.oid("1.2.3.4"), B.utf8("odd")))
        + B.set(B.sequence(B.oid("2.5.4.5"), B.integer([0x2A])))
        + B.set(B.sequence(B.oid("2.5.4.3"), B.utf8(" #a,b+c\"d\\e<f>g;h\u{1}i ")), B.sequence(B.oid("0.9.2342.19200300.100.1.1"), B.utf8("u1"))))
    let certificate = try X509Certificate.parse(der: Self.certificate(subject: name))
    #expect(
      certificate.subjectDescription
        == #"UID=u1+CN=\ #a\,b\+c\"d\\e\<f\>g\;h\01i\ ,serialNumber=#02012a,1.2.3.4=#0c036f6464,STREET=1 Main St,OU=café,O=Zë,DC=org"#)
  }

  @Test func describesAnEmptyName() throws {
    #expect(try X509Certificate.parse(der: Self.certificate(subject: B.sequence())).subjectDescription == "")
  }

  @Test func readsECKeysAndNamesOthersByOID() throws {
    let point = [0x04] + [UInt8](repeating: 1, count: 64)
    let ecKey = B.sequence(B.sequence(B.oid("1.2.840.10045.2.1"), B.oid("1.2.840.10045.3.1.7")), B.bitString(point))
    let ec = try X509Certificate.parse(der: Self.certificate(key: ecKey)).publicKey
    #expect(ec == .ec(curve: "1.2.840.10045.3.1.7", point: point))
    #expect(ec.curveName == "P-256")
    let k1Key = B.sequence(B.sequence(B.oid("1.2.840.10045.2.1"), B.oid("1.3.132.0.10")), B.bitString([0x02, 7, 7]))
    #expect(try X509Certificate.parse(der: Self.certificate(key: k1Key)).publicKey == .ec(curve: "1.3.132.0.10", point: [0x02, 7, 7]))
    let explicitCurve = B.sequence(B.sequence(B.oid("1.2.840.10045.2.1"), B.sequence(B.integer([1]))), B.bitString(point))
    #expect(try X509Certificate.parse(der: Self.certificate(key: explicitCurve)).publicKey == .unsupported(algorithm: "1.2.840.10045.2.1"))
    let dsaKey = B.sequence(B.sequence(B.oid("1.2.840.10040.4.1"), B.sequence()), B.bitString(B.integer([5])))
    #expect(try X509Certificate.parse(der: Self.certificate(key: dsaKey)).publicKey == .unsupported(algorithm: "1.2.840.10040.4.1"))
  }

  @Test(arguments: [
    ([], "the certificate is empty"),
    (certificate() + [0], "the certificate is not valid DER: 1 unexpected byte after the value"),
    (Array(certificate().dropLast()), "the certificate is not valid DER: a length runs past the end of the data"),
    (B.sequence(), "the certificate is not valid DER: a SEQUENCE is missing at the end of the data"),
    (certificate(version: B.explicit(0, B.integer([3]))), "the certificate version is not valid: the INTEGER 3 where 0...2 belongs"),
    (certificate(serial: B.integer([])), "the serial number is not valid: an INTEGER with no content"),
    (certificate(serial: B.integer([0x00, 0x01])), "the serial number is not valid: an INTEGER not in its shortest form"),
    (certificate(issuer: B.tlv(0x30, B.set())), "the issuer name is not valid: an empty relative distinguished name"),
    (certificate(subject: B.name([("2.5.4.3", B.utf8("\u{FFFF}").dropLast() + [0xFF])])), "the subject name is not valid: a UTF8String that is not valid UTF-8"),
    (certificate(validity: B.sequence(B.utcTime("241301000000Z"), B.utcTime("250101000000Z"))), "the validity dates are not valid times: a UTCTime that is not a real date and time"),
    (certificate(validity: B.sequence(B.utcTime("240101000000Z"))), "the validity dates are not valid times: a value is missing at the end of the data"),
    (certificate(key: B.rsaKeyInfo(modulus: [0x80], exponent: [3])), "the public key is not valid: a negative INTEGER where a positive one belongs"),
    (
      certificate(key: B.sequence(B.sequence(B.oid("1.2.840.10045.2.1"), B.oid("1.2.840.10045.3.1.7")), B.bitString([0x04, 1, 2]))),
      "the public key is not valid: an EC public point that is not a valid point encoding for its curve"
    ),
    (
      certificate(key: B.sequence(B.sequence(B.oid("1.2.840.113549.1.1.1"), B.sequence()), B.bitString(B.sequence(B.integer([5]), B.integer([3]))))),
      "the public key is not valid: expected a NULL, found a SEQUENCE"
    ),
    (certificate(trailing: B.explicit(3, B.sequence())), "the certificate's unique identifiers or extensions are not valid: an empty list of extensions"),
    (certificate(trailing: B.null), "the certificate's unique identifiers or extensions are not valid: 2 unexpected bytes after the value"),
  ] as [([UInt8], String)])
  func refusesBrokenCertificates(der: [UInt8], reason: String) {
    #expect(throws: CertificateError(reason: reason)) { try X509Certificate.parse(der: der) }
  }

  /// Every prefix of a certificate, and every single-byte change to it, is refused or read
  /// without a crash; a megabyte of random bytes is refused.
  @Test func survivesDamage() throws {
    let der = Self.certificate(version: B.explicit(0, B.integer([2])))
    for length in 0..<der.count {
      #expect(throws: CertificateError.self) { try X509Certificate.parse(der: Array(der[..<length])) }
    }
    for index in der.indices {
      for change: UInt8 in [0x01, 0x80, 0xFF] {
        var damaged = der
        damaged[index] ^= change
        _ = try? X509Certificate.parse(der: damaged)
      }
    }
    let noise = [0x30, 0x84, 0x00, 0x10, 0x00, 0x00] + randomBytes(1_000_000)
    #expect(throws: CertificateError.self) { try X509Certificate.parse(der: noise) }
  }
}
