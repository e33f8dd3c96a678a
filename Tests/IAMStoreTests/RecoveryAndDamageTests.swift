import Testing

#if canImport(Glibc)
  import Glibc
#endif

@testable import IAMStore

@Suite struct RecoveryTests {
  let directory = TemporaryDirectory()

  /// A journal left by a process that died after committing is replayed by the next one.
  @Test func aLeftoverJournalIsAppliedBeforeAnythingIsRead() throws {
    let record = UserRecord(name: "ghost", path: "/", id: "AIDAGHOST", createDate: "x")
    directory.write("store/users/old.json", "{}")
    let journal = Journal.file([
      ("users/ghost.json", .write(Array(IAMEncodingBridge.pretty(record).utf8))),
      ("users/old.json", .remove),
    ])
    directory.write("store/journal.json", String(decoding: journal, as: UTF8.self))
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    let stems = try store.transaction { try $0.stems(of: UserRecord.self) }
    #expect(stems == ["ghost"])
    #expect(directory.contents("store/journal.json") == "")
  }

  /// A process that died before the journal's header was complete had applied nothing: its
  /// journal is thrown away, not replayed.
  @Test func anUnfinishedJournalIsDiscarded() throws {
    let payload = Journal.payload([("users/ghost.json", .write(Array("{}".utf8)))])
    let unfinished = [UInt8](repeating: 0, count: Journal.headerSize) + payload
    directory.write("store/journal.json", String(decoding: unfinished, as: UTF8.self))
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    let stems = try store.transaction { try $0.stems(of: UserRecord.self) }
    #expect(stems == [])
    #expect(directory.contents("store/journal.json") == "")
  }

  /// A complete header is the commit point, and a killed commit cannot leave one over a payload
  /// that does not match it: that is damage, refused with the journal kept as it is, since
  /// discarding it could leave a committed change half applied.
  @Test(arguments: ["cut short", "flipped byte"])
  func aCommittedJournalWhosePayloadDoesNotMatchItsHeaderIsRefused(_ damage: String) throws {
    directory.write("store/users/old.json", "{}")
    var journal = Journal.file([("users/ghost.json", .write(Array("{}".utf8))), ("users/old.json", .remove)])
    if damage == "cut short" { journal.removeLast(3) } else { journal[Journal.headerSize + 20] ^= 0x01 }
    let text = String(decoding: journal, as: UTF8.self)
    directory.write("store/journal.json", text)
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    #expect {
      try store.transaction { try $0.stems(of: UserRecord.self) }
    } throws: { error in
      guard case .damaged(let path, let reason) = error as? StoreError else { return false }
      return path == directory.path + "/store/journal.json"
        && (reason.contains("promises") || reason.contains("checksum"))
    }
    #expect(directory.contents("store/journal.json") == text)
    #expect(directory.exists("store/users/old.json"))
    #expect(!directory.exists("store/users/ghost.json"))
  }

  /// A header that is neither whole nor absent cannot come from an interrupted commit, which
  /// writes it in one piece: it is damage, kept for a person to look at.
  @Test func aTornHeaderIsDamageNotAnUnfinishedCommit() throws {
    let payload = Journal.payload([("users/ghost.json", .write(Array("{}".utf8)))])
    let header = Array(Journal.header(for: payload).prefix(40))
    let torn = header + [UInt8](repeating: 0, count: Journal.headerSize - header.count) + payload
    let text = String(decoding: torn, as: UTF8.self)
    directory.write("store/journal.json", text)
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    #expect {
      try store.transaction { try $0.stems(of: UserRecord.self) }
    } throws: { error in
      guard case .damaged(let path, let reason) = error as? StoreError else { return false }
      return path == directory.path + "/store/journal.json" && reason.contains("its header is not one iam writes")
    }
    #expect(directory.contents("store/journal.json") == text)
  }

  /// What an interrupted commit leaves before its header is written is discarded, and the
  /// store says so.
  @Test func discardingAnUnfinishedCommitIsAnnounced() throws {
    let payload = Journal.payload([("users/ghost.json", .write(Array("{}".utf8)))])
    let unfinished = [UInt8](repeating: 0, count: Journal.headerSize) + payload
    directory.write("store/journal.json", String(decoding: unfinished, as: UTF8.self))
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    #expect(try store.transaction { try $0.stems(of: UserRecord.self) } == [])
    #expect(store.notices.count == 1)
    #expect(store.notices.first?.contains("discarded an unfinished change") == true)
    #expect(directory.contents("store/journal.json") == "")
  }

  @Test func aJournalThatWritesOutsideTheStoreIsRefused() {
    let journal = Journal.file([("../evil", .write(Array("x".utf8)))])
    directory.write("store/journal.json", String(decoding: journal, as: UTF8.self))
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    #expect(throws: StoreError.self) { try store.transaction { _ in } }
    #expect(!directory.exists("evil"))
  }

  /// A change too large for the journal that would have to finish it is refused before its
  /// commit point: committed, and then killed before its files were written, it would have
  /// stopped every later command, since recovery does not read a journal that large.
  @Test func aChangeLargerThanTheJournalCanHoldIsRefusedBeforeItsCommitPoint() throws {
    var options = StoreOptions(root: directory.path + "/store")
    options.journalLimit = 4096
    let store = Store(options: options)
    #expect(throws: StoreError.io(operation: "write", path: directory.path + "/store/journal.json", errno: EFBIG)) {
      try store.transaction { $0.write("users/big.json", [UInt8](repeating: UInt8(ascii: "x"), count: 4096)) }
    }
    #expect(!directory.exists("store/users/big.json"))
    #expect(directory.contents("store/journal.json") == "")
    try store.transaction { $0.write("users/small.json", Array("{}".utf8)) }
    #expect(directory.contents("store/users/small.json") == "{}")
  }

  /// A path deeper than any the store writes, under a checksum that matches, is damage found
  /// before anything is replayed: walked level by level it took minutes and gigabytes.
  @Test func aJournalPathDeeperThanTheStoreIsRefusedBeforeAnythingIsReplayed() throws {
    let deep = String(repeating: "a/", count: 100_000) + "x"
    let text = String(decoding: Journal.file([("users/ghost.json", .write([])), (deep, .write([]))]), as: UTF8.self)
    directory.write("store/journal.json", text)
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    #expect(throws: StoreError.damaged(path: directory.path + "/store/journal.json", reason: "a change has a bad path")) {
      try store.transaction { _ in }
    }
    #expect(!directory.exists("store/users/ghost.json") && !directory.exists("store/a"))
    #expect(directory.contents("store/journal.json") == text)
  }
}

