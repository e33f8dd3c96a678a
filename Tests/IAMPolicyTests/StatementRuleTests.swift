import IAMPolicy
import Testing

/// Stages 5 to 10 and the AWS-only rules, each message and the order between them.
@Suite struct StatementRuleTests {
  @Test(arguments: ["a b", "Sid_1", "sid-1", "Ünïcode", "x.y"])
  func sidMustBeAlphanumeric(_ sid: String) {
    #expect(rejection(identityDocument(allowAll(#""Sid":"\#(sid)""#))) == Messages.sidCharacters)
  }

  @Test(arguments: ["", "Sid1", "ALLOW", "0"])
  func alphanumericSidsPass(_ sid: String) {
    #expect(rejection(identityDocument(allowAll(#""Sid":"\#(sid)""#))) == nil)
  }

  @Test func sidsMustBeUnique() {
    let document = #"{"Statement":[{\#(allowAll(#""Sid":"A""#))},{\#(allowAll(#""Sid":"A""#))}]}"#
    #expect(rejection(document) == Messages.sidUnique)
  }

  @Test func emptyAndCaseDifferentSidsMayRepeat() {
    let empty = #"{"Statement":[{\#(allowAll(#""Sid":"""#))},{\#(allowAll(#""Sid":"""#))}]}"#
    #expect(rejection(empty) == nil)
    let cased = #"{"Statement":[{\#(allowAll(#""Sid":"a""#))},{\#(allowAll(#""Sid":"A""#))}]}"#
    #expect(rejection(cased) == nil)
  }

  static let missingActions = [
    #""Effect":"Allow","Resource":"*""#,
    #""Effect":"Allow","Action":[],"Resource":"*""#,
    #""Effect":"Allow","NotAction":[],"Resource":"*""#,
  ]

  @Test(arguments: missingActions)
  func statementsNeedActions(_ statement: String) {
    #expect(rejection(identityDocument(statement)) == Messages.missingActions)
  }

  static let prefixProblems: [(String, String)] = [
    ("iamCreateUser", Messages.vendorMissing),
    ("", Messages.vendorMissing),
    ("iam:a:b", Messages.oneColon),
    ("a a:b", "Vendor a a is not valid"),
    ("i_am:CreateUser", "Vendor i_am is not valid"),
  ]

