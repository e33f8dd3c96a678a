import IAMPolicy

/// The MalformedPolicyDocument message for `text`, or nil when IAM would accept it.
func rejection(_ text: String, kind: PolicyKind = .identity) -> String? {
  do {
    _ = try PolicyParser.parse(text, kind: kind)
    return nil
  } catch {
    return error.message
  }
}

/// A one-statement identity document around the given statement members.
func identityDocument(_ statementMembers: String, version: String? = "2012-10-17") -> String {
  let versionMember = version.map { #""Version":"\#($0)","# } ?? ""
  return #"{\#(versionMember)"Statement":[{\#(statementMembers)}]}"#
}

/// A one-statement trust document around the given statement members.
func trustDocument(_ statementMembers: String) -> String {
  #"{"Version":"2012-10-17","Statement":[{\#(statementMembers)}]}"#
}

/// A valid statement's members with `extra` appended.
func allowAll(_ extra: String = "") -> String {
  #""Effect":"Allow","Action":"iam:*","Resource":"*""# + (extra.isEmpty ? "" : "," + extra)
}

enum Messages {
  static let syntax = "Syntax errors in policy."
  static let legacy = "The policy failed legacy parsing"
  static let sidCharacters =
    "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*"
  static let sidUnique = "Statement IDs (SID) in a single policy must be unique."
  static let missingActions = "Policy statement must contain actions."
  static let missingResources = "Policy statement must contain resources."
  static let vendorMissing = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."
  static let oneColon = "Actions/Condition can contain only one colon."
  static let principalForbidden = "Policy document should not specify a principal."
  static let principalMissing =
    "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!"
  static let resourceForbidden = "Has prohibited field Resource."
  static let trustActions =
    "Trust Policy statement actions can only be sts:AssumeRole, sts:AssumeRoleWithSAML,  and sts:AssumeRoleWithWebIdentity"
  static let resourceVendor = "Resource vendor must be fully qualified and cannot contain regexes."
  static let iamPath =
    #"IAM resource path must either be "*" or start with user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/."#
}

/// The decision of one identity document for one request.
func decide(
  _ text: String, action: String = "iam:GetUser", resource: String = "arn:aws:iam::123456789012:user/bob",
  context: [String: [String]] = [:]
) throws -> Decision {
  try decide(text, action: action, resource: resource, requestContext: RequestContext(context))
}

/// The same with a context built by the caller, such as one with keys of a declared kind.
func decide(
  _ text: String, action: String = "iam:GetUser", resource: String = "arn:aws:iam::123456789012:user/bob",
  requestContext: RequestContext
) throws -> Decision {
  decision(of: try PolicyParser.parse(text, kind: .identity), action: action, resource: resource, requestContext)
}

/// The decision of a document, validated or not, for one request.
func decision(
  of document: PolicyDocument, action: String = "iam:GetUser",
  resource: String = "arn:aws:iam::123456789012:user/bob", _ context: RequestContext = RequestContext()
) -> Decision {
  let request = AuthorizationRequest(action: action, resource: resource, context: context)
  return PolicyEvaluator.evaluate(request, policies: [NamedPolicy(label: "test", document: document)])
}

/// Whether a one-statement Allow with the given Condition block allows `iam:GetUser` on bob.
func conditionAllows(_ condition: String, context: [String: [String]], version: String? = "2012-10-17") throws -> Bool {
  let statement = allowAll(#""Condition":\#(condition)"#)
  return try decide(identityDocument(statement, version: version), context: context) == .allowed(by: "test")
}

/// Whether a one-statement Deny with the given Condition block denies `iam:GetUser` on bob.
func conditionDenies(_ condition: String, context: [String: [String]]) throws -> Bool {
  let statement = #""Effect":"Deny","Action":"iam:*","Resource":"*","Condition":\#(condition)"#
  return try decide(identityDocument(statement), context: context) == .explicitDeny(by: "test")
}

extension Decision {
  /// Allowed by statement `statement` (the first by default) of the policy labelled `label`.
  static func allowed(by label: String, statement: Int = 1, sid: String? = nil) -> Decision {
    .allowed(DecidingStatement(policy: label, index: statement, sid: sid))
  }

  /// Denied by statement `statement` (the first by default) of the policy labelled `label`.
  static func explicitDeny(by label: String, statement: Int = 1, sid: String? = nil) -> Decision {
    .explicitDeny(DecidingStatement(policy: label, index: statement, sid: sid))
  }
}
