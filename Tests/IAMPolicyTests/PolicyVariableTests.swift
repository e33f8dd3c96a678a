import IAMPolicy
import Testing

/// §5.4: `${...}` substitution, only under Version 2012-10-17.
@Suite struct PolicyVariableTests {
  static let ownUser = #""Effect":"Allow","Action":"iam:*","Resource":"arn:aws:iam::123456789012:user/${aws:username}""#
  static let bob = "arn:aws:iam::123456789012:user/bob"

  @Test func usernameIsSubstitutedInTheResourcePart() throws {
    let text = identityDocument(Self.ownUser)
    #expect(try decide(text, resource: Self.bob, context: ["aws:username": ["bob"]]) == .allowed(by: "test"))
    #expect(try decide(text, resource: Self.bob, context: ["aws:username": ["alice"]]) == .implicitDeny)
    #expect(try decide(text, resource: Self.bob, context: ["AWS:UserName": ["bob"]]) == .allowed(by: "test"))
  }

  @Test(arguments: ["2008-10-17", nil] as [String?])
  func olderLanguageTreatsVariablesAsText(_ version: String?) throws {
    let text = identityDocument(Self.ownUser, version: version)
    #expect(try decide(text, resource: Self.bob, context: ["aws:username": ["bob"]]) == .implicitDeny)
    let literal = "arn:aws:iam::123456789012:user/${aws:username}"
    #expect(try decide(text, resource: literal, context: ["aws:username": ["bob"]]) == .allowed(by: "test"))
    let condition = #"{"StringEquals":{"aws:username":"${aws:username}"}}"#
    #expect(try conditionAllows(condition, context: ["aws:username": ["bob"]], version: version) == false)
    #expect(try conditionAllows(condition, context: ["aws:username": ["${aws:username}"]], version: version))
  }

