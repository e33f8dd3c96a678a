/// What a private-key file says about its key: the algorithm and the public half, enough to check
/// that it belongs to a certificate. The private numbers are read past, never kept.
public struct PrivateKey: Sendable, Equatable {
  public enum Algorithm: Sendable, Equatable { case rsa, ec }

  public var algorithm: Algorithm
  /// The public half as the file carries it: always for RSA (modulus, public exponent); for EC the
  /// curve and the public point when the file includes it (openssl always writes it), else nil.
  public var publicKey: PublicKey?

  public init(algorithm: Algorithm, publicKey: PublicKey?) {
    self.algorithm = algorithm
    self.publicKey = publicKey
  }

  /// Reads the first private key in `text` (PEM). Accepts PKCS #1 "RSA PRIVATE KEY", PKCS #8
  /// "PRIVATE KEY" (RSA and EC) and SEC 1 "EC PRIVATE KEY"; other blocks before the key, such as
  /// the "EC PARAMETERS" that `openssl ecparam -genkey` writes first, are passed over.
  public static func parse(pem text: String) throws(PrivateKeyError) -> PrivateKey {
    let blocks: [PEMBlock]
    do {
      blocks = try PEM.blocks(in: text)
    } catch {
      throw .malformed(error.reason)
    }
    guard let block = blocks.first(where: { $0.label.hasSuffix("PRIVATE KEY") }) else { throw .noKey }
    if block.label == "ENCRYPTED PRIVATE KEY" || isEncrypted(block.headers) { throw .encrypted }
    switch block.label {
    case "RSA PRIVATE KEY":
      return try PrivateKeyFormats.reading(block.label) { () throws(DERError) in
        try PrivateKeyFormats.pkcs1(block.der)
      }
    case "EC PRIVATE KEY": return try PrivateKeyFormats.sec1(block.der, curve: nil, label: block.label)
    case "PRIVATE KEY": return try PrivateKeyFormats.pkcs8(block.der)
    case "DSA PRIVATE KEY": throw .unsupported("DSA keys")
    case "OPENSSH PRIVATE KEY": throw .unsupported("keys in OpenSSH's own format")
    default: throw .unsupported("\(block.label) blocks")
    }
  }

  /// RFC 1421's `Proc-Type: 4,ENCRYPTED`, as `openssl rsa -aes256 -traditional` writes it.
  private static func isEncrypted(_ headers: [String: String]) -> Bool {
    headers.contains { $0.key.lowercased() == "proc-type" && $0.value.uppercased().hasSuffix("ENCRYPTED") }
  }
}

public enum PrivateKeyError: Error, Sendable, Equatable {
  /// "ENCRYPTED PRIVATE KEY", or a block with `Proc-Type: 4,ENCRYPTED`.
  case encrypted
  /// No private-key block in the text.
  case noKey
  /// A kind of key that is not handled, as a phrase for a person: "DSA keys".
  case unsupported(String)
  /// What is wrong, for a person.
  case malformed(String)
}
