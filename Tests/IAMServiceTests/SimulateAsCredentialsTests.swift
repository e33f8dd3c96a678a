import IAMPolicy
import IAMService
import Testing

/// `iam simulate --as`: a simulation of whoever a key is, a session with its role and its
/// request keys included.
@Suite struct SimulateAsCredentialsTests {
  let h: ServiceHarness
  let tom: AccessKeyPair

  init() throws {
    h = try ServiceHarness()
    tom = try h.user("tom", policies: ["Read": statement("iam:GetUser")])
  }

  static let mfaOnly = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#

  @Test func aUserKeyIsSimulatedAsItsUser() throws {
    let results = try h.call { try $0.simulate(.credentials(tom), SimulationInput(actions: ["iam:GetUser", "iam:CreateUser"])) }
    #expect(results.map(\.decision) == ["allowed", "implicitDeny"])
    #expect(results.first?.matchedStatements.first?.holder == "user tom")
  }

  @Test func aSessionKeyIsSimulatedWithItsRoleAndItsKeys() throws {
    try h.role("reader", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#), policies: ["mfa": Self.mfaOnly])
    let session = try h.call(as: tom) {
      try $0.assumeRole(roleArn: h.roleArn("reader"), roleSessionName: "tom-cli")
    }.credentials
    let pair = AccessKeyPair(
      accessKeyId: session.accessKeyId, secretAccessKey: session.secretAccessKey, sessionToken: session.sessionToken)
    let results = try h.call { try $0.simulate(.credentials(pair), SimulationInput(actions: ["s3:GetObject", "iam:GetUser"])) }
    // The session was made without MFA, so the request says so, and the role does not allow it.
    #expect(results.map(\.decision) == ["implicitDeny", "implicitDeny"])
    #expect(results.first?.missingContextValues == [])
    #expect(results.first?.explanation.first?.hasSuffix("(Bool aws:MultiFactorAuthPresent false)") == true)
  }

  @Test func credentialsThatAreNotAcceptedAreRefusedAsARequestWouldBe() throws {
    let wrong = AccessKeyPair(accessKeyId: tom.accessKeyId, secretAccessKey: "x")
    #expect(h.failure { try $0.simulate(.credentials(wrong), SimulationInput(actions: ["iam:GetUser"])) }?.hasPrefix("403 SignatureDoesNotMatch") == true)
    #expect(
      h.failure { try $0.simulate(.credentials(h.root), SimulationInput(actions: ["iam:GetUser"])) }
        == "400 InvalidInput The credentials are the root user's, whom no policy restricts: there is nothing to simulate.")
  }

  /// AWS's simulator leaves trust policies out; --assume-role asks them as AssumeRole does.
  @Test func aRoleToAssumeIsDecidedByItsTrustPolicy() throws {
    let condition = #"{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#
    try h.role("mfa-role", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#, condition: condition))
    let withoutMFA = try h.call { try $0.simulate(.user("tom"), SimulationInput(actions: [], assumeRole: "mfa-role")) }
    #expect(withoutMFA.map(\.action) == ["sts:AssumeRole"])
    #expect(withoutMFA.map(\.resource) == [h.roleArn("mfa-role")])
    #expect(withoutMFA.map(\.decision) == ["implicitDeny"])
    let mfa = try ContextEntry(key: "aws:MultiFactorAuthPresent", values: ["true"], type: .boolean)
    let withMFA = try h.call {
      try $0.simulate(.user("tom"), SimulationInput(actions: ["iam:GetUser"], context: [mfa], assumeRole: "mfa-role"))
    }
    #expect(withMFA.map(\.decision) == ["allowed", "allowed"])
    let trust = try #require(withMFA.last?.matchedStatements.first)
    #expect(trust.sourcePolicyType == "resource" && trust.holder == "role mfa-role" && trust.index == 1)
    #expect(trust.position?.start.line == 1)
    #expect(
      h.failure { try $0.simulate(.group("nobody"), SimulationInput(actions: [], assumeRole: "mfa-role")) }?
        .hasPrefix("404 NoSuchEntity") == true)
  }
}
