import Testing

@testable import IAMStore

/// Every path the store opens is split into its directory and last name, and refused when a
/// name along it could lead outside the store (D10).
@Suite struct StorePathTests {
  @Test(arguments: [
    ("account.json", "", "account.json"),
    ("users/alice.json", "users", "alice.json"),
    ("group-members/AGPA1/alice", "group-members/AGPA1", "alice"),
    ("users/.hidden", "users", ".hidden"),
    ("users/...", "users", "..."),
    ("users/caf\u{E9}.json", "users", "caf\u{E9}.json"),
  ])
  func splitsAPathIntoItsDirectoryAndName(path: String, parent: String, name: String) throws {
    let split = try StoreDirectory.split(path, root: "/store")
    #expect(split.parent == parent)
    #expect(split.name == name)
  }

  @Test(arguments: ["", "/users", "users/", "users//a", "../a", "users/../a", "users/.", ".", "..", "a\u{0}b", "a/b/c/d"])
  func refusesAPathThatCouldLeaveTheStore(path: String) {
    #expect(StoreDirectory.lastNameOffset(of: path) == nil)
    #expect(throws: StoreError.self) { try StoreDirectory.split(path, root: "/store") }
  }
}
