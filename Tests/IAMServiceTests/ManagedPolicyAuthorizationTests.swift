import Foundation
import IAMService
import IAMStore
import Testing

/// Managed policies in decisions: every operation on them is authorized with its own action and
/// ARN, attached policies decide like inline ones, and one that cannot be read stops the decision.
@Suite struct ManagedPolicyAuthorizationTests {
  static let readOnly = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"

  /// A caller with no policy at all is refused each operation, and the refusal names the action
  /// and the resource a policy would have to allow.
  @Test func everyOperationIsAuthorizedWithItsActionAndResource() throws {
    let h = try ServiceHarness()
    let account = h.accountId
    let local = "arn:aws:iam::\(account):policy/P"
    try h.call { iam in
      _ = try iam.createPolicy(policyName: "P", path: nil, policyDocument: statement("s3:*"), description: nil)
      _ = try iam.createGroup(groupName: "G", path: nil)
      _ = try iam.createRole(
        roleName: "R", path: nil,
        assumeRolePolicyDocument: #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#)
    }
    let caller = try h.user("nobody")
    let user = "arn:aws:iam::\(account):user/nobody"
    let group = "arn:aws:iam::\(account):group/G"
    let role = "arn:aws:iam::\(account):role/R"
    let cases: [(String, String, (IAMAPI) throws -> Void)] = [
      ("iam:CreatePolicy", "arn:aws:iam::\(account):policy/ops/New", {
        _ = try $0.createPolicy(policyName: "New", path: "/ops/", policyDocument: statement("s3:*"), description: nil)
      }),
      ("iam:GetPolicy", Self.readOnly, { _ = try $0.getPolicy(policyArn: Self.readOnly) }),
      ("iam:DeletePolicy", local, { try $0.deletePolicy(policyArn: local) }),
      ("iam:ListPolicies", "*", {
        _ = try $0.listPolicies(scope: nil, onlyAttached: false, pathPrefix: nil, marker: nil, maxItems: nil)
      }),
      ("iam:CreatePolicyVersion", local, {
        _ = try $0.createPolicyVersion(policyArn: local, policyDocument: statement("s3:*"), setAsDefault: true)
      }),
      ("iam:GetPolicyVersion", local, { _ = try $0.getPolicyVersion(policyArn: local, versionId: "v1") }),
      ("iam:ListPolicyVersions", local, { _ = try $0.listPolicyVersions(policyArn: local, marker: nil, maxItems: nil) }),
      ("iam:DeletePolicyVersion", local, { try $0.deletePolicyVersion(policyArn: local, versionId: "v1") }),
      ("iam:SetDefaultPolicyVersion", local, { try $0.setDefaultPolicyVersion(policyArn: local, versionId: "v1") }),
      ("iam:ListEntitiesForPolicy", local, {
        _ = try $0.listEntitiesForPolicy(policyArn: local, marker: nil, maxItems: nil)
      }),
      ("iam:AttachUserPolicy", user, { try $0.attachUserPolicy(userName: "nobody", policyArn: local) }),
      ("iam:DetachUserPolicy", user, { try $0.detachUserPolicy(userName: "nobody", policyArn: local) }),
      ("iam:ListAttachedUserPolicies", user, {
        _ = try $0.listAttachedUserPolicies(userName: "nobody", pathPrefix: nil, marker: nil, maxItems: nil)
      }),
      ("iam:AttachGroupPolicy", group, { try $0.attachGroupPolicy(groupName: "G", policyArn: local) }),
      ("iam:DetachGroupPolicy", group, { try $0.detachGroupPolicy(groupName: "G", policyArn: local) }),
      ("iam:ListAttachedGroupPolicies", group, {
        _ = try $0.listAttachedGroupPolicies(groupName: "G", pathPrefix: nil, marker: nil, maxItems: nil)
      }),
      ("iam:AttachRolePolicy", role, { try $0.attachRolePolicy(roleName: "R", policyArn: local) }),
      ("iam:DetachRolePolicy", role, { try $0.detachRolePolicy(roleName: "R", policyArn: local) }),
      ("iam:ListAttachedRolePolicies", role, {
        _ = try $0.listAttachedRolePolicies(roleName: "R", pathPrefix: nil, marker: nil, maxItems: nil)
      }),
    ]
    for (action, resource, operation) in cases {
      #expect(
        h.failure(as: caller, operation)
          == "403 AccessDenied User: \(user) is not authorized to perform: \(action) on resource: \(resource) because no identity-based policy allows the \(action) action",
        "\(action)")
    }
  }

