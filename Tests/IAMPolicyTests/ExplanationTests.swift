import IAMPolicy
import Testing

/// `explain` reaches the decision `evaluate` reaches, and says of every statement why it
/// applies or not.
@Suite struct ExplanationTests {
  static let document = """
    {"Version":"2012-10-17","Statement":[
      {"Sid":"ReadAll","Effect":"Allow","Action":["iam:Get*","iam:List*"],"Resource":"*"},
      {"Effect":"Allow","Action":"iam:CreateUser","Resource":"arn:aws:iam::123456789012:user/team/*"},
      {"Sid":"Office","Effect":"Allow","Action":"iam:DeleteUser","Resource":"*",
       "Condition":{"StringEquals":{"aws:username":"alice"},"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}},
      {"Effect":"Allow","Action":"iam:UpdateUser","Resource":"arn:aws:iam::123456789012:user/${aws:username}"},
      {"Sid":"NoDeleteOfAdmins","Effect":"Deny","Action":"iam:DeleteUser","Resource":"arn:aws:iam::123456789012:user/admin*"}
    ]}
    """

  static func evaluation(_ action: String, _ resource: String, _ context: [String: [String]] = [:]) throws -> Evaluation {
    let policy = NamedPolicy(label: "user bob policy P", document: try PolicyParser.parse(document, kind: .identity))
    let request = AuthorizationRequest(action: action, resource: resource, context: RequestContext(context))
    let evaluation = PolicyEvaluator.explain(request, policies: [policy])
    #expect(evaluation.decision == PolicyEvaluator.evaluate(request, policies: [policy]))
    return evaluation
  }

  static let user = "arn:aws:iam::123456789012:user/"

  @Test func everyStatementHasItsReason() throws {
    let evaluation = try Self.evaluation("iam:DeleteUser", Self.user + "carol", ["aws:username": ["bob"]])
    #expect(evaluation.decision == .implicitDeny)
    let outcomes = evaluation.policies.first?.statements.map(\.outcome)
    #expect(
      outcomes == [.actionDoesNotMatch, .actionDoesNotMatch, .conditionsDoNotHold, .actionDoesNotMatch, .resourceDoesNotMatch])
    // The first condition that fails ends the list.
    #expect(evaluation.policies.first?.statements[2].conditions == [.doesNotHold])
  }

  /// A document reduced to one service names its statements by their places in the whole one,
  /// in the explanation's decision as in `evaluate`'s.
  @Test func aReducedDocumentNamesTheStatementAsWritten() throws {
    let whole = try PolicyParser.parse(Self.document, kind: .identity)
    let reduced = NamedPolicy(label: "p", document: ServiceFiling(whole).document(forService: "iam"))
    let request = AuthorizationRequest(
      action: "iam:DeleteUser", resource: Self.user + "admin1", context: RequestContext([:]))
    let deciding = DecidingStatement(policy: "p", index: 5, sid: "NoDeleteOfAdmins")
    #expect(PolicyEvaluator.explain(request, policies: [reduced]).decision == .explicitDeny(deciding))
    var kept = whole
    kept.statements = [whole.statements[4]]
    kept.statements[0].number = 5
    #expect(PolicyEvaluator.explain(request, policies: [NamedPolicy(label: "p", document: kept)]).decision == .explicitDeny(deciding))
    #expect(PolicyEvaluator.evaluate(request, policies: [NamedPolicy(label: "p", document: kept)]) == .explicitDeny(deciding))
  }

  @Test func theDenyThatDecidesIsNamedWithTheAllowsItBeat() throws {
    let evaluation = try Self.evaluation(
      "iam:DeleteUser", Self.user + "admin1", ["aws:username": ["alice"], "aws:SourceIp": ["10.1.2.3"]])
    #expect(evaluation.decision == .explicitDeny(DecidingStatement(policy: "user bob policy P", index: 5, sid: "NoDeleteOfAdmins")))
    let statements = try #require(evaluation.policies.first?.statements)
    #expect(statements[2].outcome == .applies && statements[2].conditions == [.holds, .holds])
    #expect(statements[4].applies)
  }

  @Test func anUndecidableConditionIsShownAsSuch() throws {
    let evaluation = try Self.evaluation(
      "iam:DeleteUser", Self.user + "carol", ["aws:username": ["alice"], "aws:SourceIp": ["not-an-address"]])
    #expect(evaluation.decision == .implicitDeny)
    #expect(evaluation.policies.first?.statements[2].conditions == [.holds, .undecidable])
    #expect(evaluation.policies.first?.statements[2].outcome == .conditionsDoNotHold)
  }

  @Test func aVariableWithoutValueIsTheReason() throws {
    let evaluation = try Self.evaluation("iam:UpdateUser", Self.user + "bob")
    #expect(evaluation.policies.first?.statements[3].outcome == .variableWithoutValue)
    let withName = try Self.evaluation("iam:UpdateUser", Self.user + "bob", ["aws:username": ["bob"]])
    #expect(withName.decision == .allowed(DecidingStatement(policy: "user bob policy P", index: 4)))
  }

  @Test func theFirstAllowIsTheOneNamed() throws {
    let evaluation = try Self.evaluation("iam:GetUser", Self.user + "bob")
    #expect(evaluation.decision == .allowed(DecidingStatement(policy: "user bob policy P", index: 1, sid: "ReadAll")))
    #expect(evaluation.policies.first?.statements.filter(\.applies).count == 1)
  }
}
