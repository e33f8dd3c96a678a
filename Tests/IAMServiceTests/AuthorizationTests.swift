import Foundation
import IAMService
import IAMStore
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
    #expect(trace.debugLines.contains { $0.contains("iam:ListUsers") && $0.hasSuffix("allowed by group readers policy list, statement 1") })
    try h.call { try $0.deleteGroupPolicy(groupName: "readers", policyName: "list") }
    #expect(h.failure(as: caller) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?.hasPrefix("403") == true)
  }

  /// Without -d nobody reads the debug lines, so they are not even built.
  @Test func aTraceThatKeepsNoDebugLinesBuildsNone() throws {
    let h = try ServiceHarness()
    let trace = Trace(keepsDebugLines: false)
    try h.call(trace: trace) { _ = try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    #expect(trace.debugLines.isEmpty)
    var built = false
    trace.debug({ built = true; return "line" }())
    #expect(!built)
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

  /// A group whose file is gone may hold the Deny that decides: the decision is not made
  /// without it, whatever else would allow the request.
  @Test func aMissingGroupStopsTheDecisionInsteadOfDroppingItsDeny() throws {
    let h = try ServiceHarness()
    let caller = try h.user("dev", policies: ["all": statement("iam:*")])
    try h.call { iam in
      _ = try iam.createGroup(groupName: "Fenced", path: nil)
      try iam.putGroupPolicy(
        groupName: "Fenced", policyName: "no", policyDocument: statement("iam:CreateUser", effect: "Deny"))
      try iam.addUserToGroup(groupName: "Fenced", userName: "dev")
    }
    let groupFile = h.directory + "/store/groups/fenced.json"
    try FileManager.default.removeItem(atPath: groupFile)
    #expect {
      try h.call(as: caller) { _ = try $0.createUser(userName: "x", path: nil) }
    } throws: { error in
      guard case .damaged(let path, let reason) = error as? StoreError else { return false }
      return path == groupFile && reason.contains("user dev is a member of group Fenced")
    }
    #expect(!FileManager.default.fileExists(atPath: h.directory + "/store/users/x.json"))
  }

  /// Putting a role into an instance profile hands the role to whatever runs with the profile,
  /// so it needs iam:PassRole on the role, as in AWS.
  @Test func addingARoleToAProfileNeedsPassRole() throws {
    let h = try ServiceHarness()
    let account = h.accountId
    try h.call { iam in
      let trust = #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
      _ = try iam.createRole(roleName: "Admin", path: nil, assumeRolePolicyDocument: trust)
      _ = try iam.createRole(roleName: "Reader", path: nil, assumeRolePolicyDocument: trust)
      _ = try iam.createInstanceProfile(instanceProfileName: "mine", path: nil)
    }
    let profiles = statement("iam:AddRoleToInstanceProfile", "arn:aws:iam::\(account):instance-profile/mine")
    let caller = try h.user("ops", policies: ["profiles": profiles])
    #expect(
      h.failure(as: caller) { try $0.addRoleToInstanceProfile(instanceProfileName: "mine", roleName: "Admin") }
        == "403 AccessDenied User: arn:aws:iam::\(account):user/ops is not authorized to perform: iam:PassRole "
        + "on resource: arn:aws:iam::\(account):role/Admin because no identity-based policy allows the iam:PassRole action")
    try h.call { try $0.putUserPolicy(userName: "ops", policyName: "pass", policyDocument: statement("iam:PassRole", "arn:aws:iam::\(account):role/Reader")) }
    try h.call(as: caller) { try $0.addRoleToInstanceProfile(instanceProfileName: "mine", roleName: "Reader") }
    #expect(try h.call { try $0.getInstanceProfile(instanceProfileName: "mine") }.roles.map(\.roleName) == ["Reader"])
  }
}
