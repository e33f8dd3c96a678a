import IAMEncoding

/// A document IAM would refuse with `MalformedPolicyDocument`; `message` is IAM's exact text.
public struct MalformedPolicy: Error, Sendable, Equatable {
  public var message: String
  /// Where in the text the problem is and what it is, in this project's words. IAM's messages
  /// seldom say which value they refuse; this does, for the person who wrote the document.
  public var diagnostic: PolicyDiagnostic?
  /// Where the problem is and what it is, until `PolicyParser` turns the place into a line and
  /// a column.
  var unresolved: Unresolved?

  struct Unresolved: Equatable {
    var place: Place
    var explanation: String
  }

  enum Place: Equatable {
    /// A byte offset into the text.
    case offset(Int)
    case path(JSONPath)
  }

  public init(message: String) { self.message = message }

  public init(_ message: String) { self.message = message }

  init(_ message: String, at place: Place, _ explanation: String) {
    self.message = message
    self.unresolved = Unresolved(place: place, explanation: explanation)
  }

  /// The same problem, with a path that started at the value `prefix` reaches.
  func below(_ prefix: [JSONPath.Step]) -> MalformedPolicy {
    guard case .path(let path)? = unresolved?.place else { return self }
    var copy = self
    copy.unresolved?.place = .path(path.below(prefix))
    return copy
  }

  /// The problem with its place found in `text`.
  func located(in text: String) -> MalformedPolicy {
    guard let unresolved else { return self }
    var copy = self
    copy.unresolved = nil
    let bytes = Array(text.utf8)
    let offset: Int?
    switch unresolved.place {
    case .offset(let value): offset = value
    case .path(let path): offset = JSONParser.offset(of: path, in: bytes)
    }
    if let offset {
      copy.diagnostic = PolicyDiagnostic(
        position: TextPosition(offset: offset, in: bytes), explanation: unresolved.explanation)
    }
    return copy
  }

  /// The refusal for a principal that does not resolve, e.g. `"AWS":"arn:aws:iam::123456789012:role/x"`.
  public static func invalidPrincipal(type: String, value: String) -> MalformedPolicy {
    MalformedPolicy("Invalid principal in policy: \"\(type)\":\"\(value)\"")
  }
}

/// Where a refused document goes wrong, for a person: `3:17` and what is wrong there.
public struct PolicyDiagnostic: Sendable, Equatable {
  public var position: TextPosition
  /// What is wrong or what was expected, such as `expected a member name after ','`.
  public var explanation: String

  public init(position: TextPosition, explanation: String) {
    self.position = position
    self.explanation = explanation
  }
}

/// IAM's MalformedPolicyDocument texts, spelled exactly as the service returns them.
enum PolicyMessage {
  static let syntax = "Syntax errors in policy."
  static let managedVersion = "Policy document must be version 2012-10-17 or greater."
  static let legacyParsing = "The policy failed legacy parsing"
  static let sidCharacters =
    "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*"
  static let sidUnique = "Statement IDs (SID) in a single policy must be unique."
  static let missingActions = "Policy statement must contain actions."
  static let missingResources = "Policy statement must contain resources."
  static let actionVendorMissing = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."
  static let actionTooManyColons = "Actions/Condition can contain only one colon."
  static let principalForbidden = "Policy document should not specify a principal."
  static let principalMissing =
    "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!"
  static let trustResourceForbidden = "Has prohibited field Resource."
  // The double space before "and" is in the text IAM-compatible services return.
  static let trustActions =
    "Trust Policy statement actions can only be sts:AssumeRole, sts:AssumeRoleWithSAML,  and sts:AssumeRoleWithWebIdentity"
  static let resourceVendor = "Resource vendor must be fully qualified and cannot contain regexes."
  static let iamResourcePath =
    "IAM resource path must either be \"*\" or start with user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/."

  static func vendorInvalid(_ vendor: Substring) -> String { "Vendor \(vendor) is not valid" }

  static func resourceNotARN(_ resource: String) -> String {
    "Resource \(resource) must be in ARN format or \"*\"."
  }

  static func partitionInvalid(_ partition: Substring, shownAs arn: String) -> String {
    "Partition \"\(partition)\" is not valid for resource \"\(arn)\"."
  }

  static func iamRegion(_ resource: String) -> String {
    "IAM resource \(resource) cannot contain region information."
  }

  static func s3Region(_ resource: String) -> String {
    "Resource \(resource) can not contain region information."
  }
}
