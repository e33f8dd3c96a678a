import Foundation
import Testing

/// A damaged or hand-edited store file gives status 4 and one `iam:` line naming the file and
/// the problem; the damaged file, and everything else, stays exactly as it was.
@Suite struct DamagedStoreTests {
  /// A store with users alice (in group G) and bob, and the path of a file to damage.
  private func damagedStore(_ relative: String, keeping length: Int?) throws -> (Sandbox, String, FileTree) {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([
      ["groupcreate", "-g", "G"], ["usercreate", "-u", "alice", "-g", "G", "-k"], ["usercreate", "-u", "bob"],
    ])
    let path = sandbox.store + "/" + relative
    let data = try #require(FileManager.default.contents(atPath: path))
    if let length {
      try data.prefix(length).write(to: URL(fileURLWithPath: path))
    } else {
      try FileManager.default.removeItem(atPath: path)
    }
    return (sandbox, path, FileTree(sandbox.store))
  }

  /// Status 4, nothing on stdout, and exactly one stderr line: `iam: ` and `message`, which may
  /// end in `...` when the rest (a parser's detail) does not matter.
  private func expectStoreError(_ result: CommandResult, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 4 && result.signal == nil && result.stdout == "", "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderrLines.count == 1, "\(result)", sourceLocation: sourceLocation)
    if message.hasSuffix("...") {
      #expect(result.stderr.hasPrefix("iam: " + message.dropLast(3)), "\(result)", sourceLocation: sourceLocation)
    } else {
      #expect(result.stderr == "iam: \(message)\n", sourceLocation: sourceLocation)
    }
  }

  @Test func aTruncatedAccountFileStopsEveryCommandAndIsKept() throws {
    let (sandbox, path, damaged) = try damagedStore("account.json", keeping: 30)
    let message = "store file \(path) is damaged: not valid JSON (unterminated string at byte 30)"
    for command in [["userlistbypath"], ["usercreate", "-u", "carol"], ["groupcreate", "-g", "H"], ["userdel", "-u", "bob"]] {
      expectStoreError(sandbox.iam(command), message)
    }
    #expect(FileTree(sandbox.store) == damaged)
  }

  @Test func anEmptyAccountFileIsNamedAsEmpty() throws {
    let (sandbox, path, damaged) = try damagedStore("account.json", keeping: 0)
    expectStoreError(sandbox.iam("usercreate", "-u", "carol"), "store file \(path) is damaged: the file is empty")
    #expect(FileTree(sandbox.store) == damaged)
  }

  /// Without this check a lost account file would look like a new store, and a fresh account
  /// with new root credentials would be laid over the old users.
  @Test func aMissingAccountFileIsNotMistakenForANewStore() throws {
    let (sandbox, path, damaged) = try damagedStore("account.json", keeping: nil)
    expectStoreError(sandbox.iam("usercreate", "-u", "carol"), "store file \(path) is damaged: the file is missing")
    #expect(FileTree(sandbox.store) == damaged)
  }

  @Test func aTruncatedUserFileStopsOnlyWhatNeedsThatUser() throws {
    let (sandbox, path, damaged) = try damagedStore("users/alice.json", keeping: 60)
    let message = "store file \(path) is damaged: not valid JSON (..."
    let needingAlice: [[String]] = [
      ["userlistbypath"], ["usergetattributes", "-u", "alice"], ["grouplistusers", "-g", "G"],
      ["usercreate", "-u", "ALICE"], ["useraddkey", "-u", "alice"], ["userdel", "-u", "alice", "-r"],
      ["groupdel", "-g", "G", "-r"],
    ]
    for command in needingAlice { expectStoreError(sandbox.iam(command), message) }
    #expect(FileTree(sandbox.store) == damaged)

    // Commands that never read alice's file go on working.
    #expect(sandbox.iam("usergetattributes", "-u", "bob").status == 0)
    #expect(sandbox.iam("grouplistbypath").stdoutLines.dropLast().map(nameFromArn) == ["G"])
    #expect(sandbox.iam("usercreate", "-u", "carol").status == 0)
    let now = FileTree(sandbox.store)
    #expect(now.entries["users/alice.json"] == damaged.entries["users/alice.json"])
    #expect(now.entries["users/carol.json"] != nil)
  }

  @Test func aRecordInTheWrongFileIsReported() throws {
    let (sandbox, path, _) = try damagedStore("users/alice.json", keeping: 0)
    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.copyItem(atPath: sandbox.store + "/users/bob.json", toPath: path)
    let before = FileTree(sandbox.store)
    expectStoreError(
      sandbox.iam("usergetattributes", "-u", "alice"),
      "store file \(path) is damaged: it holds \"bob\", whose record belongs in another file")
    #expect(FileTree(sandbox.store) == before)
  }

  /// An account file edited to list a user's key among the root user's: rootkey once showed the
  /// key as root's, and rootkey --reset deleted it from under its user.
  @Test func anAccountThatListsAUsersKeyAsRootsStopsRootKey() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["usercreate", "-u", "alice", "-k"]])
    let account = sandbox.store + "/account.json"
    let aliceKey = try #require(sandbox.iam("userlistkeys", "-u", "alice").stdoutLines.first)
    let text = try String(contentsOfFile: account, encoding: .utf8)
    let edited = text.replacingOccurrences(of: #""rootAccessKeys": ["#, with: #""rootAccessKeys": [ "\#(aliceKey)","#)
    try #require(edited != text)
    try edited.write(toFile: account, atomically: false, encoding: .utf8)
    let before = FileTree(sandbox.store)
    let message = "store file \(account) is damaged: it lists \(aliceKey) as a root access key, but that key belongs to user alice"
    expectStoreError(sandbox.iam("rootkey"), message)
    expectStoreError(sandbox.iam("rootkey", "--reset"), message)
    #expect(FileTree(sandbox.store) == before)
  }

  /// A journal cut short was never committed: its payload is written first, after the place its
  /// header takes, and that place is still empty. The next command throws it away, says so, and
  /// works on the store as it was.
  @Test func anUnfinishedJournalIsDiscarded() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["groupcreate", "-g", "G"]])
    let journal = sandbox.store + "/journal.json"
    let before = FileTree(sandbox.store)
    let cutShort = [UInt8](repeating: 0, count: 128) + Array(#"{"changes":[{"path":"groups/x.json","write":"{"#.utf8)
    try Data(cutShort).write(to: URL(fileURLWithPath: journal))
    let listing = sandbox.iam("grouplistbypath")
    #expect(listing.status == 0 && listing.stdoutLines.count == 2, "\(listing)")
    #expect(listing.stderr.contains("discarded an unfinished change"), "\(listing)")
    #expect(!journalIsPending(sandbox.store))
    #expect(FileTree(sandbox.store) == before)
  }

  /// Text where a commit's header goes is neither a commit nor an interrupted one: damage.
  @Test func aJournalThatStartsWithSomethingElseIsDamage() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let journal = sandbox.store + "/journal.json"
    try #"{"changes":[{"path":"groups/x.json","write":"{"#.write(toFile: journal, atomically: false, encoding: .utf8)
    let before = FileTree(sandbox.store)
    expectStoreError(sandbox.iam("grouplistbypath"), "store file \(journal) is damaged: its header is not one iam writes...")
    #expect(FileTree(sandbox.store) == before)
  }
}