@Suite struct DamageTests {
  let directory = TemporaryDirectory()
  var store: Store { Store(options: StoreOptions(root: directory.path + "/store")) }

  private func damage(of relative: String, name: String) -> String? {
    do {
      _ = try store.transaction { try $0.record(UserRecord.self, named: name) }
      return nil
    } catch let error as StoreError {
      return error.message
    } catch {
      return "\(error)"
    }
  }

  @Test func aTruncatedFileIsReportedWithItsPath() {
    directory.write("store/users/bob.json", "{\n  \"name\": \"bo")
    let message = damage(of: "users/bob.json", name: "bob")
    #expect(message?.hasPrefix("store file \(directory.path)/store/users/bob.json is damaged: not valid JSON") == true)
    #expect(directory.contents("store/users/bob.json") == "{\n  \"name\": \"bo")
  }

  @Test func anEmptyFileIsReported() {
    directory.write("store/users/bob.json", "")
    #expect(damage(of: "users/bob.json", name: "bob")?.hasSuffix("is damaged: the file is empty") == true)
  }

  @Test func aMissingFieldIsNamed() {
    directory.write("store/users/bob.json", #"{"name":"bob","id":"AIDA1","createDate":"x"}"#)
    #expect(damage(of: "users/bob.json", name: "bob")?.hasSuffix("is damaged: field \"path\" is missing") == true)
  }

  @Test func aRecordInTheWrongFileIsReported() {
    directory.write("store/users/bob.json", #"{"name":"alice","path":"/","id":"AIDA1","createDate":"x"}"#)
    #expect(damage(of: "users/bob.json", name: "bob")?.contains("belongs in another file") == true)
  }

  @Test func aStoreFromANewerVersionIsRefused() {
    directory.write(
      "store/account.json",
      #"{"schemaVersion":99,"accountId":"123456789012","createDate":"x","rootAccessKeys":[]}"#)
    #expect(throws: StoreError.newerSchema(path: directory.path + "/store", found: 99, supported: AccountRecord.currentSchemaVersion)) {
      try store.transaction { try $0.account() }
    }
  }

  @Test func entitiesWithoutAnAccountFileAreNotMistakenForANewStore() {
    directory.write("store/users/bob.json", #"{"name":"bob","path":"/","id":"AIDA1","createDate":"x"}"#)
    #expect(throws: StoreError.damaged(path: directory.path + "/store/account.json", reason: "the file is missing")) {
      try store.transaction { try $0.account() }
    }
  }
}

import IAMEncoding

enum IAMEncodingBridge {
  static func pretty(_ record: UserRecord) -> String { JSONWriter.pretty(record.json) }
}

/// A store that has entities but no account file lost it; starting a new account over the old
/// one would orphan everything and replace the root credentials.
@Suite struct LostAccountTests {
  let directory = TemporaryDirectory()

  @Test(arguments: ["access-keys/AKIAROOT.json", "instance-profiles/web.json", "root-credentials"])
  func aMissingAccountFileIsReportedWhenAnythingElseExists(_ leftover: String) throws {
    directory.write("store/" + leftover, "{}")
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    #expect(throws: StoreError.damaged(path: directory.path + "/store/account.json", reason: "the file is missing")) {
      try store.transaction { try $0.account() }
    }
  }
}

@Suite struct CommitPreflightTests {
  let directory = TemporaryDirectory()

  /// A directory that cannot be made (a file stands in its place) fails the commit before its
  /// commit point: none of the transaction's changes may appear, then or later.
  @Test func aCommitThatCannotMakeItsDirectoriesChangesNothing() throws {
    directory.write("store/blocked", "a file where a directory should be")
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    #expect(throws: StoreError.self) {
      try store.transaction { transaction in
        transaction.write("users/first.json", Array("{}".utf8))
        transaction.write("blocked/second.json", Array("{}".utf8))
      }
    }
    #expect(!directory.exists("store/users/first.json"))
    #expect(directory.contents("store/journal.json") ?? "" == "")
    try store.transaction { _ in }
    #expect(!directory.exists("store/users/first.json"))
  }
}
