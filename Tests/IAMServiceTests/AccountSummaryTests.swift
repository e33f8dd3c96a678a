import Foundation
import IAMService
import Testing

@Suite struct AccountSummaryTests {
  @Test func countsWhatTheAccountHolds() throws {
    let h = try ServiceHarness()
    let trust = #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
    try h.call { iam in
      for name in ["a", "b", "c"] { _ = try iam.createUser(userName: name, path: nil) }
      for name in ["g1", "g2"] { _ = try iam.createGroup(groupName: name, path: nil) }
      for name in ["r1", "r2"] { _ = try iam.createRole(roleName: name, path: nil, assumeRolePolicyDocument: trust) }
      _ = try iam.createInstanceProfile(instanceProfileName: "p", path: nil)
      try iam.deleteUser(userName: "c")
    }
    let summary = try h.call { try $0.getAccountSummary() }
    let values = Dictionary(uniqueKeysWithValues: summary.map { ($0.key, $0.value) })
    #expect(values["Users"] == 2)
    #expect(values["Groups"] == 2)
    #expect(values["Roles"] == 2)
    #expect(values["InstanceProfiles"] == 1)
    #expect(values["ServerCertificates"] == 0)
    #expect(values["AccountAccessKeysPresent"] == 1)
    #expect(values["AccountSigningCertificatesPresent"] == 0)
    #expect(values["AccountMFAEnabled"] == 0)
    #expect(values["MFADevices"] == 0)
    #expect(values["UsersQuota"] == 5000)
    #expect(values["GroupsPerUserQuota"] == 10)
    #expect(values["UserPolicySizeQuota"] == 2048)
    #expect(values["RolePolicySizeQuota"] == 10240)
    #expect(values["AssumeRolePolicySizeQuota"] == 2048)
    #expect(summary.count == 33)
    #expect(summary.map(\.key) == summary.map(\.key).sorted())
  }

  /// The summary reads the account's counters, never the entities: a damaged user file cannot
  /// disturb it, as it would if the summary counted files.
  @Test func readsCountersNotEntities() throws {
    let h = try ServiceHarness()
    try h.call { _ = try $0.createUser(userName: "broken", path: nil) }
    try "not json".write(toFile: h.directory + "/store/users/broken.json", atomically: true, encoding: .utf8)
    try h.setCount("users", to: 4321)
    let summary = try h.call { try $0.getAccountSummary() }
    #expect(summary.first { $0.key == "Users" }?.value == 4321)
  }

  @Test func theRootUsersAccessKeysArePresentOrNot() throws {
    let h = try ServiceHarness()
    let admin = try h.user("admin", policies: ["all": statement("iam:*")])
    try h.call { try $0.deleteAccessKey(userName: nil, accessKeyId: h.root.accessKeyId) }
    let summary = try h.call(as: admin) { try $0.getAccountSummary() }
    #expect(summary.first { $0.key == "AccountAccessKeysPresent" }?.value == 0)
  }
}
