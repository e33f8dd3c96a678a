import IAMPolicy
import Testing

/// §5.2: how actions and resources are matched, and NotAction/NotResource.
@Suite struct MatchingTests {
  static let actions: [(String, String, Bool)] = [
    ("iam:CreateUser", "iam:CreateUser", true),
    ("IAM:createuser", "iam:CreateUser", true),
    ("iam:CreateUser", "IAM:CREATEUSER", true),
    ("iam:*", "iam:CreateUser", true),
    ("*", "s3:GetObject", true),
    ("iam:Create*", "iam:CreateUser", true),
    ("iam:Create*", "iam:DeleteUser", false),
    ("iam:*User*", "iam:ListUsers", true),
    ("iam:*AccessKey*", "iam:UpdateAccessKey", true),
    ("iam:?reateUser", "iam:CreateUser", true),
    ("iam:CreateUse?", "iam:CreateUser", true),
    ("iam:CreateUser?", "iam:CreateUser", false),
    ("iam:Create", "iam:CreateUser", false),
    ("iam:CreateUser", "iam:CreateUsers", false),
    ("s3:*", "iam:CreateUser", false),
    ("iam:*", "iamx:CreateUser", false),
    ("iam:Get*Policy", "iam:GetUserPolicy", true),
    ("iam:Get*Policy", "iam:GetUserPolicyX", false),
  ]

