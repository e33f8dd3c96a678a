import IAMService
import IAMStore
import Testing

@Suite struct ListingOrderTests {
  /// Names chosen to tell the possible orders apart: `.a` must not sort by its file name's
  /// escape (`%2Ea`), `_` comes before the letters only once they are lower-cased, and `A` comes
  /// before `a-b` though "a.json" comes after "a-b.json".
  static let names = [".a", "-b", "A", "a-b", "a.b", "ab", "_z", "Zed", "0"]
  static let ordered = ["-b", ".a", "0", "_z", "A", "a-b", "a.b", "ab", "Zed"]

  /// Every page of a listing, fetched one item at a time so that each marker is used.
  func everyPage<T>(_ fetch: (String?) throws -> Page<T>) throws -> [T] {
    var seen: [T] = []
    var marker: String?
    repeat {
      let page = try fetch(marker)
      seen += page.items
      marker = page.isTruncated ? page.marker : nil
    } while marker != nil
    return seen
  }

  @Test func theOrderIsTheByteOrderOfTheLowerCasedNames() {
    #expect(ListingOrder.sorted(Self.names) == Self.ordered)
    // A file stem's escaped leading dot counts as the dot.
    #expect(ListingOrder.sorted(["%2Ea", "-b", "0"]) == ["-b", "%2Ea", "0"])
    // Policy names may differ only in case; those follow in byte order.
    #expect(ListingOrder.sorted(["a", "B", "A", "b"]) == ["A", "a", "B", "b"])
  }

  /// Sorting settles most comparisons on the first eight bytes: names that share them, are
  /// shorter than eight, or differ only in case beyond them sort as a comparison of the whole
  /// names does.
  @Test func longNamesSharingTheirStartSortAsWholeNames() {
    var names: [String] = []
    for stem in ["user", "user1234", "USER1234", "user12345678", "a", "A-very-long-name"] {
      for suffix in ["", "0", "9", "Z", "z", "-x", "_y", ".w", "00000000"] { names.append(stem + suffix) }
    }
    names.append("%2Euser1234")
    names.append(".user1234a")
    var generator = SystemRandomNumberGenerator()
    let shuffled = names.shuffled(using: &generator)
    let expected = names.sorted(by: ListingOrder.precedes)
    #expect(ListingOrder.sorted(shuffled) == expected)
  }

  @Test func everyEntityListingFollowsIt() throws {
    let h = try ServiceHarness()
    let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
    try h.call { iam in
      for name in Self.names {
        _ = try iam.createUser(userName: name, path: nil)
        _ = try iam.createGroup(groupName: name, path: nil)
        _ = try iam.createRole(roleName: name, path: nil, assumeRolePolicyDocument: trust)
        _ = try iam.createInstanceProfile(instanceProfileName: name, path: nil)
      }
      for name in Self.names {
        try iam.addUserToGroup(groupName: "Zed", userName: name)
        try iam.addUserToGroup(groupName: name, userName: "Zed")
      }
    }
    let users = try everyPage { m in try h.call { try $0.listUsers(pathPrefix: nil, marker: m, maxItems: 1) } }
    #expect(users.map(\.userName) == Self.ordered)
    let groups = try everyPage { m in try h.call { try $0.listGroups(pathPrefix: nil, marker: m, maxItems: 1) } }
    #expect(groups.map(\.groupName) == Self.ordered)
    let roles = try everyPage { m in try h.call { try $0.listRoles(pathPrefix: nil, marker: m, maxItems: 1) } }
    #expect(roles.map(\.roleName) == Self.ordered)
    let profiles = try everyPage { m in
      try h.call { try $0.listInstanceProfiles(pathPrefix: nil, marker: m, maxItems: 1) }
    }
    #expect(profiles.map(\.instanceProfileName) == Self.ordered)
    let members = try everyPage { m in try h.call { try $0.getGroup(groupName: "Zed", marker: m, maxItems: 1).users } }
    #expect(members.map(\.userName) == Self.ordered)
    let groupsOfUser = try everyPage { m in
      try h.call { try $0.listGroupsForUser(userName: "Zed", marker: m, maxItems: 1) }
    }
    #expect(groupsOfUser.map(\.groupName) == Self.ordered)
  }

  @Test func policyListingsFollowItAndKeepCaseVariantsApart() throws {
    let h = try ServiceHarness()
    let policies = [".a", "-b", "A", "a-b", "a", "_z", "Zed"]
    try h.call { iam in
      _ = try iam.createUser(userName: "bob", path: nil)
      for name in policies { try iam.putUserPolicy(userName: "bob", policyName: name, policyDocument: statement("iam:*")) }
    }
    let listed = try everyPage { m in try h.call { try $0.listUserPolicies(userName: "bob", marker: m, maxItems: 1) } }
    #expect(listed == ["-b", ".a", "_z", "A", "a", "a-b", "Zed"])
  }

  /// A role may be in several instance profiles; that listing follows the order too.
  @Test func theProfilesOfARoleFollowIt() throws {
    let h = try ServiceHarness()
    let trust = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
    try h.call { iam in
      _ = try iam.createRole(roleName: "app", path: nil, assumeRolePolicyDocument: trust)
      for name in Self.names {
        _ = try iam.createInstanceProfile(instanceProfileName: name, path: nil)
        try iam.addRoleToInstanceProfile(instanceProfileName: name, roleName: "app")
      }
    }
    let listed = try everyPage { m in
      try h.call { try $0.listInstanceProfilesForRole(roleName: "app", marker: m, maxItems: 1) }
    }
    #expect(listed.map(\.instanceProfileName) == Self.ordered)
  }
}
