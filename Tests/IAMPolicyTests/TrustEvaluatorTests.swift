import IAMPolicy
import Testing

/// Trust policies (iam-semantics §5.5): a statement applies only to the principals its
/// Principal element names, and how it names them decides whether identity policies must agree.
@Suite struct TrustEvaluatorTests {
  static let account = "123456789012"
  static let tom = "arn:aws:iam::123456789012:user/tom"
  static let role = "arn:aws:iam::123456789012:role/s3-readonly"
  static let other = "arn:aws:iam::123456789012:role/deploy"
  static let session = "arn:aws:sts::123456789012:assumed-role/deploy/ci"

  static let user = RequestingPrincipal.aws(account: account, arns: [tom])
  static let roleSession = RequestingPrincipal.aws(account: account, arns: [other, session])
  static let ec2 = RequestingPrincipal.service("ec2.amazonaws.com")

  static func trust(_ principal: String, effect: String = "Allow", condition: String? = nil) -> String {
    let conditionMember = condition.map { #","Condition":\#($0)"# } ?? ""
    return #"{"Version":"2012-10-17","Statement":[{"Effect":"\#(effect)","Principal":\#(principal),"Action":"sts:AssumeRole"\#(conditionMember)}]}"#
  }

  static func evaluate(
    _ text: String, _ principal: RequestingPrincipal, action: String = "sts:AssumeRole", context: [String: [String]] = [:]
  ) throws -> TrustDecision {
    let policy = NamedPolicy(label: "trust", document: try PolicyParser.parse(text, kind: .trust))
    let request = AuthorizationRequest(action: action, resource: role, context: RequestContext(context))
    return TrustEvaluator.evaluate(request, principal: principal, policy: policy)
  }

  static let allowedNamed = TrustDecision(decision: .allowed(by: "trust"), match: .named)
  static let allowedThroughAccount = TrustDecision(decision: .allowed(by: "trust"), match: .account)
  static let implicit = TrustDecision(decision: .implicitDeny, match: .none)

  @Test(arguments: [
    // A user's own ARN names it; another user's does not.
    (#"{"AWS":"arn:aws:iam::123456789012:user/tom"}"#, "user", "named"),
    (#"{"AWS":"arn:aws:iam::123456789012:user/tim"}"#, "user", "none"),
    (#"{"AWS":["arn:aws:iam::123456789012:user/tim","arn:aws:iam::123456789012:user/tom"]}"#, "user", "named"),
    // The account, as an id or as its root ARN, names every principal of it, through the account.
    (#"{"AWS":"123456789012"}"#, "user", "account"),
    (#"{"AWS":"arn:aws:iam::123456789012:root"}"#, "user", "account"),
    (#"{"AWS":"arn:aws:iam::123456789012:root"}"#, "session", "account"),
    (#"{"AWS":"arn:aws:iam::210987654321:root"}"#, "user", "none"),
    (#"{"AWS":"210987654321"}"#, "user", "none"),
    // A role session is named by its role's ARN or by its own session ARN.
    (#"{"AWS":"arn:aws:iam::123456789012:role/deploy"}"#, "session", "named"),
    (#"{"AWS":"arn:aws:sts::123456789012:assumed-role/deploy/ci"}"#, "session", "named"),
    (#"{"AWS":"arn:aws:sts::123456789012:assumed-role/deploy/other"}"#, "session", "none"),
    (#"{"AWS":"arn:aws:iam::123456789012:role/deploy"}"#, "user", "none"),
    // Everyone.
    (#""*""#, "user", "named"),
    (#""*""#, "ec2", "named"),
    (#"{"AWS":"*"}"#, "session", "named"),
    (#"{"AWS":"*"}"#, "ec2", "none"),
    // Services are named by their service name, and name no user.
    (#"{"Service":"ec2.amazonaws.com"}"#, "ec2", "named"),
    (#"{"Service":["lambda.amazonaws.com","ec2.amazonaws.com"]}"#, "ec2", "named"),
    (#"{"Service":"lambda.amazonaws.com"}"#, "ec2", "none"),
    (#"{"Service":"ec2.amazonaws.com"}"#, "user", "none"),
    (#"{"AWS":"123456789012"}"#, "ec2", "none"),
    // Federated principals are never this simulator's callers.
    (#"{"Federated":"cognito-identity.amazonaws.com"}"#, "user", "none"),
  ])
  func everyPrincipalForm(_ principal: String, _ who: String, _ expected: String) throws {
    let caller = ["user": Self.user, "session": Self.roleSession, "ec2": Self.ec2][who]!
    let decision = try Self.evaluate(Self.trust(principal), caller)
    switch expected {
    case "named": #expect(decision == Self.allowedNamed)
    case "account": #expect(decision == Self.allowedThroughAccount)
    default: #expect(decision == Self.implicit)
    }
  }

  @Test func theAllowThatNamesThePrincipalItselfDecides() throws {
    let text = #"""
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":{"AWS":"123456789012"},"Action":"sts:AssumeRole"},
        {"Sid":"Tom","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/tom"},"Action":"sts:AssumeRole"}]}
      """#
    #expect(
      try Self.evaluate(text, Self.user)
        == TrustDecision(decision: .allowed(by: "trust", statement: 2, sid: "Tom"), match: .named))
  }

  @Test func aDenyNamingThePrincipalWins() throws {
    let text = #"""
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"},
        {"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::123456789012:user/tom"},"Action":"sts:AssumeRole"}]}
      """#
    #expect(try Self.evaluate(text, Self.user).decision == .explicitDeny(by: "trust", statement: 2))
    #expect(try Self.evaluate(text, Self.roleSession) == Self.allowedNamed)
  }

  @Test func notPrincipalIsAboutEveryoneElse() throws {
    let text = #"""
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"},
        {"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::123456789012:user/tom"},"Action":"sts:AssumeRole"}]}
      """#
    #expect(try Self.evaluate(text, Self.user) == Self.allowedNamed)
    #expect(try Self.evaluate(text, Self.roleSession).decision == .explicitDeny(by: "trust", statement: 2))
  }

  @Test func theActionMustBeTheOneAsked() throws {
    #expect(try Self.evaluate(Self.trust(#""*""#), Self.user, action: "sts:TagSession") == Self.implicit)
  }

  @Test func conditionsSeeTheRequestContext() throws {
    let mfa = Self.trust(#"{"AWS":"arn:aws:iam::123456789012:user/tom"}"#, condition: #"{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#)
    #expect(try Self.evaluate(mfa, Self.user) == Self.implicit)
    #expect(try Self.evaluate(mfa, Self.user, context: ["aws:MultiFactorAuthPresent": ["false"]]) == Self.implicit)
    #expect(try Self.evaluate(mfa, Self.user, context: ["aws:MultiFactorAuthPresent": ["true"]]) == Self.allowedNamed)

    let external = Self.trust(#"{"AWS":"123456789012"}"#, condition: #"{"StringEquals":{"sts:ExternalId":"Unicorn42"}}"#)
    #expect(try Self.evaluate(external, Self.user) == Self.implicit)
    #expect(try Self.evaluate(external, Self.user, context: ["sts:ExternalId": ["unicorn42"]]) == Self.implicit)
    #expect(try Self.evaluate(external, Self.user, context: ["sts:ExternalId": ["Unicorn42"]]) == Self.allowedThroughAccount)
  }

  @Test func aDenyWithBoolIfExistsCatchesAnAbsentMFAKey() throws {
    let text = #"""
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"},
        {"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}
      """#
    #expect(try Self.evaluate(text, Self.user).decision == .explicitDeny(by: "trust", statement: 2))
    #expect(try Self.evaluate(text, Self.user, context: ["aws:MultiFactorAuthPresent": ["false"]]).decision.isAllowed == false)
    #expect(try Self.evaluate(text, Self.user, context: ["aws:MultiFactorAuthPresent": ["true"]]) == Self.allowedNamed)
  }
}