  @Test(arguments: actions)
  func actionMatching(_ pattern: String, _ action: String, _ expected: Bool) throws {
    let text = identityDocument(#""Effect":"Allow","Action":"\#(pattern)","Resource":"*""#)
    #expect((try decide(text, action: action) == .allowed(by: "test")) == expected)
  }

  /// IAM User Guide, Action element: "You specify a value using a service namespace as an action
  /// prefix (iam, ec2, sqs, sns, s3, etc.) followed by the name of the action" and "You can also use
  /// wildcards (* or ?) as part of the action name." The prefix itself is never a pattern; the
  /// validator accepts `*` as a prefix (IAM does), and such an action then names no service.
  static let wildcardsStayInTheActionName: [(String, String, Bool)] = [
    ("*:GetObject", "s3:GetObject", false),
    ("*:Get*", "s3:GetObject", false),
    ("S3:get*", "s3:GetObject", true),
    ("s3:*Object", "s3:GetObject", true),
    ("s3:*", "s3:GetObject", true),
    ("*", "s3:GetObject", true),
  ]

  @Test(arguments: wildcardsStayInTheActionName)
  func wildcardsMatchWithinTheActionNameOnly(_ pattern: String, _ action: String, _ expected: Bool) throws {
    try actionMatching(pattern, action, expected)
  }

  static let user = "arn:aws:iam::123456789012:user/bob"

  static let resources: [(String, String, Bool)] = [
    ("*", user, true),
    ("*", "*", true),
    (user, user, true),
    ("arn:aws:iam::123456789012:user/Bob", user, false),
    ("arn:aws:iam::123456789012:user/*", user, true),
    ("arn:aws:iam::123456789012:user/*", "arn:aws:iam::123456789012:user/division/bob", true),
    ("arn:aws:iam::123456789012:*", user, true),
    ("arn:aws:iam::*:user/bob", user, true),
    ("arn:aws:iam::12345678901?:user/bob", user, true),
    ("arn:aws:iam::1234567890?:user/bob", user, false),
    ("arn:aws:*::123456789012:user/bob", user, true),
    ("arn:aws:ec2:*:123456789012:instance/*", "arn:aws:ec2:us-east-1:123456789012:instance/i-1", true),
    ("arn:aws:ec2:*:*:*", "arn:aws:ec2:us-east-1:123456789012:instance/i-1", true),
    ("arn:aws:ec2:us-west-?:*:*", "arn:aws:ec2:us-east-1:123456789012:instance/i-1", false),
    ("arn:aws:iam::123456789012:group/*", user, false),
    ("arn:aws:iam::123456789012:user/b?b", user, true),
    // Completed with `*` first (arn:aws:iam*:user/bob:*:*), these need two colons after user/bob.
    ("arn:aws:iam*:user/bob", user, false),
    ("arn:aws:*:user/bob", user, false),
    ("arn:aws:iam::123456789012:user/*", "*", false),
    ("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a:b:c", true),
    ("arn:aws:s3:::bucket/a:*", "arn:aws:s3:::bucket/a:b:c", true),
  ]

  @Test(arguments: resources)
  func resourceMatching(_ pattern: String, _ resource: String, _ expected: Bool) throws {
    let text = identityDocument(#""Effect":"Allow","Action":"iam:*","Resource":"\#(pattern)""#)
    #expect((try decide(text, resource: resource) == .allowed(by: "test")) == expected)
  }

  static let logStream = "arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:s1"

  /// IAM User Guide, Resource element: "If the * wildcard is the last character of a resource ARN
  /// segment, it can expand to match beyond the colon boundaries."
  static let trailingStarCrossesColons: [(String, String, Bool)] = [
    ("arn:aws:logs:us-*:log-group:app:*", logStream, true),
    ("arn:aws:logs:*:log-group:*", logStream, true),
    ("arn:aws:logs:us-east-1:*:app:*", logStream, true),
    ("arn:aws:logs:us-*-1:log-group:app:*", logStream, false),
    ("arn:aws:logs:us-east-?:log-group:app:*", logStream, false),
    ("arn:aws:logs:us-*:log-group:other:*", logStream, false),
  ]

  @Test(arguments: trailingStarCrossesColons)
  func aStarEndingASegmentMayCrossColons(_ pattern: String, _ resource: String, _ expected: Bool) throws {
    try resourceMatching(pattern, resource, expected)
  }

  static let queue = "arn:aws:sqs:us-east-2:123456789012:queue1"

  /// IAM User Guide, IAM identifiers: "When you specify an incomplete ARN (one with fewer than the
  /// standard six fields) in an identity-based policy, AWS automatically completes the ARN by adding
  /// wildcard characters (*) to all missing fields. For example, specifying arn:aws:sqs is
  /// equivalent to arn:aws:sqs:*:*:*".
  static let incompleteARNs: [(String, String, Bool)] = [
    ("arn:aws:sqs", queue, true),
    ("arn:aws:sqs:us-east-2", queue, true),
    ("arn:aws:sqs:us-east-2:123456789012", queue, true),
    ("arn:aws:sqs", "arn:aws:sns:us-east-2:123456789012:topic1", false),
    ("arn:aws:sqs:us-west-2", queue, false),
    ("arn:aws:sqs", "*", false),
    ("arn:aws:logs:us-east-1", logStream, true),
  ]

  @Test(arguments: incompleteARNs)
  func missingSegmentsAreWildcards(_ pattern: String, _ resource: String, _ expected: Bool) throws {
    try resourceMatching(pattern, resource, expected)
  }

  @Test func notResourceCompletesMissingSegmentsToo() throws {
    let text = identityDocument(#""Effect":"Allow","Action":"*","NotResource":"arn:aws:sqs""#)
    #expect(try decide(text, action: "sqs:SendMessage", resource: Self.queue) == .implicitDeny)
    #expect(try decide(text) == .allowed(by: "test"))
  }

  @Test func notActionAllowsEverythingElse() throws {
    let text = identityDocument(#""Effect":"Allow","NotAction":"iam:*User*","Resource":"*""#)
    #expect(try decide(text, action: "iam:CreateGroup") == .allowed(by: "test"))
    #expect(try decide(text, action: "iam:CreateUser") == .implicitDeny)
  }

  @Test func notActionAllowIsLimitedToItsResources() throws {
    let text = identityDocument(
      #""Effect":"Allow","NotAction":"iam:DeleteUser","Resource":"arn:aws:iam::123456789012:user/*""#)
    #expect(try decide(text, action: "iam:GetUser") == .allowed(by: "test"))
    #expect(try decide(text, action: "iam:GetGroup", resource: "arn:aws:iam::123456789012:group/g") == .implicitDeny)
  }

  @Test func notActionDenyDeniesEverythingElse() throws {
    let text = #"""
      {"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
                    {"Effect":"Deny","NotAction":"iam:Get*","Resource":"*"}]}
      """#
    #expect(try decide(text, action: "iam:GetUser") == .allowed(by: "test"))
    #expect(try decide(text, action: "iam:CreateUser") == .explicitDeny(by: "test", statement: 2))
  }

  @Test func notResourceInverts() throws {
    let text = identityDocument(
      #""Effect":"Allow","Action":"iam:*","NotResource":"arn:aws:iam::123456789012:user/admin*""#)
    #expect(try decide(text) == .allowed(by: "test"))
    #expect(try decide(text, resource: "arn:aws:iam::123456789012:user/admin1") == .implicitDeny)
  }

  @Test func denyWithNotResourceGrantsNothingByItself() throws {
    let text = identityDocument(#""Effect":"Deny","Action":"iam:*","NotResource":"arn:aws:iam::123456789012:user/x""#)
    #expect(try decide(text) == .explicitDeny(by: "test"))
    #expect(try decide(text, resource: "arn:aws:iam::123456789012:user/x") == .implicitDeny)
  }
}
