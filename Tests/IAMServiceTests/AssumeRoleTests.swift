import IAMService
import Testing

/// AssumeRole: who may assume a role, for how long, and what the session may then do.
@Suite struct AssumeRoleTests {
  let h: ServiceHarness
  let tom: AccessKeyPair

  init() throws {
    h = try ServiceHarness()
    tom = try h.user("tom")
  }

  func assume(_ role: String, as caller: AccessKeyPair? = nil, session: String = "tom-cli", duration: Int? = nil) throws
    -> AssumeRoleResult
  {
    try h.call(as: caller ?? tom) {
      try $0.assumeRole(roleArn: h.roleArn(role), roleSessionName: session, durationSeconds: duration)
    }
  }

  func refusal(_ role: String, as caller: AccessKeyPair? = nil, who: String? = nil) -> String {
    "403 AccessDenied User: \(who ?? h.userArn("tom")) is not authorized to perform: sts:AssumeRole on resource: \(h.roleArn(role))"
  }

  @Test func aTrustPolicyNamingTheUserGivesTemporaryCredentials() throws {
    try h.role("reader", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#))
    let result = try assume("reader")
    let credentials = result.credentials
    #expect(credentials.accessKeyId.hasPrefix("ASIA") && credentials.accessKeyId.count == 20)
    #expect(credentials.secretAccessKey.count == 40)
    #expect(credentials.sessionToken.count == 84)
    #expect(credentials.expiration == Timestamp(seconds: ServiceHarness.start + 3600).iso8601)
    #expect(result.assumedRoleUser.arn == h.sessionArn("reader", "tom-cli"))
    let role = try h.call { try $0.getRole(roleName: "reader") }
    #expect(result.assumedRoleUser.assumedRoleId == role.roleId + ":tom-cli")
    let identity = try h.call(as: credentials.pair) { try $0.getCallerIdentity() }
    #expect(identity.arn == h.sessionArn("reader", "tom-cli"))
    #expect(identity.userId == role.roleId + ":tom-cli")
    #expect(identity.account == h.accountId)
    #expect(identity.mfaAuthenticated == false)
  }

  @Test func theSessionMayDoWhatTheRolesPoliciesAllowAsTheyStandNow() throws {
    try h.role(
      "lister", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#),
      policies: ["list": statement("iam:ListUsers")])
    let session = try assume("lister").credentials.pair
    _ = try h.call(as: session) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    #expect(
      h.failure(as: session) { try $0.createGroup(groupName: "g", path: nil) }
        == "403 AccessDenied User: \(h.sessionArn("lister", "tom-cli")) is not authorized to perform: iam:CreateGroup "
        + "on resource: arn:aws:iam::\(h.accountId):group/g because no identity-based policy allows the iam:CreateGroup action")
    try h.call { try $0.putRolePolicy(roleName: "lister", policyName: "no", policyDocument: statement("iam:List*", effect: "Deny")) }
    #expect(
      h.failure(as: session) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?
        .hasSuffix("with an explicit deny in an identity-based policy") == true)
  }

  /// A session acts with the role's managed policies as well as its inline ones.
  @Test func theSessionHasTheRolesAttachedPolicies() throws {
    try h.role("auditor", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#))
    try h.call { try $0.attachRolePolicy(roleName: "auditor", policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess") }
    let session = try assume("auditor").credentials.pair
    _ = try h.call(as: session) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    #expect(h.failure(as: session) { try $0.createGroup(groupName: "g", path: nil) }?.hasPrefix("403 AccessDenied") == true)
    try h.call { try $0.detachRolePolicy(roleName: "auditor", policyArn: "arn:aws:iam::aws:policy/IAMReadOnlyAccess") }
    #expect(h.failure(as: session) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?.hasPrefix("403 AccessDenied") == true)
  }

  @Test func aDeletedRoleLeavesItsSessionsNothingEvenWhenCreatedAgain() throws {
    let trust = ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#)
    try h.role("temp", trust: trust, policies: ["all": statement("iam:*")])
    let session = try assume("temp").credentials.pair
    _ = try h.call(as: session) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    try h.call { iam in
      try iam.deleteRolePolicy(roleName: "temp", policyName: "all")
      try iam.deleteRole(roleName: "temp")
    }
    let denied = "403 AccessDenied User: \(h.sessionArn("temp", "tom-cli")) is not authorized to perform: iam:ListUsers"
    #expect(h.failure(as: session) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?.hasPrefix(denied) == true)
    try h.role("temp", trust: trust, policies: ["all": statement("iam:*")])
    #expect(h.failure(as: session) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?.hasPrefix(denied) == true)
    // Who the session was is still known.
    #expect(try h.call(as: session) { try $0.getCallerIdentity() }.arn == h.sessionArn("temp", "tom-cli"))
  }

  @Test func aTrustPolicyNamingOnlyTheAccountNeedsTheCallersOwnPermission() throws {
    try h.role("shared", trust: ServiceHarness.trust(#"{"AWS":"\#(h.accountId)"}"#))
    #expect(h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("shared"), roleSessionName: "ss") } == refusal("shared"))
    let allowed = try h.user("ann", policies: ["assume": statement("sts:AssumeRole", h.roleArn("shared"))])
    _ = try assume("shared", as: allowed)
  }

  @Test func anExplicitDenyInTheCallersPoliciesWinsOverATrustPolicyNamingIt() throws {
    let denied = try h.user("dan", policies: ["no": statement("sts:*", effect: "Deny")])
    try h.role("open", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("dan"))"}"#))
    #expect(
      h.failure(as: denied) { try $0.assumeRole(roleArn: h.roleArn("open"), roleSessionName: "ss") }
        == refusal("open", who: h.userArn("dan")))
  }

  @Test func usersTheTrustPolicyDoesNotNameAndRolesThatDoNotExistAreRefusedAlike() throws {
    try h.role("tims", trust: ServiceHarness.trust(#"{"AWS":"\#(try h.call { try $0.createUser(userName: "tim", path: nil) }.arn)"}"#))
    #expect(h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("tims"), roleSessionName: "ss") } == refusal("tims"))
    #expect(h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("ghost"), roleSessionName: "ss") } == refusal("ghost"))
    let elsewhere = "arn:aws:iam::210987654321:role/tims"
    #expect(
      h.failure(as: tom) { try $0.assumeRole(roleArn: elsewhere, roleSessionName: "ss") }
        == "403 AccessDenied User: \(h.userArn("tom")) is not authorized to perform: sts:AssumeRole on resource: \(elsewhere)")
  }

  @Test func aServicePrincipalDoesNotNameAUser() throws {
    try h.role("ec2", trust: ServiceHarness.trust(#"{"Service":"ec2.amazonaws.com"}"#))
    #expect(h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("ec2"), roleSessionName: "ss") } == refusal("ec2"))
  }

  @Test func theRootUserCannotAssumeRoles() throws {
    try h.role("any", trust: ServiceHarness.trust(#""*""#))
    #expect(
      h.failure { try $0.assumeRole(roleArn: h.roleArn("any"), roleSessionName: "ss") }
        == "403 AccessDenied Roles may not be assumed by root accounts.")
  }

  @Test func aUserCreatedAgainIsNotTheUserTheTrustPolicyNamed() throws {
    try h.role("toms", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#))
    try h.call { iam in
      try iam.deleteAccessKey(userName: "tom", accessKeyId: tom.accessKeyId)
      try iam.deleteUser(userName: "tom")
    }
    let newTom = try h.user("tom")
    #expect(
      h.failure(as: newTom) { try $0.assumeRole(roleArn: h.roleArn("toms"), roleSessionName: "ss") } == refusal("toms"))
    // Setting the trust policy again binds it to the tom that exists now.
    try h.call { try $0.updateAssumeRolePolicy(roleName: "toms", policyDocument: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#)) }
    _ = try assume("toms", as: newTom)
  }

  @Test func anExternalIdConditionIsMetOnlyByTheRightId() throws {
    try h.role(
      "partner",
      trust: ServiceHarness.trust(
        #"{"AWS":"\#(h.userArn("tom"))"}"#, condition: #"{"StringEquals":{"sts:ExternalId":"Unicorn42"}}"#))
    #expect(h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("partner"), roleSessionName: "ss") } == refusal("partner"))
    #expect(
      h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("partner"), roleSessionName: "ss", externalId: "unicorn42") }
        == refusal("partner"))
    _ = try h.call(as: tom) { try $0.assumeRole(roleArn: h.roleArn("partner"), roleSessionName: "ss", externalId: "Unicorn42") }
  }

  @Test func durationsAreBoundedByTheRoleAndByChaining() throws {
    let trust = ServiceHarness.trust(#""*""#)
    try h.role("short", trust: trust)
    try h.role("long", trust: trust, policies: ["assume": statement("sts:AssumeRole")], maxSessionDuration: 43200)
    #expect(
      h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("short"), roleSessionName: "ss", durationSeconds: 7200) }
        == "400 ValidationError The requested DurationSeconds exceeds the MaxSessionDuration set for this role.")
    try h.call { try $0.updateRole(roleName: "short", maxSessionDuration: 7200) }
    #expect(try assume("short", duration: 7200).credentials.expiration == Timestamp(seconds: ServiceHarness.start + 7200).iso8601)
    #expect(
      h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("short"), roleSessionName: "ss", durationSeconds: 899) }
        == "400 ValidationError 1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: "
        + "Member must have value greater than or equal to 900")
    #expect(
      h.failure { try $0.updateRole(roleName: "short", maxSessionDuration: 43201) }
        == "400 ValidationError 1 validation error detected: Value '43201' at 'maxSessionDuration' failed to satisfy constraint: "
        + "Member must have value less than or equal to 43200")
    let long = try assume("long", duration: 43200).credentials.pair
    // A role session that assumes a role gets an hour at most.
    #expect(
      h.failure(as: long) { try $0.assumeRole(roleArn: h.roleArn("short"), roleSessionName: "ss", durationSeconds: 3601) }
        == "400 ValidationError The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.")
    let chained = try h.call(as: long) { try $0.assumeRole(roleArn: h.roleArn("short"), roleSessionName: "next") }
    #expect(chained.credentials.expiration == Timestamp(seconds: ServiceHarness.start + 3600).iso8601)
    #expect(chained.assumedRoleUser.arn == h.sessionArn("short", "next"))
  }

  @Test func aRoleSessionNamedByItsRoleMayAssumeAnotherRole() throws {
    try h.role("first", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#))
    try h.role("second", trust: ServiceHarness.trust(#"{"AWS":"\#(h.roleArn("first"))"}"#))
    let first = try assume("first").credentials.pair
    _ = try h.call(as: first) { try $0.assumeRole(roleArn: h.roleArn("second"), roleSessionName: "hop") }
    #expect(
      h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("second"), roleSessionName: "ss") } == refusal("second"))
  }

  @Test func sessionParametersAreValidatedAsSTSDoes() throws {
    try h.role("r", trust: ServiceHarness.trust(#""*""#))
    #expect(
      h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("r"), roleSessionName: "a b") }
        == "400 ValidationError 1 validation error detected: Value 'a b' at 'roleSessionName' failed to satisfy constraint: "
        + "Member must satisfy regular expression pattern: [\\w+=,.@-]*")
    #expect(
      h.failure(as: tom) { try $0.assumeRole(roleArn: "arn:aws:iam::1:r", roleSessionName: "x") }?
        .hasPrefix("400 ValidationError 2 validation errors detected: Value 'arn:aws:iam::1:r' at 'roleArn'") == true)
  }

  @Test func aSourceIdentityNeedsTheTrustPolicysPermissionAndPassesOn() throws {
    try h.role("plain", trust: ServiceHarness.trust(#""*""#))
    let both = #"""
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":["sts:AssumeRole","sts:SetSourceIdentity"]}]}
      """#
    try h.role("tagged", trust: both)
    try h.role("next", trust: both)
    #expect(
      h.failure(as: tom) { try $0.assumeRole(roleArn: h.roleArn("plain"), roleSessionName: "ss", sourceIdentity: "tom") }
        == "403 AccessDenied User: \(h.userArn("tom")) is not authorized to perform: sts:SetSourceIdentity on resource: \(h.roleArn("plain"))")
    let tagged = try h.call(as: tom) {
      try $0.assumeRole(roleArn: h.roleArn("tagged"), roleSessionName: "ss", sourceIdentity: "tom")
    }
    #expect(tagged.sourceIdentity == "tom")
    let session = tagged.credentials.pair
    #expect(try h.call(as: session) { try $0.callerRequestContext() }.values(for: "aws:SourceIdentity") == ["tom"])
    let next = try h.call(as: session) { try $0.assumeRole(roleArn: h.roleArn("next"), roleSessionName: "nn") }
    #expect(next.sourceIdentity == "tom")
    #expect(
      h.failure(as: session) { try $0.assumeRole(roleArn: h.roleArn("plain"), roleSessionName: "nn") }?
        .contains("sts:SetSourceIdentity") == true)
  }
}
