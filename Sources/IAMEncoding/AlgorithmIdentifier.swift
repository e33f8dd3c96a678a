/// `AlgorithmIdentifier ::= SEQUENCE { algorithm OBJECT IDENTIFIER, parameters ANY OPTIONAL }`
/// (RFC 5280 section 4.1.1.2), as certificates, public keys and PKCS #8 keys carry it.
struct AlgorithmIdentifier {
  var algorithm: String
  var parameters: DERElement?

  static let rsaEncryption = "1.2.840.113549.1.1.1"
  static let ecPublicKey = "1.2.840.10045.2.1"

  init(reading reader: inout DERReader) throws(DERError) {
    var fields = try reader.read(.sequence).children()
    algorithm = try fields.read(.objectIdentifier).objectIdentifier()
    parameters = try fields.isAtEnd ? nil : fields.read()
    try fields.finish()
  }

  /// RSA keys carry a NULL here (RFC 8017 A.1); some writers leave the parameters out.
  func requireNullParameters() throws(DERError) {
    guard let parameters else { return }
    guard parameters.tag == .null else { throw DERError(reason: "expected a NULL, found \(parameters.tag.name)") }
    try parameters.validateNull()
  }

  /// The named curve of an EC key (RFC 5480 section 2.1.1); nil when the key spells out its curve's
  /// parameters instead, which RFC 5480 forbids in certificates and which is not supported here.
  func namedCurve() throws(DERError) -> String? {
    guard let parameters else { throw DERError(reason: "an EC key whose curve is not named") }
    guard parameters.tag == .objectIdentifier else { return nil }
    return try parameters.objectIdentifier()
  }

  /// What a person calls keys of an algorithm this project does not handle.
  static func keyKind(_ algorithm: String) -> String {
    switch algorithm {
    case "1.2.840.10040.4.1": return "DSA keys"
    case "1.3.101.112": return "Ed25519 keys"
    case "1.3.101.113": return "Ed448 keys"
    case "1.3.101.110": return "X25519 keys"
    case "1.3.101.111": return "X448 keys"
    case "1.2.840.113549.1.1.10": return "RSA-PSS keys"
    case "1.2.840.113549.1.3.1", "1.2.840.10046.2.1": return "Diffie-Hellman keys"
    case "1.2.156.10197.1.301": return "SM2 keys"
    default: return "keys of algorithm \(algorithm)"
    }
  }
}
