import IAMEncoding

/// IAM's checks of what is uploaded as a certificate, a chain or a private key, with its error
/// codes. Parsing is the encoding layer's; the decisions and the words are IAM's.
enum CertificateChecks {
  static let unparsable = IAMError(
    .malformedCertificate, "Unable to parse certificate. Please ensure the certificate is in PEM format.")
  static let badChain = IAMError(
    .malformedCertificate,
    "Unable to validate certificate chain. The certificate chain must start with the immediate signing certificate, followed by any intermediaries in order."
  )

  /// The one certificate `text` holds, not expired at `now`; anything else is MalformedCertificate.
  /// A certificate whose validity has not begun yet is accepted: AWS refuses expired ones, and a
  /// simulated clock set in the past would otherwise refuse every certificate made today.
  static func certificate(_ text: String, now: Timestamp) throws -> X509Certificate {
    let certificates = try certificates(text)
    guard certificates.count == 1 else { throw unparsable }
    let certificate = certificates[0]
    if certificate.notAfter < now.seconds {
      throw IAMError(
        .malformedCertificate,
        "The certificate expired on \(Timestamp(seconds: certificate.notAfter).iso8601); an expired certificate cannot be uploaded.")
    }
    return certificate
  }

  /// The certificates of a chain, which must start with the one that signed `body` and go on
  /// with each next issuer. Signatures are not verified; the names must follow each other.
  static func chain(_ text: String, for body: X509Certificate) throws -> [X509Certificate] {
    let chain = try certificates(text)
    guard !chain.isEmpty else { throw unparsable }
    var issuer = body.issuer
    for certificate in chain {
      guard certificate.subject == issuer else { throw badChain }
      issuer = certificate.issuer
    }
    return chain
  }

  /// Checks that `keyText` is the private key of `certificate`. The key is only read here; it
  /// is never kept (D11).
  static func privateKey(_ keyText: String, matches certificate: X509Certificate) throws {
    let key: PrivateKey
    do {
      key = try PrivateKey.parse(pem: keyText)
    } catch {
      switch error {
      case .encrypted:
        throw IAMError(
          .malformedCertificate,
          "The private key is encrypted. Upload it decrypted: openssl pkey -in key.pem -out plain.pem")
      case .noKey:
        throw IAMError(.malformedCertificate, "Unable to parse private key: no private key was found in it.")
      case .unsupported(let what), .malformed(let what):
        throw IAMError(.malformedCertificate, "Unable to parse private key: \(what).")
      }
    }
    guard let publicKey = key.publicKey else {
      throw IAMError(
        .malformedCertificate,
        "The private key does not include its public key, so it cannot be checked against the certificate. Write it out with: openssl pkey -in key.pem -out full.pem")
    }
    guard publicKey.matches(certificate.publicKey) else {
      throw IAMError(.keyPairMismatch, "The private key does not match the certificate's public key.")
    }
  }

  /// Every CERTIFICATE block of `text`, parsed; text that is not PEM certificates is refused.
  private static func certificates(_ text: String) throws -> [X509Certificate] {
    let blocks: [PEMBlock]
    do { blocks = try PEM.blocks(in: text) } catch { throw unparsable }
    var result: [X509Certificate] = []
    for block in blocks {
      guard block.label == "CERTIFICATE" else { throw unparsable }
      do { result.append(try X509Certificate.parse(der: block.der)) } catch { throw unparsable }
    }
    return result
  }
}
