import Testing

@testable import IAMStore

@Suite struct TransactionTests {
  let directory = TemporaryDirectory()
  var store: Store { Store(options: StoreOptions(root: directory.path + "/store")) }

  private func user(_ name: String) -> UserRecord {
    UserRecord(name: name, path: "/", id: "AIDA" + name.uppercased(), createDate: "2026-01-01T00:00:00Z")
  }

  @Test func committedChangesAreVisibleToTheNextTransaction() throws {
    try store.transaction { $0.put(user("Alice")) }
    let found = try store.transaction { try $0.record(UserRecord.self, named: "ALICE") }
    #expect(found?.name == "Alice")
    #expect(directory.exists("store/users/alice.json"))
  }

  @Test func aThrowingTransactionWritesNothing() throws {
    struct Abort: Error {}
    #expect(throws: Abort.self) {
      try store.transaction { transaction in
        transaction.put(user("bob"))
        transaction.put(GroupRecord(name: "g", path: "/", id: "AGPA1", createDate: "x"))
        throw Abort()
      }
    }
    #expect(!directory.exists("store/users/bob.json"))
    #expect(!directory.exists("store/groups/g.json"))
  }

  @Test func readsAndListingsSeeTheTransactionsOwnChanges() throws {
    try store.transaction { transaction in
      transaction.put(user("carol"))
      transaction.put(user("dave"))
    }
    try store.transaction { transaction in
      transaction.delete(UserRecord.self, named: "carol")
      transaction.put(user("erin"))
      let carol = try transaction.record(UserRecord.self, named: "carol")
      let stems = try transaction.stems(of: UserRecord.self)
      #expect(carol == nil)
      #expect(stems == ["dave", "erin"])
    }
    #expect(try store.transaction { try $0.stems(of: UserRecord.self) } == ["dave", "erin"])
  }

  @Test func filesAreOwnerOnlyAndPrettyPrinted() throws {
    try store.transaction { $0.put(user("frank")) }
    #expect(directory.permissions("store") == 0o700)
    #expect(directory.permissions("store/users") == 0o700)
    #expect(directory.permissions("store/users/frank.json") == 0o600)
    #expect(directory.contents("store/users/frank.json")?.hasPrefix("{\n  \"accessKeys\": [],\n") == true)
  }

  /// `.` and `..` are valid IAM names; they must not become path components.
  @Test(arguments: [(".", "%2E"), ("..", "%2E."), (".hidden", "%2Ehidden"), ("A.b", "a.b")])
  func namesNeverEscapeTheirDirectory(name: String, stem: String) throws {
    #expect(UserRecord.fileStem(for: name) == stem)
    try store.transaction { $0.put(user(name)) }
    #expect(directory.exists("store/users/\(stem).json"))
    #expect(try store.transaction { try $0.record(UserRecord.self, named: name) }?.name == name)
  }

  @Test func membershipMarkersListTheirGroupsMembers() throws {
    try store.transaction { transaction in
      transaction.addMember(groupId: "AGPAADMINS", user: "Zed")
      transaction.addMember(groupId: "AGPAADMINS", user: "amy")
    }
    #expect(directory.exists("store/group-members/AGPAADMINS/zed"))
    #expect(try store.transaction { try $0.memberStems(groupId: "AGPAADMINS") } == ["amy", "zed"])
    try store.transaction { transaction in
      transaction.removeMember(groupId: "AGPAADMINS", user: "Zed")
      transaction.removeMember(groupId: "AGPAADMINS", user: "amy")
      transaction.removeMembersDirectory(groupId: "AGPAADMINS")
    }
    #expect(!directory.exists("store/group-members/AGPAADMINS"))
  }
}
