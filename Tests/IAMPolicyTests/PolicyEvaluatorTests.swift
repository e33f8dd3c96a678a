import IAMPolicy
import Testing

/// §5.1: explicit Deny beats Allow beats implicit deny, across all of a caller's policies.
@Suite struct PolicyEvaluatorTests {
  static func policy(_ label: String, _ text: String) throws -> NamedPolicy {
    NamedPolicy(label: label, document: try PolicyParser.parse(text, kind: .identity))
  }

  static func request(_ action: String, _ resource: String = "*") -> AuthorizationRequest {
    AuthorizationRequest(action: action, resource: resource, context: RequestContext())
  }

  static let readOnly = #"{"Statement":[{"Effect":"Allow","Action":["iam:Get*","iam:List*"],"Resource":"*"}]}"#
  static let admin = #"{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
  static let noDelete = #"{"Statement":[{"Effect":"Deny","Action":"iam:Delete*","Resource":"*"}]}"#

  @Test func noPoliciesMeansImplicitDeny() {
    #expect(PolicyEvaluator.evaluate(Self.request("iam:ListUsers"), policies: []) == .implicitDeny)
    #expect(!Decision.implicitDeny.isAllowed)
  }

  @Test func allowNamesTheFirstAllowingPolicy() throws {
    let policies = [
      try Self.policy("user bob policy ro", Self.readOnly), try Self.policy("group Admin policy all", Self.admin),
    ]
    let decision = PolicyEvaluator.evaluate(Self.request("iam:ListUsers"), policies: policies)
    #expect(decision == .allowed(by: "user bob policy ro"))
    #expect(decision.isAllowed)
    #expect(
      PolicyEvaluator.evaluate(Self.request("iam:CreateUser"), policies: policies)
        == .allowed(by: "group Admin policy all"))
  }

  @Test func denyWinsWhereverItIs() throws {
    let orders = [
      [try Self.policy("admin", Self.admin), try Self.policy("deny", Self.noDelete)],
      [try Self.policy("deny", Self.noDelete), try Self.policy("admin", Self.admin)],
    ]
    for policies in orders {
      #expect(PolicyEvaluator.evaluate(Self.request("iam:DeleteUser"), policies: policies) == .explicitDeny(by: "deny"))
      #expect(PolicyEvaluator.evaluate(Self.request("iam:CreateUser"), policies: policies) == .allowed(by: "admin"))
    }
  }

  @Test func denyInsideTheSameDocumentWins() throws {
    let text = #"""
      {"Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"},
                    {"Effect":"Deny","Action":"iam:DeleteGroup","Resource":"arn:aws:iam::123456789012:group/Admin"}]}
      """#
    let policies = [try Self.policy("p", text)]
    let admin = "arn:aws:iam::123456789012:group/Admin"
    #expect(
      PolicyEvaluator.evaluate(Self.request("iam:DeleteGroup", admin), policies: policies)
        == .explicitDeny(by: "p", statement: 2))
    #expect(
      PolicyEvaluator.evaluate(
        Self.request("iam:DeleteGroup", "arn:aws:iam::123456789012:group/Dev"), policies: policies)
        == .allowed(by: "p"))
  }

  @Test func readOnlyUserCannotCreate() throws {
    let policies = [try Self.policy("ro", Self.readOnly)]
    #expect(
      PolicyEvaluator.evaluate(Self.request("iam:CreateUser", "arn:aws:iam::123456789012:user/x"), policies: policies)
        == .implicitDeny)
  }

  @Test func singleStatementApplicability() throws {
    let document = try PolicyParser.parse(Self.noDelete, kind: .identity)
    #expect(PolicyEvaluator.applies(document.statements[0], in: document, to: Self.request("iam:DeleteRole")))
    #expect(!PolicyEvaluator.applies(document.statements[0], in: document, to: Self.request("iam:GetRole")))
  }

  @Test func trustStatementsWithoutResourceApplyToTheRole() throws {
    let text = PolicyGenerator.serviceTrustPolicy(service: "ec2.amazonaws.com")
    let document = try PolicyParser.parse(text, kind: .trust)
    let role = "arn:aws:iam::123456789012:role/r"
    #expect(PolicyEvaluator.applies(document.statements[0], in: document, to: Self.request("sts:AssumeRole", role)))
    #expect(!PolicyEvaluator.applies(document.statements[0], in: document, to: Self.request("sts:TagSession", role)))
  }

  @Test func requestContextKeysIgnoreCase() {
    var context = RequestContext(["aws:UserName": ["a"], "AWS:username": ["b"]])
    #expect(context.values(for: "AWS:USERNAME") == ["a", "b"] || context.values(for: "AWS:USERNAME") == ["b", "a"])
    #expect(context.values(for: "aws:userid") == nil)
    context.set("Aws:UserId", to: ["AIDA"])
    #expect(context.values(for: "aws:userid") == ["AIDA"])
    context.set("aws:userid", to: nil)
    #expect(context.values(for: "aws:userid") == nil)
  }
}

extension PolicyEvaluatorTests {
  @Test func theDecisionNamesTheStatementAndItsSid() throws {
    let text = #"""
      {"Statement":[{"Sid":"Reads","Effect":"Allow","Action":"iam:Get*","Resource":"*"},
                    {"Effect":"Allow","Action":"iam:List*","Resource":"*"},
                    {"Sid":"NoUsers","Effect":"Deny","Action":"iam:ListUsers","Resource":"*"}]}
      """#
    let policies = [try Self.policy("user bob policy p", text)]
    let get = PolicyEvaluator.evaluate(Self.request("iam:GetRole"), policies: policies)
    #expect(get == .allowed(by: "user bob policy p", statement: 1, sid: "Reads"))
    #expect(get.deciding?.description == "user bob policy p, statement 1 (Reads)")
    let list = PolicyEvaluator.evaluate(Self.request("iam:ListRoles"), policies: policies)
    #expect(list.deciding?.description == "user bob policy p, statement 2")
    let denied = PolicyEvaluator.evaluate(Self.request("iam:ListUsers"), policies: policies)
    #expect(denied == .explicitDeny(by: "user bob policy p", statement: 3, sid: "NoUsers"))
    #expect(Decision.implicitDeny.deciding == nil)
  }
}