  @Test func unresolvableVariableMakesTheStatementNotMatch() throws {
    #expect(try decide(identityDocument(Self.ownUser), resource: Self.bob) == .implicitDeny)
    let deny = #"""
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
       {"Effect":"Deny","Action":"iam:*","NotResource":"arn:aws:iam::123456789012:user/${aws:username}"}]}
      """#
    #expect(try decide(deny, resource: Self.bob) == .allowed(by: "test"))
    #expect(try decide(deny, resource: Self.bob, context: ["aws:username": ["alice"]]) == .explicitDeny(by: "test", statement: 2))
    let condition = #"{"StringEquals":{"aws:ResourceTag/owner":"${aws:username}"}}"#
    #expect(try conditionDenies(condition, context: ["aws:ResourceTag/owner": ["bob"]]) == false)
    #expect(try conditionDenies(condition, context: ["aws:ResourceTag/owner": ["bob"], "aws:username": ["bob"]]))
  }

  @Test func theResourcePartIsSubstitutedAfterAStarCrossedColons() throws {
    let statement = #""Effect":"Allow","Action":"logs:*","Resource":"arn:aws:logs:us-*:log-group:${aws:username}:*""#
    let text = identityDocument(statement)
    let stream = "arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:s1"
    func decision(_ context: [String: [String]]) throws -> Decision {
      try decide(text, action: "logs:GetLogEvents", resource: stream, context: context)
    }
    #expect(try decision(["aws:username": ["app"]]) == .allowed(by: "test"))
    #expect(try decision(["aws:username": ["web"]]) == .implicitDeny)
    #expect(try decision([:]) == .implicitDeny)
  }

  @Test func multiValuedKeysCannotBeSubstituted() throws {
    let context = ["aws:username": ["bob", "alice"]]
    #expect(try decide(identityDocument(Self.ownUser), resource: Self.bob, context: context) == .implicitDeny)
  }

  @Test func defaultValueIsUsedWhenTheKeyIsMissing() throws {
    let statement = #""Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::home/${aws:username, 'anonymous'}/*""#
    let text = identityDocument(statement)
    #expect(try decide(text, action: "s3:GetObject", resource: "arn:aws:s3:::home/anonymous/f") == .allowed(by: "test"))
    #expect(
      try decide(text, action: "s3:GetObject", resource: "arn:aws:s3:::home/bob/f", context: ["aws:username": ["bob"]])
        == .allowed(by: "test"))
    #expect(
      try decide(
        text, action: "s3:GetObject", resource: "arn:aws:s3:::home/anonymous/f", context: ["aws:username": ["bob"]])
        == .implicitDeny)
  }

  @Test func defaultValueQuoting() throws {
    let condition = #"{"StringEquals":{"a:b":"${x:y ,  'it''s'}"}}"#
    #expect(try conditionAllows(condition, context: ["a:b": ["it's"]]))
    let unquoted = #"{"StringEquals":{"a:b":"${x:y, it}"}}"#
    #expect(try conditionAllows(unquoted, context: ["a:b": ["it"]]) == false)
  }

  static let specialCharacters: [(String, String, Bool)] = [
    ("arn:aws:s3:::bucket/${*}", "arn:aws:s3:::bucket/*", true),
    ("arn:aws:s3:::bucket/${*}", "arn:aws:s3:::bucket/anything", false),
    ("arn:aws:s3:::bucket/a${?}", "arn:aws:s3:::bucket/a?", true),
    ("arn:aws:s3:::bucket/a${?}", "arn:aws:s3:::bucket/ab", false),
    ("arn:aws:s3:::bucket/${$}{x}", "arn:aws:s3:::bucket/${x}", true),
    ("arn:aws:s3:::bucket/*${*}", "arn:aws:s3:::bucket/abc*", true),
    ("arn:aws:s3:::bucket/*${*}", "arn:aws:s3:::bucket/abc", false),
  ]

  @Test(arguments: specialCharacters)
  func specialCharacterVariables(_ pattern: String, _ resource: String, _ expected: Bool) throws {
    let text = identityDocument(#""Effect":"Allow","Action":"s3:*","Resource":"\#(pattern)""#)
    #expect((try decide(text, action: "s3:GetObject", resource: resource) == .allowed(by: "test")) == expected)
  }

  @Test func substitutedValuesAreNotWildcards() throws {
    let condition = #"{"StringLike":{"s3:prefix":"${aws:userid}/*"}}"#
    #expect(try conditionAllows(condition, context: ["aws:userid": ["AIDA1"], "s3:prefix": ["AIDA1/docs"]]))
    #expect(try conditionAllows(condition, context: ["aws:userid": ["A*"], "s3:prefix": ["AIDA1/docs"]]) == false)
    #expect(try conditionAllows(condition, context: ["aws:userid": ["A*"], "s3:prefix": ["A*/docs"]]))
  }

  @Test func substitutionHappensOnce() throws {
    let condition = #"{"StringEquals":{"a:b":"${aws:username}"}}"#
    let context = ["aws:username": ["${aws:userid}"], "aws:userid": ["X"], "a:b": ["${aws:userid}"]]
    #expect(try conditionAllows(condition, context: context))
  }

  @Test func variablesInArnAndBoolConditions() throws {
    let arn = #"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::123456789012:user/${aws:username}"}}"#
    #expect(try conditionAllows(arn, context: ["aws:username": ["bob"], "aws:PrincipalArn": [Self.bob]]))
    #expect(try conditionAllows(arn, context: ["aws:username": ["eve"], "aws:PrincipalArn": [Self.bob]]) == false)
    let bool = #"{"Bool":{"a:flag":"${a:expected}"}}"#
    #expect(try conditionAllows(bool, context: ["a:expected": ["true"], "a:flag": ["true"]]))
  }

  @Test func numericDateAndIpValuesAreNotSubstituted() throws {
    let numeric = #"{"NumericEquals":{"a:n":"${a:m}"}}"#
    #expect(try conditionAllows(numeric, context: ["a:n": ["1"], "a:m": ["1"]]) == false)
    let ip = #"{"IpAddress":{"aws:SourceIp":"${a:net}"}}"#
    #expect(try conditionAllows(ip, context: ["aws:SourceIp": ["10.0.0.1"], "a:net": ["10.0.0.0/8"]]) == false)
  }

  @Test func variablesOnlyCountAfterTheFifthColon() throws {
    let statement =
      #""Effect":"Allow","Action":"ec2:*","Resource":"arn:aws:ec2:${aws:RequestedRegion}:123456789012:instance/*""#
    let context = ["aws:RequestedRegion": ["us-east-1"]]
    let resource = "arn:aws:ec2:us-east-1:123456789012:instance/i-1"
    #expect(
      try decide(identityDocument(statement), action: "ec2:StartInstances", resource: resource, context: context)
        == .implicitDeny)
  }

  @Test(arguments: ["arn:aws:s3:::b/${aws:username", "arn:aws:s3:::b/${}", "arn:aws:s3:::b/${a b}"])
  func brokenVariablesMakeTheStatementNotMatch(_ pattern: String) throws {
    let text = identityDocument(#""Effect":"Allow","Action":"s3:*","Resource":"\#(pattern)""#)
    #expect(
      try decide(text, action: "s3:GetObject", resource: pattern, context: ["aws:username": ["x"]]) == .implicitDeny)
  }
}
