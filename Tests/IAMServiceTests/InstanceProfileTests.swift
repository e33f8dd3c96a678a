import IAMService
import Testing

@Suite struct InstanceProfileTests {
  let trust = #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#

  func harnessWithRoles(_ names: String...) throws -> ServiceHarness {
    let h = try ServiceHarness()
    for name in names {
      try h.call { _ = try $0.createRole(roleName: name, path: nil, assumeRolePolicyDocument: trust) }
    }
    return h
  }

  @Test func aProfileHoldsOneRoleAndRefusesEvenTheSameOneAgain() throws {
    let h = try harnessWithRoles("a", "b")
    try h.call { iam in
      _ = try iam.createInstanceProfile(instanceProfileName: "ip", path: "/web/")
      try iam.addRoleToInstanceProfile(instanceProfileName: "ip", roleName: "a")
    }
    for role in ["a", "b"] {
      #expect(
        h.failure { try $0.addRoleToInstanceProfile(instanceProfileName: "ip", roleName: role) }
          == "409 LimitExceeded Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1")
    }
    let profile = try h.call { try $0.getInstanceProfile(instanceProfileName: "ip") }
    #expect(profile.arn == "arn:aws:iam::\(h.accountId):instance-profile/web/ip")
    #expect(profile.instanceProfileId.hasPrefix("AIPA") && profile.instanceProfileId.count == 21)
    #expect(profile.roles.map(\.roleName) == ["a"])
    #expect(profile.roles.first?.assumeRolePolicyDocument == trust)
  }

  @Test func theLinkIsRecordedOnBothSides() throws {
    let h = try harnessWithRoles("a")
    try h.call { iam in
      for name in ["p2", "p1", "P3"] {
        _ = try iam.createInstanceProfile(instanceProfileName: name, path: nil)
        try iam.addRoleToInstanceProfile(instanceProfileName: name, roleName: "a")
      }
    }
    let listed = try h.call { try $0.listInstanceProfilesForRole(roleName: "a", marker: nil, maxItems: 2) }
    #expect(listed.items.map(\.instanceProfileName) == ["p1", "p2"])
    #expect(listed.isTruncated)
    let rest = try h.call { try $0.listInstanceProfilesForRole(roleName: "a", marker: listed.marker, maxItems: 2) }
    #expect(rest.items.map(\.instanceProfileName) == ["P3"])
    #expect(!rest.isTruncated)
    try h.call { try $0.removeRoleFromInstanceProfile(instanceProfileName: "p1", roleName: "a") }
    let after = try h.call { try $0.listInstanceProfilesForRole(roleName: "a", marker: nil, maxItems: nil) }
    #expect(after.items.map(\.instanceProfileName) == ["p2", "P3"])
  }

  @Test func removingARoleThatIsNotThereIsAnError() throws {
    let h = try harnessWithRoles("a")
    try h.call { _ = try $0.createInstanceProfile(instanceProfileName: "ip", path: nil) }
    #expect(
      h.failure { try $0.removeRoleFromInstanceProfile(instanceProfileName: "ip", roleName: "a") }
        == "404 NoSuchEntity The role with name a is not in instance profile ip.")
    #expect(
      h.failure { try $0.removeRoleFromInstanceProfile(instanceProfileName: "ip", roleName: "zz") }
        == "404 NoSuchEntity The role with name zz cannot be found.")
    #expect(
      h.failure { try $0.addRoleToInstanceProfile(instanceProfileName: "none", roleName: "a") }
        == "404 NoSuchEntity Instance Profile none cannot be found.")
  }

  @Test func deleteRefusesWhileARoleIsInside() throws {
    let h = try harnessWithRoles("a")
    try h.call { iam in
      _ = try iam.createInstanceProfile(instanceProfileName: "ip", path: nil)
      try iam.addRoleToInstanceProfile(instanceProfileName: "ip", roleName: "a")
    }
    #expect(
      h.failure { try $0.deleteInstanceProfile(instanceProfileName: "ip") }
        == "409 DeleteConflict Cannot delete entity, must remove roles from instance profile first.")
    #expect(
      h.failure { try $0.createInstanceProfile(instanceProfileName: "IP", path: nil) }
        == "409 EntityAlreadyExists Instance Profile IP already exists.")
  }

  @Test func profilesPerAccountQuota() throws {
    let h = try ServiceHarness()
    try h.setCount("instanceProfiles", to: 1000)
    #expect(
      h.failure { try $0.createInstanceProfile(instanceProfileName: "ip", path: nil) }
        == "409 LimitExceeded Cannot exceed quota for InstanceProfilesPerAccount: 1000")
  }

  @Test func profileNamesMayBe128Characters() throws {
    let h = try ServiceHarness()
    let name = String(repeating: "p", count: 128)
    try h.call { _ = try $0.createInstanceProfile(instanceProfileName: name, path: nil) }
    #expect(h.failure { try $0.createInstanceProfile(instanceProfileName: name + "p", path: nil) }?.contains(
      "Member must have length less than or equal to 128") == true)
  }
}
