/// The three DER layouts of an unencrypted private key. Each reads past the private numbers,
/// checking only that they are well-formed, and keeps the public half.
enum PrivateKeyFormats {
  /// PKCS #1 (RFC 8017 A.1.2): `RSAPrivateKey ::= SEQUENCE { version, modulus, publicExponent,
  /// privateExponent, prime1, prime2, exponent1, exponent2, coefficient, otherPrimeInfos OPTIONAL }`.
  static func pkcs1(_ der: [UInt8]) throws(DERError) -> PrivateKey {
    var fields = try DERReader.single(der, .sequence).children()
    let version = try fields.read(.integer).smallInteger(in: 0...1)
    let modulus = try fields.read(.integer).positiveInteger()
    let exponent = try fields.read(.integer).positiveInteger()
    for _ in 0..<6 { _ = try fields.read(.integer).integerContent() }
    // Version 1 is the multi-prime form, which adds the other primes after the coefficient.
    if version == 1 { _ = try fields.read(.sequence) }
    try fields.finish()
    return PrivateKey(algorithm: .rsa, publicKey: .rsa(modulus: modulus, exponent: exponent))
  }

  /// SEC 1 (RFC 5915): `ECPrivateKey ::= SEQUENCE { version INTEGER (1), privateKey OCTET STRING,
  /// parameters [0] EXPLICIT ECParameters OPTIONAL, publicKey [1] EXPLICIT BIT STRING OPTIONAL }`.
  /// Inside PKCS #8 the curve is named by the outer algorithm (`curve`), and usually not again.
  static func sec1(_ der: [UInt8], curve outerCurve: String?, label: String) throws(PrivateKeyError) -> PrivateKey {
    let (parameters, point) = try reading(label) { () throws(DERError) in
      var fields = try DERReader.single(der, .sequence).children()
      _ = try fields.read(.integer).smallInteger(in: 1...1)
      guard try !fields.read(.octetString).content.isEmpty else { throw DERError(reason: "an empty private key") }
      var parameters: DERElement?
      if let explicit = try fields.readIfPresent(.contextSpecific(0, constructed: true)) {
        var wrapped = try explicit.children()
        parameters = try wrapped.read()
        try wrapped.finish()
      }
      var point: [UInt8]?
      if let explicit = try fields.readIfPresent(.contextSpecific(1, constructed: true)) {
        var wrapped = try explicit.children()
        point = Array(try wrapped.read(.bitString).octetAlignedBits())
        try wrapped.finish()
      }
      try fields.finish()
      return (parameters, point)
    }
    var curve = outerCurve
    if let parameters {
      guard parameters.tag == .objectIdentifier else { throw .unsupported("EC keys with explicit curve parameters") }
      let named = try reading(label, parameters.objectIdentifier)
      guard outerCurve == nil || outerCurve == named else { throw .malformed("the \(label) block names two different curves") }
      curve = named
    }
    guard let curve else { throw .malformed("the \(label) block does not name the key's curve") }
    guard let point else { return PrivateKey(algorithm: .ec, publicKey: nil) }
    let publicKey = try reading(label) { () throws(DERError) in try PublicKey.validatedEC(curve: curve, point: point) }
    return PrivateKey(algorithm: .ec, publicKey: publicKey)
  }

  /// PKCS #8 (RFC 5208, and RFC 5958's version 2): `PrivateKeyInfo ::= SEQUENCE { version,
  /// privateKeyAlgorithm AlgorithmIdentifier, privateKey OCTET STRING, attributes [0] IMPLICIT
  /// OPTIONAL, publicKey [1] IMPLICIT BIT STRING OPTIONAL }`.
  static func pkcs8(_ der: [UInt8]) throws(PrivateKeyError) -> PrivateKey {
    let (algorithm, inner) = try reading("PRIVATE KEY") { () throws(DERError) in
      var fields = try DERReader.single(der, .sequence).children()
      _ = try fields.read(.integer).smallInteger(in: 0...1)
      let algorithm = try AlgorithmIdentifier(reading: &fields)
      let inner = Array(try fields.read(.octetString).content)
      _ = try fields.readIfPresent(.contextSpecific(0, constructed: true))
      try fields.readIfPresent(.contextSpecific(1, constructed: false))?.validateBitString()
      try fields.finish()
      return (algorithm, inner)
    }
    switch algorithm.algorithm {
    case AlgorithmIdentifier.rsaEncryption:
      return try reading("PRIVATE KEY") { () throws(DERError) in
        try algorithm.requireNullParameters()
        return try pkcs1(inner)
      }
    case AlgorithmIdentifier.ecPublicKey:
      guard let curve = try reading("PRIVATE KEY", algorithm.namedCurve) else {
        throw .unsupported("EC keys with explicit curve parameters")
      }
      return try sec1(inner, curve: curve, label: "PRIVATE KEY")
    default:
      throw .unsupported(AlgorithmIdentifier.keyKind(algorithm.algorithm))
    }
  }

  /// Runs one step of reading the block labelled `label`, turning a DER error into a description
  /// of what is wrong with the block.
  static func reading<T>(_ label: String, _ step: () throws(DERError) -> T) throws(PrivateKeyError) -> T {
    do {
      return try step()
    } catch {
      throw .malformed("the \(label) block is not valid: \(error.reason)")
    }
  }
}
