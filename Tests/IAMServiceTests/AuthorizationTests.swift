import IAMService
import Testing

@Suite struct AuthorizationTests {
  @Test func anExplicitDenyBeatsAnyAllow() throws {
    let h = try ServiceHarness()
    let caller = try h.user("mallory", policies: ["all": statement("iam:*"), "no": statement("iam:CreateGroup", effect: "Deny")])
    try h.call(as: caller) { _ = try $0.createUser(userName: "x", path: nil) }
    #expect(
      h.failure(as: caller) { try $0.createGroup(groupName: "g", path: nil) }
        == "403 AccessDenied User: arn:aws:iam::\(h.accountId):user/mallory is not authorized to perform: "
        + "iam:CreateGroup on resource: arn:aws:iam::\(h.accountId):group/g with an explicit deny in an identity-based policy")
  }

  @Test func refusalDoesNotRevealWhetherTheTargetExists() throws {
    let h = try ServiceHarness()
    let caller = try h.user("nosy")
    let missing = h.failure(as: caller) { try $0.getUser(userName: "ghost") }
    #expect(missing?.hasPrefix("403 AccessDenied") == true)
  }

  @Test func renamingNeedsPermissionOnTheNewNameToo() throws {
    let h = try ServiceHarness()
    let account = h.accountId
    let caller = try h.user(
      "ops", policies: ["rename": statement("iam:UpdateUser", "arn:aws:iam::\(account):user/team/*")])
    try h.call { _ = try $0.createUser(userName: "bob", path: "/team/") }
    try h.call(as: caller) { try $0.updateUser(userName: "bob", newPath: nil, newUserName: "robert") }
    #expect(
      h.failure(as: caller) { try $0.updateUser(userName: "robert", newPath: "/", newUserName: nil) }
        == "403 AccessDenied User: arn:aws:iam::\(account):user/ops is not authorized to perform: iam:UpdateUser "
        + "on resource: arn:aws:iam::\(account):user/robert because no identity-based policy allows the iam:UpdateUser action")
  }

  @Test func groupPoliciesApplyAndTheTraceNamesTheDecidingPolicy() throws {
    let h = try ServiceHarness()
    let caller = try h.user("dev")
    try h.call { iam in
      _ = try iam.createGroup(groupName: "readers", path: nil)
      try iam.putGroupPolicy(groupName: "readers", policyName: "list", policyDocument: statement("iam:List*"))
      try iam.addUserToGroup(groupName: "readers", userName: "dev")
    }
    let trace = Trace()
    try h.call(as: caller, trace: trace) { _ = try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    #expect(trace.debugLines.contains { $0.contains("iam:ListUsers") && $0.hasSuffix("allowed by group readers policy list") })
    try h.call { try $0.deleteGroupPolicy(groupName: "readers", policyName: "list") }
    #expect(h.failure(as: caller) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?.hasPrefix("403") == true)
  }

  @Test func aKeyDeletedEarlierInTheSameCommandStopsTheRest() throws {
    let h = try ServiceHarness()
    let caller = try h.user("self", policies: ["all": statement("iam:*")])
    #expect(
      h.failure(as: caller) { iam in
        try iam.deleteAccessKey(userName: "self", accessKeyId: caller.accessKeyId)
        return try iam.getUser(userName: nil)
      } == "403 InvalidClientTokenId The security token included in the request is invalid.")
    // The failed command changed nothing: the key still works.
    try h.call(as: caller) { _ = try $0.getUser(userName: nil) }
  }

  @Test func aWrongSecretIsASignatureMismatch() throws {
    let h = try ServiceHarness()
    let caller = try h.user("u")
    let wrong = AccessKeyPair(accessKeyId: caller.accessKeyId, secretAccessKey: "x" + caller.secretAccessKey.dropFirst())
    #expect(h.failure(as: wrong) { try $0.getUser(userName: nil) }?.hasPrefix("403 SignatureDoesNotMatch") == true)
  }
}
