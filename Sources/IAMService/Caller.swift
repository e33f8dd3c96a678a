/// The identity a command runs as, established from its access key.
public struct Caller: Sendable, Equatable {
  public enum Identity: Sendable, Equatable {
    /// The account's root user, which IAM policies do not restrict.
    case root
    case user(name: String)
  }

  public var identity: Identity
  public var accessKeyId: String

  /// The IAM user behind the credentials; nil for the root user.
  var userName: String? {
    if case .user(let name) = identity { return name }
    return nil
  }
}

enum AuthenticationError {
  static let invalidToken = IAMError(.invalidClientTokenId, "The security token included in the request is invalid.")
  static let badSignature = IAMError(
    .signatureDoesNotMatch,
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
  )
}
