/// A certificate's public key, or the public half of a private key.
public enum PublicKey: Sendable, Equatable {
  /// Big-endian unsigned, without leading zero bytes.
  case rsa(modulus: [UInt8], exponent: [UInt8])
  /// `curve` is the curve's dotted OID; `point` is the point as stored, compressed or not.
  case ec(curve: String, point: [UInt8])
  /// Any other algorithm, by its dotted OID.
  case unsupported(algorithm: String)

  /// Whether a private key's public half is this key: RSA with the same modulus and exponent, or
  /// EC with the same curve and point, where a compressed and an uncompressed encoding of one
  /// point match. An unsupported key matches nothing: there is nothing to compare.
  public func matches(_ other: PublicKey) -> Bool {
    switch (self, other) {
    case (.rsa(let modulus, let exponent), .rsa(let otherModulus, let otherExponent)):
      return modulus == otherModulus && exponent == otherExponent
    case (.ec(let curve, let point), .ec(let otherCurve, let otherPoint)):
      guard curve == otherCurve else { return false }
      let length = NamedCurve.coordinateLength(curve)
      guard let mine = ECPoint(point, coordinateLength: length),
        let theirs = ECPoint(otherPoint, coordinateLength: length)
      else { return false }
      return mine.isSame(as: theirs)
    default:
      return false
    }
  }

  /// "P-256", "P-384" or "P-521" for an EC key on one of those curves, else nil.
  public var curveName: String? {
    guard case .ec(let curve, _) = self else { return nil }
    return NamedCurve.name(curve)
  }
}

extension PublicKey {
  /// `SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING }`
  /// (RFC 5280 section 4.1.2.7).
  init(subjectPublicKeyInfo element: DERElement) throws(DERError) {
    var fields = try element.children()
    let algorithm = try AlgorithmIdentifier(reading: &fields)
    let bits = try fields.read(.bitString)
    try fields.finish()
    switch algorithm.algorithm {
    case AlgorithmIdentifier.rsaEncryption:
      try algorithm.requireNullParameters()
      self = try Self.rsa(publicKeyDER: Array(bits.octetAlignedBits()))
    case AlgorithmIdentifier.ecPublicKey:
      guard let curve = try algorithm.namedCurve() else {
        self = .unsupported(algorithm: algorithm.algorithm)
        return
      }
      self = try Self.validatedEC(curve: curve, point: Array(bits.octetAlignedBits()))
    default:
      try bits.validateBitString()
      self = .unsupported(algorithm: algorithm.algorithm)
    }
  }

  /// `RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }` (RFC 8017 A.1.1).
  static func rsa(publicKeyDER der: [UInt8]) throws(DERError) -> PublicKey {
    var fields = try DERReader.single(der, .sequence).children()
    let modulus = try fields.read(.integer).positiveInteger()
    let exponent = try fields.read(.integer).positiveInteger()
    try fields.finish()
    return .rsa(modulus: modulus, exponent: exponent)
  }

  /// An EC key, once its point is checked to be a point encoding that fits the curve.
  static func validatedEC(curve: String, point: [UInt8]) throws(DERError) -> PublicKey {
    guard ECPoint(point, coordinateLength: NamedCurve.coordinateLength(curve)) != nil else {
      throw DERError(reason: "an EC public point that is not a valid point encoding for its curve")
    }
    return .ec(curve: curve, point: point)
  }
}
