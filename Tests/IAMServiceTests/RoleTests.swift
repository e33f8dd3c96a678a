import IAMService
import Testing

@Suite struct RoleTests {
  let ec2Trust = #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#

  func trust(principal: String) -> String {
    #"{"Statement":[{"Effect":"Allow","Principal":{"AWS":\#(principal)},"Action":"sts:AssumeRole"}]}"#
  }

  @Test func createdRoleHasAnAROAIdAndKeepsItsTrustPolicyVerbatim() throws {
    let h = try ServiceHarness()
    let role = try h.call { try $0.createRole(roleName: "web", path: "/svc/", assumeRolePolicyDocument: ec2Trust) }
    #expect(role.arn == "arn:aws:iam::\(h.accountId):role/svc/web")
    #expect(role.roleId.hasPrefix("AROA") && role.roleId.count == 21)
    #expect(try h.call { try $0.getRole(roleName: "web") }.assumeRolePolicyDocument == ec2Trust)
  }

  @Test func roleNamesAreUniqueIgnoringCaseButLookUpsAreExact() throws {
    let h = try ServiceHarness()
    try h.call { _ = try $0.createRole(roleName: "Web", path: nil, assumeRolePolicyDocument: ec2Trust) }
    #expect(
      h.failure { try $0.createRole(roleName: "WEB", path: nil, assumeRolePolicyDocument: ec2Trust) }
        == "409 EntityAlreadyExists Role with name WEB already exists.")
    #expect(h.failure { try $0.getRole(roleName: "web") } == "404 NoSuchEntity The role with name web cannot be found.")
    // Entities of different types may share a name.
    try h.call { _ = try $0.createInstanceProfile(instanceProfileName: "Web", path: nil) }
  }

  @Test func principalsOfThisAccountMustExistWithTheirPath() throws {
    let h = try ServiceHarness()
    let account = h.accountId
    try h.call { _ = try $0.createUser(userName: "deployer", path: "/ci/") }
    let good = [
      #""arn:aws:iam::\#(account):user/ci/deployer""#, #""\#(account)""#, #""arn:aws:iam::\#(account):root""#,
      #""*""#, #"["arn:aws:iam::123456789012:user/elsewhere"]"#,
    ]
    for (index, principal) in good.enumerated() {
      try h.call { _ = try $0.createRole(roleName: "ok\(index)", path: nil, assumeRolePolicyDocument: trust(principal: principal)) }
    }
    let bad = [
      "arn:aws:iam::\(account):user/deployer", "arn:aws:iam::\(account):role/ghost",
      "arn:aws:iam::\(account):user/ci/*", "not-an-arn",
    ]
    for value in bad {
      #expect(
        h.failure { try $0.createRole(roleName: "bad", path: nil, assumeRolePolicyDocument: trust(principal: "\"\(value)\"")) }
          == "400 MalformedPolicyDocument Invalid principal in policy: \"AWS\":\"\(value)\"")
    }
  }

  @Test func trustPoliciesAreCheckedAsTrustPolicies() throws {
    let h = try ServiceHarness()
    let withResource = #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}]}"#
    #expect(
      h.failure { try $0.createRole(roleName: "r", path: nil, assumeRolePolicyDocument: withResource) }
        == "400 MalformedPolicyDocument Has prohibited field Resource.")
    let noPrincipal = #"{"Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}"#
    #expect(h.failure { try $0.createRole(roleName: "r", path: nil, assumeRolePolicyDocument: noPrincipal) }?.hasPrefix(
      "400 MalformedPolicyDocument Invalid principal in policy: ") == true)
    #expect(h.failure { try $0.getRole(roleName: "r") } != nil, "a refused role must not exist")
  }

  @Test func trustPolicySizeIsLimitedTo2048ChargedCharacters() throws {
    let h = try ServiceHarness()
    func document(serviceLength: Int) -> String {
      let service = String(repeating: "a", count: serviceLength)
      return #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"\#(service)"},"Action":"sts:AssumeRole"}]}"#
    }
    let overhead = document(serviceLength: 0).count
    try h.call { _ = try $0.createRole(roleName: "fits", path: nil, assumeRolePolicyDocument: document(serviceLength: 2048 - overhead)) }
    #expect(
      h.failure { try $0.updateAssumeRolePolicy(roleName: "fits", policyDocument: document(serviceLength: 2049 - overhead)) }
        == "409 LimitExceeded Cannot exceed quota for ACLSizePerRole: 2048")
  }

  @Test func roleInlinePoliciesShareOne10240CharacterQuota() throws {
    let h = try ServiceHarness()
    try h.call { _ = try $0.createRole(roleName: "r", path: nil, assumeRolePolicyDocument: ec2Trust) }
    let padding = String(repeating: "a", count: 6000)
    let big = statement("s3:GetObject", "arn:aws:s3:::\(padding)")
    try h.call { try $0.putRolePolicy(roleName: "r", policyName: "one", policyDocument: big) }
    #expect(
      h.failure { try $0.putRolePolicy(roleName: "r", policyName: "two", policyDocument: big) }
        == "409 LimitExceeded Maximum policy size of 10240 bytes exceeded for role r")
    // Replacing the one policy with itself is not counted twice.
    try h.call { try $0.putRolePolicy(roleName: "r", policyName: "one", policyDocument: big) }
  }

  @Test func rolesPerAccountQuota() throws {
    let h = try ServiceHarness()
    try h.setCount("roles", to: 1000)
    #expect(
      h.failure { try $0.createRole(roleName: "r", path: nil, assumeRolePolicyDocument: ec2Trust) }
        == "409 LimitExceeded Cannot exceed quota for RolesPerAccount: 1000")
  }

  @Test func deleteRoleRefusesWhileInAProfileThenWhileItHasPolicies() throws {
    let h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createRole(roleName: "r", path: nil, assumeRolePolicyDocument: ec2Trust)
      try iam.putRolePolicy(roleName: "r", policyName: "p", policyDocument: statement("s3:*"))
      _ = try iam.createInstanceProfile(instanceProfileName: "ip", path: nil)
      try iam.addRoleToInstanceProfile(instanceProfileName: "ip", roleName: "r")
    }
    #expect(
      h.failure { try $0.deleteRole(roleName: "r") }
        == "409 DeleteConflict Cannot delete entity, must remove roles from instance profile first.")
    try h.call { try $0.removeRoleFromInstanceProfile(instanceProfileName: "ip", roleName: "r") }
    #expect(
      h.failure { try $0.deleteRole(roleName: "r") } == "409 DeleteConflict Cannot delete entity, must delete policies first.")
    try h.call { iam in
      try iam.deleteRolePolicy(roleName: "r", policyName: "p")
      try iam.deleteRole(roleName: "r")
    }
    #expect(try h.call { try $0.listRoles(pathPrefix: nil, marker: nil, maxItems: nil) }.items.isEmpty)
  }
}

