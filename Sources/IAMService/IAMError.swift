import IAMPolicy

/// The IAM error codes the simulated service returns, with the HTTP status AWS pairs them with.
public enum ErrorCode: String, Sendable, CaseIterable {
  case accessDenied = "AccessDenied"
  case deleteConflict = "DeleteConflict"
  case duplicateCertificate = "DuplicateCertificate"
  case entityAlreadyExists = "EntityAlreadyExists"
  case expiredToken = "ExpiredToken"
  case invalidClientTokenId = "InvalidClientTokenId"
  case invalidAuthenticationCode = "InvalidAuthenticationCode"
  case invalidInput = "InvalidInput"
  case invalidUserType = "InvalidUserType"
  case keyPairMismatch = "KeyPairMismatch"
  case limitExceeded = "LimitExceeded"
  case malformedCertificate = "MalformedCertificate"
  case malformedPolicyDocument = "MalformedPolicyDocument"
  case noSuchEntity = "NoSuchEntity"
  case passwordPolicyViolation = "PasswordPolicyViolation"
  case signatureDoesNotMatch = "SignatureDoesNotMatch"
  case validationError = "ValidationError"

  public var httpStatus: Int {
    switch self {
    // STS's model gives ExpiredToken 400; the services a session calls answer 403, and so does iam.
    case .accessDenied, .expiredToken, .invalidAuthenticationCode, .invalidClientTokenId, .signatureDoesNotMatch:
      return 403
    case .noSuchEntity: return 404
    case .deleteConflict, .duplicateCertificate, .entityAlreadyExists, .limitExceeded: return 409
    case .invalidInput, .invalidUserType, .keyPairMismatch, .malformedCertificate, .malformedPolicyDocument,
      .passwordPolicyViolation, .validationError:
      return 400
    }
  }
}

/// An error response of the simulated IAM service.
public struct IAMError: Error, Sendable, Equatable {
  public var code: ErrorCode
  public var message: String
  /// For a refused policy document, where in it the problem is and what it is. AWS sends no
  /// such thing, so it is never part of `line`; the command line may show it besides.
  public var diagnostic: PolicyDiagnostic?

  public init(_ code: ErrorCode, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The refusal of a policy document, with its diagnostic.
  public init(_ malformed: MalformedPolicy) {
    self.init(.malformedPolicyDocument, malformed.message)
    diagnostic = malformed.diagnostic
  }

  /// The line the legacy tools print for a service error: `<status> <code> <message>`.
  public var line: String { "\(code.httpStatus) \(code.rawValue) \(message)" }
}

/// The entity types that IAM messages name, with the words each message uses.
public enum EntityKind: String, Sendable {
  case user, group, role, instanceProfile, serverCertificate, mfaDevice

  /// `User with name X already exists.`
  func alreadyExists(_ name: String) -> IAMError {
    switch self {
    case .user: return IAMError(.entityAlreadyExists, "User with name \(name) already exists.")
    case .group: return IAMError(.entityAlreadyExists, "Group with name \(name) already exists.")
    case .role: return IAMError(.entityAlreadyExists, "Role with name \(name) already exists.")
    case .instanceProfile: return IAMError(.entityAlreadyExists, "Instance Profile \(name) already exists.")
    case .serverCertificate:
      return IAMError(.entityAlreadyExists, "The Server Certificate with name \(name) already exists.")
    case .mfaDevice: return IAMError(.entityAlreadyExists, "MFADevice entity at the same path and name already exists.")
    }
  }

  /// `The user with name X cannot be found.`
  func notFound(_ name: String) -> IAMError {
    switch self {
    case .user: return IAMError(.noSuchEntity, "The user with name \(name) cannot be found.")
    case .group: return IAMError(.noSuchEntity, "The group with name \(name) cannot be found.")
    case .role: return IAMError(.noSuchEntity, "The role with name \(name) cannot be found.")
    case .instanceProfile: return IAMError(.noSuchEntity, "Instance Profile \(name) cannot be found.")
    case .serverCertificate: return IAMError(.noSuchEntity, "The Server Certificate with name \(name) cannot be found.")
    case .mfaDevice: return IAMError(.noSuchEntity, "VirtualMFADevice with serial number \(name) doesn't exist.")
    }
  }

  /// The word ARNs use for the entity type.
  var arnType: String {
    switch self {
    case .user: return "user"
    case .group: return "group"
    case .role: return "role"
    case .instanceProfile: return "instance-profile"
    case .serverCertificate: return "server-certificate"
    case .mfaDevice: return "mfa"
    }
  }
}

extension IAMError {
  static func deleteConflict(_ what: String) -> IAMError {
    IAMError(.deleteConflict, "Cannot delete entity, must \(what) first.")
  }

  static func quota(_ name: String, _ limit: Int) -> IAMError {
    IAMError(.limitExceeded, "Cannot exceed quota for \(name): \(limit)")
  }
}
