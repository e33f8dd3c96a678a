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
    ("*:Get*", "s3:GetObject", true),
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
    // A `*` stays within its segment: here it would have to swallow "::123456789012".
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