extension RoleTests {
  @Test func principalAccountsMustBeTwelveDigitsInAKnownPartition() throws {
    let h = try ServiceHarness()
    let account = h.accountId
    try h.call { _ = try $0.createRole(roleName: "session", path: nil, assumeRolePolicyDocument: ec2Trust) }
    let accepted = [
      "arn:aws:sts::\(account):assumed-role/session/alice", "arn:aws:sts::123456789012:assumed-role/other/bob",
      "arn:aws-cn:iam::123456789012:root",
    ]
    for (index, value) in accepted.enumerated() {
      try h.call {
        _ = try $0.createRole(roleName: "ok\(index)", path: nil, assumeRolePolicyDocument: trust(principal: "\"\(value)\""))
      }
    }
    let refused = [
      "arn:aws:iam::abcdefghijkl:root", "arn:other:iam::123456789012:root",
      "arn:aws:sts::\(account):assumed-role/ghost/alice", "arn:aws:iam:us-east-1:123456789012:root",
    ]
    for value in refused {
      #expect(
        h.failure { try $0.createRole(roleName: "bad", path: nil, assumeRolePolicyDocument: trust(principal: "\"\(value)\"")) }
          == "400 MalformedPolicyDocument Invalid principal in policy: \"AWS\":\"\(value)\"")
    }
  }
}
