import IAMPolicy
import Testing

/// What a successful parse exposes to the rest of the project.
@Suite struct PolicyModelTests {
  @Test func versionIsKeptOrNil() throws {
    #expect(try PolicyParser.parse(identityDocument(allowAll()), kind: .identity).version == "2012-10-17")
    #expect(
      try PolicyParser.parse(identityDocument(allowAll(), version: "2008-10-17"), kind: .identity).version
        == "2008-10-17")
    #expect(try PolicyParser.parse(identityDocument(allowAll(), version: nil), kind: .identity).version == nil)
  }

  @Test func statementsKeepTheirElements() throws {
    let text = #"""
      {"Version":"2012-10-17","Id":"doc","Statement":[
        {"Sid":"One","Effect":"Allow","Action":"iam:GetUser","Resource":["arn:aws:iam::1:user/a","arn:aws:iam::1:user/b"]},
        {"Effect":"Deny","NotAction":["iam:*","s3:*"],"NotResource":"*",
         "Condition":{"NumericLessThan":{"s3:max-keys":10},"Bool":{"aws:SecureTransport":[true,"false"]}}}]}
      """#
    let document = try PolicyParser.parse(text, kind: .identity)
    #expect(document.id == "doc")
    #expect(document.statements.count == 2)
    let first = document.statements[0]
    #expect(first.sid == "One")
    #expect(first.effect == .allow)
    #expect(first.actions?.patterns == ["iam:GetUser"])
    #expect(first.actions?.negated == false)
    #expect(first.resources?.patterns == ["arn:aws:iam::1:user/a", "arn:aws:iam::1:user/b"])
    #expect(first.conditions.isEmpty)
    let second = document.statements[1]
    #expect(second.sid == nil)
    #expect(second.effect == .deny)
    #expect(second.actions?.patterns == ["iam:*", "s3:*"])
    #expect(second.actions?.negated == true)
    #expect(second.resources?.negated == true)
    #expect(second.conditions.map(\.operatorName) == ["NumericLessThan", "Bool"])
    #expect(second.conditions.map(\.key) == ["s3:max-keys", "aws:SecureTransport"])
    #expect(second.conditions.map(\.values) == [["10"], ["true", "false"]])
  }

  @Test func conditionOperatorNamesAreTakenApart() throws {
    let name = OperatorName("ForAllValues:StringLikeIfExists")
    #expect(name.qualifier == .forAllValues)
    #expect(name.ifExists)
    #expect(name.base == .stringLike)
    #expect(OperatorName("ForAnyValue::StringEquals").base == nil)
    #expect(OperatorName("IfExists").base == nil)
    #expect(ConditionOperator.allCases.count == 27)
  }

  @Test func trustPrincipalsAreExposed() throws {
    let text = trustDocument(
      #""Effect":"Allow","Principal":{"AWS":["arn:aws:iam::123456789012:root","123456789012"],"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole""#
    )
    let document = try PolicyParser.parse(text, kind: .trust)
    let principal = try #require(document.statements[0].principal)
    #expect(!principal.isWildcard)
    #expect(principal.entries.map(\.type) == ["AWS", "Service"])
    #expect(principal.entries[0].values == ["arn:aws:iam::123456789012:root", "123456789012"])
    #expect(principal.entries[1].values == ["ec2.amazonaws.com"])
    #expect(document.statements[0].resources == nil)
  }

  @Test func wildcardPrincipal() throws {
    let document = try PolicyParser.parse(
      trustDocument(#""Effect":"Allow","Principal":"*","Action":"sts:AssumeRole""#), kind: .trust)
    #expect(document.statements[0].principal?.isWildcard == true)
    let negated = try PolicyParser.parse(
      trustDocument(#""Effect":"Deny","NotPrincipal":{"AWS":"1"},"Action":"sts:AssumeRole""#), kind: .trust)
    #expect(negated.statements[0].principal == nil)
    #expect(negated.statements[0].notPrincipal?.entries.first?.values == ["1"])
  }

  @Test func emptyOperatorBodyAddsNoClause() throws {
    let document = try PolicyParser.parse(
      identityDocument(allowAll(#""Condition":{"Unknown":{},"StringEquals":{}}"#)), kind: .identity)
    #expect(document.statements[0].conditions.isEmpty)
  }
}
