import IAMService
import Testing

@Suite struct QuotaTests {
  @Test func usersPerAccount() throws {
    let h = try ServiceHarness()
    try h.setCount("users", to: 4999)
    try h.call { _ = try $0.createUser(userName: "last", path: nil) }
    #expect(
      h.failure { try $0.createUser(userName: "one-too-many", path: nil) }
        == "409 LimitExceeded Cannot exceed quota for UsersPerAccount: 5000")
    // Deleting a user makes room again: the count follows deletes.
    try h.call { try $0.deleteUser(userName: "last") }
    try h.call { _ = try $0.createUser(userName: "again", path: nil) }
  }

  @Test func groupsPerAccount() throws {
    let h = try ServiceHarness()
    try h.setCount("groups", to: 300)
    #expect(
      h.failure { try $0.createGroup(groupName: "g", path: nil) }
        == "409 LimitExceeded Cannot exceed quota for GroupsPerAccount: 300")
  }

  @Test func groupsPerUserCountsOnlyNewMemberships() throws {
    let h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createUser(userName: "u", path: nil)
      for index in 0...10 { _ = try iam.createGroup(groupName: "g\(index)", path: nil) }
      for index in 0..<10 { try iam.addUserToGroup(groupName: "g\(index)", userName: "u") }
    }
    #expect(
      h.failure { try $0.addUserToGroup(groupName: "g10", userName: "u") }
        == "409 LimitExceeded Cannot exceed quota for GroupsPerUser: 10")
    // Adding an existing membership again is a silent success, even at the quota.
    try h.call { try $0.addUserToGroup(groupName: "g3", userName: "u") }
  }

  @Test func accessKeysPerUserIncludesTheRootUser() throws {
    let h = try ServiceHarness()
    try h.call { _ = try $0.createAccessKey(userName: nil) }
    #expect(
      h.failure { try $0.createAccessKey(userName: nil) }
        == "409 LimitExceeded Cannot exceed quota for AccessKeysPerUser: 2")
  }

  @Test func userPolicySizeCountsEveryPolicyOfTheUser() throws {
    let h = try ServiceHarness()
    try h.call { _ = try $0.createUser(userName: "u", path: nil) }
    let padding = String(repeating: "a", count: 900)
    let document = statement("s3:GetObject", "arn:aws:s3:::\(padding)")
    try h.call { try $0.putUserPolicy(userName: "u", policyName: "one", policyDocument: document) }
    try h.call { try $0.putUserPolicy(userName: "u", policyName: "two", policyDocument: document) }
    #expect(
      h.failure { try $0.putUserPolicy(userName: "u", policyName: "three", policyDocument: document) }
        == "409 LimitExceeded Maximum policy size of 2048 bytes exceeded for user u")
  }
}