  @Test(arguments: prefixProblems)
  func actionsNeedAVendor(_ action: String, _ message: String) {
    #expect(rejection(identityDocument(#""Effect":"Allow","Action":"\#(action)","Resource":"*""#)) == message)
    #expect(
      rejection(identityDocument(#""Effect":"Allow","NotAction":["s3:*","\#(action)"],"Resource":"*""#)) == message)
  }

  @Test(arguments: ["*", "iam: asdf safdsf af ", "fsx:ListBucket", "*:Get*", "ec2.x-y:Describe*", "IAM:createuser"])
  func actionNamesAreNotChecked(_ action: String) {
    #expect(rejection(identityDocument(#""Effect":"Allow","Action":"\#(action)","Resource":"*""#)) == nil)
  }

  static let principals = [
    #""Principal":"*""#, #""Principal":{"AWS":"123456789012"}"#, #""NotPrincipal":{"Service":"x"}"#,
  ]

  @Test(arguments: principals)
  func identityPoliciesNameNoPrincipal(_ principal: String) {
    #expect(rejection(identityDocument(allowAll(principal))) == Messages.principalForbidden)
  }

  @Test(arguments: [#""Effect":"Allow","Action":"iam:*""#, #""Effect":"Allow","Action":"iam:*","Resource":[]"#])
  func identityPoliciesNeedResources(_ statement: String) {
    #expect(rejection(identityDocument(statement)) == Messages.missingResources)
  }

  @Test func trustPolicySentAsPermissionPolicyGetsThePrincipalMessage() {
    // A trust policy has no Resource; IAM still answers with the principal rule.
    let document = trustDocument(
      #""Sid":"","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole""#)
    #expect(rejection(document, kind: .identity) == Messages.principalForbidden)
    #expect(rejection(document, kind: .trust) == nil)
  }

  @Test func permissionPolicySentAsTrustPolicyGetsTheResourceMessage() {
    let document = identityDocument(#""Effect":"Allow","Action":["route53:ChangeResourceRecordSets"],"Resource":["*"]"#)
    #expect(rejection(document, kind: .trust) == Messages.resourceForbidden)
  }

  @Test(arguments: [
    #""Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Resource":"*""#,
    #""Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","NotResource":"*""#,
  ])
  func trustPoliciesHaveNoResource(_ statement: String) {
    #expect(rejection(trustDocument(statement), kind: .trust) == Messages.resourceForbidden)
  }

  @Test(arguments: [
    #""Effect":"Allow","Action":"sts:AssumeRole""#,
    #""Effect":"Allow","Principal":{},"Action":"sts:AssumeRole""#,
    #""Effect":"Allow","Principal":{"AWS":[]},"Action":"sts:AssumeRole""#,
    #""Effect":"Allow","Action":"s3:GetObject""#,
  ])
  func trustPoliciesNeedAPrincipal(_ statement: String) {
    #expect(rejection(trustDocument(statement), kind: .trust) == Messages.principalMissing)
  }

  @Test(arguments: [
    #""Effect":"Allow","Principal":"*","Action":"s3:GetObject""#,
    #""Effect":"Allow","Principal":"*","Action":["sts:AssumeRole","sts:*"]"#,
    #""Effect":"Allow","Principal":"*","Action":"*""#,
    #""Effect":"Deny","NotPrincipal":{"AWS":"x"},"NotAction":"iam:*""#,
  ])
  func trustPoliciesAllowOnlySTSActions(_ statement: String) {
    #expect(rejection(trustDocument(statement), kind: .trust) == Messages.trustActions)
  }

  @Test(arguments: [
    "sts:AssumeRole", "sts:AssumeRoleWithSAML", "sts:AssumeRoleWithWebIdentity", "sts:TagSession",
    "sts:SetSourceIdentity", "STS:assumerole",
  ])
  func stsActionsAreAcceptedInTrustPolicies(_ action: String) {
    let statement = #""Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"\#(action)""#
    #expect(rejection(trustDocument(statement), kind: .trust) == nil)
  }

  @Test func trustPolicyActionsStillNeedAVendorFirst() {
    let statement = #""Effect":"Allow","Principal":"*","Action":"AssumeRole""#
    #expect(rejection(trustDocument(statement), kind: .trust) == Messages.vendorMissing)
  }

  // Each row breaks two rules; the earlier stage must be the one reported.
  static let stageOrder: [(String, String, PolicyKind, String)] = [
    (
      "syntax before legacy", #"{"Statement":[{"Effect":"allow","Action":"iam:*","Resource":"*"},{"Effect":1}]}"#,
      .identity, Messages.syntax
    ),
    (
      "legacy before Sid", #"{"Statement":[{"Sid":"a b","Effect":"allow","Action":"iam:*","Resource":"*"}]}"#,
      .identity, Messages.legacy
    ),
    (
      "Sid characters before uniqueness",
      #"{"Statement":[{\#(allowAll(#""Sid":"A""#))},{\#(allowAll(#""Sid":"A""#))},{\#(allowAll(#""Sid":"a-b""#))}]}"#,
      .identity, Messages.sidCharacters
    ),
    (
      "Sid before resource format", identityDocument(#""Sid":"a b","Effect":"Allow","Action":"s3:*","Resource":"adf""#),
      .identity, Messages.sidCharacters
    ),
    (
      "Sid uniqueness before actions",
      #"{"Statement":[{\#(allowAll(#""Sid":"A""#))},{"Sid":"A","Effect":"Allow","Resource":"*"}]}"#, .identity,
      Messages.sidUnique
    ),
    (
      "actions before resource format",
      #"{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"adf"},{"Effect":"Allow","Resource":"*"}]}"#,
      .identity, Messages.missingActions
    ),
    (
      "resource format before action prefix",
      identityDocument(#""Effect":"Allow","Action":"nocolon","Resource":"adf""#), .identity,
      #"Resource adf must be in ARN format or "*"."#
    ),
    (
      "resource format before missing resources",
      #"{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"adf"},{"Effect":"Allow","Action":"s3:*"}]}"#,
      .identity, #"Resource adf must be in ARN format or "*"."#
    ),
    (
      "action prefix before principal",
      identityDocument(#""Effect":"Allow","Principal":"*","Action":"nocolon","Resource":"*""#), .identity,
      Messages.vendorMissing
    ),
    (
      "principal before missing resources", identityDocument(#""Effect":"Allow","Principal":"*","Action":"s3:*""#),
      .identity, Messages.principalForbidden
    ),
    (
      "resource before missing principal", trustDocument(#""Effect":"Allow","Action":"sts:AssumeRole","Resource":"*""#),
      .trust, Messages.resourceForbidden
    ),
    (
      "missing principal before STS actions", trustDocument(#""Effect":"Allow","Action":"s3:*""#), .trust,
      Messages.principalMissing
    ),
    (
      "resource format before prohibited resource",
      trustDocument(#""Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Resource":"adf""#), .trust,
      #"Resource adf must be in ARN format or "*"."#
    ),
  ]

  @Test(arguments: stageOrder)
  func firstFailingStageWins(_ name: String, _ document: String, _ kind: PolicyKind, _ message: String) {
    #expect(rejection(document, kind: kind) == message, "\(name)")
  }

  @Test func invalidPrincipalMessageHasIAMsShape() {
    let error = MalformedPolicy.invalidPrincipal(
      type: "AWS", value: "arn:aws:iam::123456789012:role/Orchestration_Role")
    #expect(error.message == #"Invalid principal in policy: "AWS":"arn:aws:iam::123456789012:role/Orchestration_Role""#)
  }
}
