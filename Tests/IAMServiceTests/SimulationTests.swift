import IAMPolicy
import IAMService
import Testing

/// SimulatePrincipalPolicy and SimulateCustomPolicy: the decision, the statement behind it and
/// where it is written, without changing anything.
@Suite struct SimulationTests {
  let h: ServiceHarness
  static let noWrites = """
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": "iam:Get*", "Resource": "*"},
        {
          "Sid": "DenyWrites",
          "Effect": "Deny",
          "Action": ["iam:Create*", "iam:Delete*"],
          "Resource": "*"
        }
      ]
    }
    """

  init() throws {
    h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createGroup(groupName: "Developers", path: nil)
      _ = try iam.createUser(userName: "bob", path: nil)
      try iam.addUserToGroup(groupName: "Developers", userName: "bob")
      try iam.putGroupPolicy(groupName: "Developers", policyName: "NoIAMWrites", policyDocument: Self.noWrites)
      try iam.putUserPolicy(userName: "bob", policyName: "ReadIAM", policyDocument: statement("iam:ListUsers"))
    }
  }

  @Test func eachActionOnEachResourceWithTheStatementThatDecided() throws {
    let results = try h.call {
      try $0.simulate(
        .user("bob"), SimulationInput(actions: ["iam:CreateUser", "iam:ListUsers", "iam:PutUserPolicy"], resources: ["a", "b"]))
    }
    #expect(results.map(\.decision) == ["explicitDeny", "explicitDeny", "allowed", "allowed", "implicitDeny", "implicitDeny"])
    #expect(results.map(\.resource) == ["a", "b", "a", "b", "a", "b"])
    #expect(
      results[0].matchedStatements.map(\.description)
        == ["group Developers, policy NoIAMWrites, statement 2 (DenyWrites) at 5:5-10:5"])
    #expect(results[0].matchedStatements.first?.sourcePolicyType == "group")
    #expect(results[2].matchedStatements.map(\.sourcePolicyId) == ["ReadIAM"])
    #expect(results[2].matchedStatements.first?.sourcePolicyType == "user")
    #expect(results[4].matchedStatements.isEmpty)
  }

  /// A statement placed in its text when asked is the same as one whose place was given.
  @Test func aMatchedStatementIsPlacedInItsTextWhenAsked() {
    let text = #"{"Statement":[{"Effect":"Deny"},{"Sid":"B","Effect":"Allow"}]}"#
    let found = MatchedStatement(
      sourcePolicyId: "P", sourcePolicyType: "user", holder: "user bob", index: 2, sid: "B", in: text)
    #expect(found.position?.description == "1:33-1:60")
    let given = MatchedStatement(
      sourcePolicyId: "P", sourcePolicyType: "user", holder: "user bob", index: 2, sid: "B",
      position: StatementPosition.of(statement: 1, in: text))
    #expect(found == given)
    #expect(found.description == "user bob, policy P, statement 2 (B) at 1:33-1:60")
  }

  @Test func theResourceIsEverythingWhenNoneIsGiven() throws {
    let results = try h.call { try $0.simulate(.group("Developers"), SimulationInput(actions: ["iam:GetRole"])) }
    #expect(results.map(\.resource) == ["*"])
    #expect(results.map(\.decision) == ["allowed"])
  }

  @Test func documentsAloneAreACustomSimulation() throws {
    let results = try h.call {
      try $0.simulate(.documentsOnly, SimulationInput(actions: ["iam:DeleteUser"], documents: [Self.noWrites]))
    }
    #expect(results.first?.matchedStatements.first?.sourcePolicyId == "PolicyInputList.1")
    #expect(results.first?.matchedStatements.first?.sourcePolicyType == "none")
    #expect(
      h.failure { try $0.simulate(.documentsOnly, SimulationInput(actions: ["iam:GetUser"], documents: ["{"])) }?
        .hasPrefix("400 MalformedPolicyDocument") == true)
  }

  @Test func contextKeysDecideConditionsAndMissingOnesAreNamed() throws {
    let mfa = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#
    let without = try h.call { try $0.simulate(.documentsOnly, SimulationInput(actions: ["s3:GetObject"], documents: [mfa])) }
    #expect(without.first?.decision == "implicitDeny")
    #expect(without.first?.missingContextValues == ["aws:MultiFactorAuthPresent"])
    #expect(without.first?.explanation == ["    document 1 given, policy PolicyInputList.1, statement 1, Allow: does not apply (Bool aws:MultiFactorAuthPresent false)"])
    let with = try h.call {
      try $0.simulate(
        .documentsOnly,
        SimulationInput(
          actions: ["s3:GetObject"], context: [try ContextEntry(key: "aws:MultiFactorAuthPresent", values: ["true"], type: .boolean)],
          documents: [mfa]))
    }
    #expect(with.first?.decision == "allowed" && with.first?.missingContextValues == [])
  }

  @Test func aWildcardActionIsRefused() {
    #expect(
      h.failure { try $0.simulate(.user("bob"), SimulationInput(actions: ["iam:*"])) }
        == "400 InvalidInput Action iam:* has a wildcard: a simulation decides each action on its own, so name each one, as in iam:CreateUser.")
    #expect(h.failure { try $0.simulate(.user("bob"), SimulationInput(actions: ["CreateUser"])) }?.hasPrefix("400 InvalidInput") == true)
  }

  @Test func simulatingNeedsItsOwnPermission() throws {
    let carol = try h.user("carol")
    #expect(
      h.failure(as: carol) { try $0.simulate(.user("bob"), SimulationInput(actions: ["iam:GetUser"])) }?
        .contains("iam:SimulatePrincipalPolicy on resource: arn:aws:iam::\(h.accountId):user/bob") == true)
    #expect(
      h.failure(as: carol) { try $0.simulate(.documentsOnly, SimulationInput(actions: ["iam:GetUser"], documents: ["{}"])) }?
        .contains("iam:SimulateCustomPolicy on resource: *") == true)
    #expect(h.failure { try $0.simulate(.role("nosuch"), SimulationInput(actions: ["iam:GetUser"])) } == "404 NoSuchEntity The role with name nosuch cannot be found.")
  }

  @Test func managedPoliciesAreSimulatedWithTheirPlaceInTheirOwnText() throws {
    try h.call { iam in
      try iam.attachGroupPolicy(groupName: "Developers", policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess")
      _ = try iam.createPolicy(
        policyName: "Tags", path: nil, policyDocument: Self.noWrites.replacingOccurrences(of: "iam:Get*", with: "iam:Tag*"),
        description: nil)
      try iam.attachUserPolicy(userName: "bob", policyArn: "arn:aws:iam::\(h.accountId):policy/Tags")
    }
    let results = try h.call {
      try $0.simulate(.user("bob"), SimulationInput(actions: ["iam:ListRoles", "iam:TagUser", "iam:DeleteRole"]))
    }
    #expect(results.map(\.decision) == ["allowed", "allowed", "explicitDeny"])
    let aws = try #require(results[0].matchedStatements.first)
    #expect(aws.sourcePolicyType == "aws-managed" && aws.sourcePolicyId == "arn:aws:iam::aws:policy/IAMReadOnlyAccess")
    #expect(aws.holder == "group Developers" && aws.index == 1 && aws.position?.start.line == 1 && aws.position?.start.column == 15)
    let customer = try #require(results[1].matchedStatements.first)
    #expect(customer.sourcePolicyType == "user-managed" && customer.description.hasPrefix("user bob, policy arn:aws:iam::"))
    #expect(customer.position?.description == "4:5-4:62")
    // Both Denies that match are listed, bob's own first: his managed policy, then his group's inline one.
    #expect(results[2].matchedStatements.map(\.sourcePolicyType) == ["user-managed", "group"])
  }

  /// Actions of one service share what is read of each policy, and an AWS policy keeps only the
  /// patterns that cover one of them: each action is still decided, with the same statements, as
  /// when it is simulated alone.
  @Test func actionsSimulatedTogetherAreDecidedAsAlone() throws {
    try h.call { iam in
      for policy in ["ReadOnlyAccess", "AmazonS3FullAccess", "SecurityAudit", "AmazonEC2ReadOnlyAccess"] {
        try iam.attachGroupPolicy(groupName: "Developers", policyArn: "arn:aws:iam::aws:policy/\(policy)")
      }
      try iam.putUserPolicy(
        userName: "bob", policyName: "NoBuckets",
        policyDocument: #"{"Statement":[{"Effect":"Deny","Action":["s3:DeleteBucket","ec2:Terminate*"],"Resource":"*"}]}"#)
    }
    let actions = [
      "s3:GetObject", "s3:DeleteBucket", "S3:ListAllMyBuckets", "ec2:DescribeInstances", "ec2:TerminateInstances",
      "ec2:RunInstances", "iam:GetUser", "iam:CreateUser", "lambda:InvokeFunction", "kms:Decrypt",
    ]
    let together = try h.call { try $0.simulate(.user("bob"), SimulationInput(actions: actions)) }
    #expect(together.map(\.decision) == [
      "allowed", "explicitDeny", "allowed", "allowed", "explicitDeny", "implicitDeny", "allowed", "explicitDeny",
      "implicitDeny", "implicitDeny",
    ])
    for (action, result) in zip(actions, together) {
      let alone = try h.call { try $0.simulate(.user("bob"), SimulationInput(actions: [action])) }
      #expect(alone.map(\.decision) == [result.decision], "\(action)")
      #expect(alone.first?.matchedStatements == result.matchedStatements, "\(action)")
    }
  }

  @Test func contextEntriesKeepTheirKind() throws {
    let list = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:TagKeys":"a"}}}]}"#
    let single = try h.call {
      try $0.simulate(
        .documentsOnly,
        SimulationInput(actions: ["s3:GetObject"], context: [try ContextEntry(key: "aws:TagKeys", values: ["a"], type: .stringList)], documents: [list]))
    }
    // A multivalued key needs a set operator: StringEquals alone does not match it (see the README).
    #expect(single.first?.decision == "implicitDeny")
  }
}
