/// An X.509 certificate (RFC 5280), read for what the IAM certificate commands need: who it names,
/// when it is valid, its key and its fingerprint. Signatures are not checked, and extensions are
/// only checked to be well-formed.
public struct X509Certificate: Sendable, Equatable {
  /// The whole certificate.
  public var der: [UInt8]
  /// 1, 2 or 3.
  public var version: Int
  /// The INTEGER's octets without the zero octet that only marks a value with its top bit set as
  /// positive, so the hex of these bytes is what `openssl x509 -serial` shows.
  public var serialNumber: [UInt8]
  /// The DER of the issuer Name, for exact comparison.
  public var issuer: [UInt8]
  /// The DER of the subject Name.
  public var subject: [UInt8]
  /// RFC 4514 form, "CN=Example CA,O=Example,C=US".
  public var issuerDescription: String
  public var subjectDescription: String
  /// Seconds since 1970.
  public var notBefore: Int
  public var notAfter: Int
  public var publicKey: PublicKey
  /// SHA-1 of `der`, worked out when asked: signing certificates are known by it, server
  /// certificates are not.
  public var sha1Fingerprint: [UInt8] { SHA1.hash(der) }

  /// Reads one DER certificate; `der` must hold exactly the certificate.
  public static func parse(der: [UInt8]) throws(CertificateError) -> X509Certificate {
    guard !der.isEmpty else { throw CertificateError(reason: "the certificate is empty") }
    var tbs = try within("the certificate is not valid DER") { () throws(DERError) in
      var outer = try DERReader.single(der, .sequence).children()
      let tbs = try outer.read(.sequence)
      _ = try AlgorithmIdentifier(reading: &outer)
      try outer.read(.bitString).validateBitString()
      try outer.finish()
      return try tbs.children()
    }
    let version = try within("the certificate version is not valid") { () throws(DERError) in
      guard let explicit = try tbs.readIfPresent(.contextSpecific(0, constructed: true)) else { return 1 }
      var wrapped = try explicit.children()
      let version = try wrapped.read(.integer).smallInteger(in: 0...2) + 1
      try wrapped.finish()
      return version
    }
    let serialNumber = try within("the serial number is not valid") { () throws(DERError) in
      let octets = try tbs.read(.integer).integerContent()
      return Array(octets.count > 1 && octets.first == 0 ? octets.dropFirst() : octets)
    }
    try within("the signature algorithm is not valid") { () throws(DERError) in
      _ = try AlgorithmIdentifier(reading: &tbs)
    }
    let issuer = try within("the issuer name is not valid") { () throws(DERError) in
      let name = try tbs.read(.sequence)
      return (name, try DistinguishedName.description(of: name))
    }
    let validity = try within("the validity dates are not valid times") { () throws(DERError) in
      var dates = try tbs.read(.sequence).children()
      let notBefore = try dates.read().time()
      let notAfter = try dates.read().time()
      try dates.finish()
      return (notBefore, notAfter)
    }
    let subject = try within("the subject name is not valid") { () throws(DERError) in
      let name = try tbs.read(.sequence)
      return (name, try DistinguishedName.description(of: name))
    }
    let publicKey = try within("the public key is not valid") { () throws(DERError) in
      try PublicKey(subjectPublicKeyInfo: tbs.read(.sequence))
    }
    try within("the certificate's unique identifiers or extensions are not valid") { () throws(DERError) in
      try readTrailingFields(&tbs)
    }
    return X509Certificate(
      der: der, version: version, serialNumber: serialNumber, issuer: Array(issuer.0.encoding),
      subject: Array(subject.0.encoding), issuerDescription: issuer.1, subjectDescription: subject.1,
      notBefore: validity.0, notAfter: validity.1, publicKey: publicKey)
  }

  /// `issuerUniqueID [1] IMPLICIT BIT STRING OPTIONAL, subjectUniqueID [2] IMPLICIT BIT STRING
  /// OPTIONAL, extensions [3] EXPLICIT SEQUENCE SIZE (1..MAX) OF Extension OPTIONAL`.
  private static func readTrailingFields(_ tbs: inout DERReader) throws(DERError) {
    try tbs.readIfPresent(.contextSpecific(1, constructed: false))?.validateBitString()
    try tbs.readIfPresent(.contextSpecific(2, constructed: false))?.validateBitString()
    if let explicit = try tbs.readIfPresent(.contextSpecific(3, constructed: true)) {
      var wrapped = try explicit.children()
      var extensions = try wrapped.read(.sequence).children()
      try wrapped.finish()
      guard !extensions.isAtEnd else { throw DERError(reason: "an empty list of extensions") }
      while !extensions.isAtEnd {
        // Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }
        var fields = try extensions.read(.sequence).children()
        _ = try fields.read(.objectIdentifier).objectIdentifier()
        _ = try fields.readIfPresent(.boolean)
        _ = try fields.read(.octetString)
        try fields.finish()
      }
    }
    try tbs.finish()
  }

  /// Runs one step of reading, turning a DER error into a certificate error that says which part
  /// of the certificate is wrong.
  private static func within<T>(_ context: String, _ step: () throws(DERError) -> T) throws(CertificateError) -> T {
    do {
      return try step()
    } catch {
      throw CertificateError(reason: context + ": " + error.reason)
    }
  }
}

/// Why bytes are not a certificate; `reason` is a short phrase for a person.
public struct CertificateError: Error, Sendable, Equatable {
  public var reason: String
  public init(reason: String) { self.reason = reason }
}