  /// An explicit Deny in an AWS managed policy beats the Allow of an inline one.
  @Test func aDenyInAnAttachedAWSPolicyWins() throws {
    let h = try ServiceHarness()
    let caller = try h.user("dev", policies: ["all": statement("iam:*")])
    _ = try h.call(as: caller) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    try h.call { try $0.attachUserPolicy(userName: "dev", policyArn: "arn:aws:iam::aws:policy/AWSDenyAll") }
    #expect(
      h.failure(as: caller) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?
        .hasSuffix("with an explicit deny in an identity-based policy") == true)
  }

  /// What applies is the default version, from the next request on.
  @Test func theDefaultVersionDecides() throws {
    let h = try ServiceHarness()
    let caller = try h.user("dev")
    let arn = try h.call { iam in
      let arn = try iam.createPolicy(policyName: "P", path: nil, policyDocument: statement("iam:ListUsers"), description: nil).arn
      _ = try iam.createPolicyVersion(policyArn: arn, policyDocument: statement("iam:ListGroups"), setAsDefault: false)
      try iam.attachUserPolicy(userName: "dev", policyArn: arn)
      return arn
    }
    _ = try h.call(as: caller) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    try h.call { try $0.setDefaultPolicyVersion(policyArn: arn, versionId: "v2") }
    #expect(h.failure(as: caller) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?.hasPrefix("403") == true)
    _ = try h.call(as: caller) { try $0.listGroups(pathPrefix: nil, marker: nil, maxItems: nil) }
  }

  /// A group's attached policy whose file is gone could hold the Deny that decides: the command
  /// stops, naming the group that attaches it, and changes nothing.
  @Test func aMissingAttachedPolicyStopsTheDecision() throws {
    let h = try ServiceHarness()
    let caller = try h.user("dev", policies: ["all": statement("iam:*")])
    try h.call { iam in
      let arn = try iam.createPolicy(
        policyName: "NoUsers", path: nil, policyDocument: statement("iam:CreateUser", effect: "Deny"), description: nil
      ).arn
      _ = try iam.createGroup(groupName: "Fenced", path: nil)
      try iam.attachGroupPolicy(groupName: "Fenced", policyArn: arn)
      try iam.addUserToGroup(groupName: "Fenced", userName: "dev")
    }
    try FileManager.default.removeItem(atPath: h.directory + "/store/policies/nousers.json")
    #expect {
      try h.call(as: caller) { _ = try $0.createUser(userName: "x", path: nil) }
    } throws: { error in
      guard case .damaged(let path, let reason) = error as? StoreError else { return false }
      return path == h.directory + "/store/groups/fenced.json"
        && reason == "it attaches the policy arn:aws:iam::\(h.accountId):policy/NoUsers, which does not exist"
    }
    #expect(!FileManager.default.fileExists(atPath: h.directory + "/store/users/x.json"))
  }

  /// Detaching, renaming and listing do not take a missing policy or a stray marker for nothing:
  /// the attachment's marker and counts would go astray.
  @Test func aMissingPolicyOrAStrayMarkerIsDamage() throws {
    let h = try ServiceHarness()
    let arn = try h.call { iam in
      _ = try iam.createUser(userName: "bob", path: nil)
      let arn = try iam.createPolicy(policyName: "P", path: nil, policyDocument: statement("s3:*"), description: nil).arn
      try iam.attachUserPolicy(userName: "bob", policyArn: arn)
      try iam.attachUserPolicy(userName: "bob", policyArn: Self.readOnly)
      return arn
    }
    let policyId = try h.call { try $0.getPolicy(policyArn: Self.readOnly) }.policyId
    let markers = h.directory + "/store/policy-attachments/" + policyId
    _ = FileManager.default.createFile(atPath: markers + "/stray", contents: Data("x\n".utf8), attributes: [.posixPermissions: 0o600])
    #expect(throws: StoreError.damaged(path: markers + "/stray", reason: "it is not the marker of a user, group or role")) {
      try h.call { _ = try $0.listEntitiesForPolicy(policyArn: Self.readOnly, marker: nil, maxItems: nil) }
    }
    try FileManager.default.removeItem(atPath: h.directory + "/store/policies/p.json")
    let damage = StoreError.damaged(
      path: h.directory + "/store/users/bob.json", reason: "it attaches the policy \(arn), which does not exist")
    #expect(throws: damage) { try h.call { try $0.detachUserPolicy(userName: "bob", policyArn: arn) } }
    #expect(throws: damage) { try h.call { try $0.updateUser(userName: "bob", newPath: nil, newUserName: "robert") } }
  }

  /// A customer policy edited by hand into something that is not a policy is not guessed at.
  @Test func aDamagedAttachedDocumentStopsTheDecision() throws {
    let h = try ServiceHarness()
    let caller = try h.user("dev")
    try h.call { iam in
      let arn = try iam.createPolicy(policyName: "P", path: nil, policyDocument: statement("iam:*"), description: nil).arn
      try iam.attachUserPolicy(userName: "dev", policyArn: arn)
    }
    let file = h.directory + "/store/policies/p.json"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: #"\"Effect\":\"Allow\""#, with: #"\"Effect\":\"Perhaps\""#)
      .write(toFile: file, atomically: true, encoding: .utf8)
    #expect {
      try h.call(as: caller) { _ = try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    } throws: { error in
      guard case .damaged(let path, let reason) = error as? StoreError else { return false }
      return path == file && reason.hasPrefix("a policy is not a valid policy document")
    }
  }

  /// Attaching and detaching keep the counts the summary and GetPolicy report, an AWS policy's in
  /// a file of its own that exists only while it is attached, so that the account record every
  /// command reads does not grow with the AWS policies in use.
  @Test func countsFollowAttachAndDetach() throws {
    let h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createUser(userName: "u", path: nil)
      _ = try iam.createGroup(groupName: "g", path: nil)
      let arn = try iam.createPolicy(policyName: "P", path: nil, policyDocument: statement("s3:*"), description: nil).arn
      try iam.attachUserPolicy(userName: "u", policyArn: arn)
      try iam.attachGroupPolicy(groupName: "g", policyArn: arn)
      try iam.attachGroupPolicy(groupName: "g", policyArn: Self.readOnly)
    }
    func summary(_ key: String) throws -> Int? { try h.call { try $0.getAccountSummary() }.first { $0.key == key }?.value }
    #expect(try summary("PolicyVersionsInUse") == 3)
    #expect(try summary("Policies") == 1)
    #expect(try h.call { try $0.getPolicy(policyArn: "arn:aws:iam::\(h.accountId):policy/P") }.attachmentCount == 2)
    let use = h.directory + "/store/aws-policy-attachments/iamreadonlyaccess.json"
    #expect(FileManager.default.fileExists(atPath: use))
    let account = try String(contentsOfFile: h.directory + "/store/account.json", encoding: .utf8)
    #expect(!account.contains("IAMReadOnlyAccess"))
    try h.call { try $0.detachGroupPolicy(groupName: "g", policyArn: Self.readOnly) }
    #expect(try summary("PolicyVersionsInUse") == 2)
    #expect(try h.call { try $0.getPolicy(policyArn: Self.readOnly) }.attachmentCount == 0)
    #expect(!FileManager.default.fileExists(atPath: use))
  }
}
