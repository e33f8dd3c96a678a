import IAMPolicy
import Testing

/// IAM User Guide, IAM identifiers: "Don't use a wildcard in the user/, group/, or policy/ part of
/// the ARN. For example, IAM does not allow the following: arn:aws:iam::123456789012:u*".
///
/// IAM refuses such a Resource on upload, and a pattern that reaches an IAM resource anyway (one
/// whose service is a wildcard, which IAM accepts, or a document built in code) matches nothing.
@Suite struct ResourceTypeWildcardTests {
  static let bob = "arn:aws:iam::123456789012:user/bob"

  static let refusedOnUpload = [
    "arn:aws:iam::123456789012:u*", "arn:aws:iam::123456789012:*/bob", "arn:aws:iam::123456789012:user*",
    "arn:aws:iam::123456789012:us?r/bob", "arn:aws:iam::*:*ser/*",
  ]

  @Test(arguments: refusedOnUpload)
  func theValidatorRefusesAWildcardInTheType(_ resource: String) {
    let statement = #""Effect":"Allow","Action":"iam:*","Resource":"\#(resource)""#
    #expect(rejection(identityDocument(statement)) == Messages.iamPath)
  }

  /// The decision of an Allow of every action on `pattern`, built without the validator.
  func allowDecision(_ pattern: String, on resource: String) -> Decision {
    let statement = PolicyStatement(
      effect: .allow, actions: PatternList(patterns: ["*"], negated: false),
      resources: PatternList(patterns: [pattern], negated: false))
    let document = PolicyDocument(version: PolicyDocument.currentVersion, statements: [statement])
    return decision(of: document, resource: resource)
  }

  @Test(arguments: refusedOnUpload)
  func aWildcardInTheTypeMatchesNoIAMResource(_ pattern: String) {
    #expect(allowDecision(pattern, on: Self.bob) == .implicitDeny)
  }

  static let acceptedOnUpload: [(String, String, Bool)] = [
    // IAM accepts these: the service is not `iam`, so it does not know the resource type.
    ("arn:aws:*::123456789012:u*", bob, false),
    ("arn:aws:*::123456789012:*/bob", bob, false),
    ("arn:aws:*::123456789012:user/*", bob, true),
    ("arn:aws:*::123456789012:*", bob, true),
    // Other services' resource types are unknown, so their wildcards match as written.
    ("arn:aws:*:*:123456789012:u*", "arn:aws:sqs:us-east-1:123456789012:updates", true),
    ("arn:aws:ec2:*:123456789012:*/i-1", "arn:aws:ec2:us-east-1:123456789012:instance/i-1", true),
    ("arn:aws:s3:::*/key", "arn:aws:s3:::bucket/key", true),
  ]

  @Test(arguments: acceptedOnUpload)
  func patternsIAMAccepts(_ pattern: String, _ resource: String, _ allowed: Bool) {
    #expect(rejection(identityDocument(#""Effect":"Allow","Action":"*","Resource":"\#(pattern)""#)) == nil)
    #expect(allowDecision(pattern, on: resource).isAllowed == allowed)
  }

  @Test func aWildcardAfterTheTypeStillMatches() {
    #expect(allowDecision("arn:aws:iam::123456789012:user/*", on: Self.bob).isAllowed)
    #expect(allowDecision("arn:aws:iam::123456789012:user/b?b", on: Self.bob).isAllowed)
    #expect(allowDecision("arn:aws:iam::123456789012:*", on: Self.bob).isAllowed)
    #expect(allowDecision("arn:aws:iam::123456789012", on: Self.bob).isAllowed)
  }
}
