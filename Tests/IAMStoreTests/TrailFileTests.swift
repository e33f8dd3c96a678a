import IAMEncoding
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@testable import IAMStore

@Suite struct TrailFileTests {
  let directory = TemporaryDirectory()
  var store: Store { Store(options: StoreOptions(root: directory.path + "/store")) }

  private func record(_ name: String) -> JSONValue { .object([JSONMember(key: "eventName", value: .string(name))]) }

  private var trail: String? { directory.contents("store/trail/current.jsonl") }

  private func lines(_ store: Store) throws -> [String] {
    try store.transaction { transaction in
      var found: [String] = []
      try transaction.forEachTrailLine { line, _, _ in found.append(String(decoding: line, as: UTF8.self)) }
      return found
    }
  }

  @Test func aCommittedChangeIsWrittenWithItsRecords() throws {
    try store.transaction { transaction in
      transaction.put(UserRecord(name: "ann", path: "/", id: "AIDAANN", createDate: "x"))
      transaction.appendToTrail(record("CreateUser"))
    }
    #expect(directory.exists("store/users/ann.json"))
    #expect(trail == "{\"eventName\":\"CreateUser\"}\n")
    #expect(directory.permissions("store/trail/current.jsonl") == 0o600)
    #expect(directory.contents("store/journal.json") == "")
  }

  @Test func theRecordsOfARolledBackTransactionAreKept() throws {
    struct Refused: Error {}
    #expect(throws: Refused.self) {
      try store.transaction { transaction in
        transaction.put(UserRecord(name: "ann", path: "/", id: "AIDAANN", createDate: "x"))
        transaction.appendToTrail(record("CreateUser"))
        throw Refused()
      }
    }
    #expect(!directory.exists("store/users/ann.json"))
    #expect(trail == "{\"eventName\":\"CreateUser\"}\n")
  }

  @Test func aTransactionThatChangesNothingStillAppends() throws {
    try store.transaction { $0.appendToTrail(record("ListUsers")) }
    try store.transaction { $0.appendToTrail(record("GetUser")) }
    #expect(try lines(store) == ["{\"eventName\":\"ListUsers\"}", "{\"eventName\":\"GetUser\"}"])
  }

  /// A command killed while appending a record it did not journal leaves a line without its
  /// newline: readers pass over it and the next append cuts it off.
  @Test func anUnfinishedLineIsSkippedThenCutOff() throws {
    try store.transaction { $0.appendToTrail(record("ListUsers")) }
    let fd = open(directory.path + "/store/trail/current.jsonl", O_WRONLY | O_APPEND)
    _ = "{\"eventNa".withCString { write(fd, $0, 9) }
    close(fd)
    #expect(try lines(store) == ["{\"eventName\":\"ListUsers\"}"])
    try store.transaction { $0.appendToTrail(record("GetUser")) }
    #expect(trail == "{\"eventName\":\"ListUsers\"}\n{\"eventName\":\"GetUser\"}\n")
  }

  @Test func aFileWithNoFinishedLineIsEmptiedByTheNextAppend() throws {
    directory.write("store/trail/current.jsonl", String(repeating: "x", count: 10_000))
    try store.transaction { $0.appendToTrail(record("GetUser")) }
    #expect(trail == "{\"eventName\":\"GetUser\"}\n")
  }

  /// The journal holds the records with the change: replaying it, once or twice, writes them at
  /// the place the commit chose.
  @Test(arguments: [1, 2])
  func aReplayedJournalWritesTheRecordsOnce(times: Int) throws {
    directory.write("store/trail/current.jsonl", "{\"eventName\":\"ListUsers\"}\n")
    let line = Array("{\"eventName\":\"CreateUser\"}\n".utf8)
    let journal = Journal.file([
      ("users/ghost.json", .write(Array("{}".utf8))), ("trail/current.jsonl", .append(at: 26, line)),
    ])
    for _ in 0..<times {
      directory.write("store/journal.json", String(decoding: journal, as: UTF8.self))
      _ = try lines(store)
    }
    #expect(trail == "{\"eventName\":\"ListUsers\"}\n{\"eventName\":\"CreateUser\"}\n")
  }

  /// A journal of format 1 is one of format 2 without appends; an iam that added the trail
  /// still finishes a commit its predecessor left behind.
  @Test func aJournalOfTheFirstFormatIsStillReplayed() throws {
    let payload = Array(#"{"changes":[{"path":"users/old.json","write":"{}"}],"journal":1}"#.utf8)
    var header = Journal.header(for: payload)
    header.replaceSubrange(12..<13, with: Array("1".utf8))
    #expect(String(decoding: header.prefix(13), as: UTF8.self) == "iam-journal 1")
    directory.write("store/journal.json", String(decoding: header + payload, as: UTF8.self))
    _ = try lines(store)
    #expect(directory.contents("store/users/old.json") == "{}")
  }

  /// A full file is set aside as the previous one, replacing the one before it, and readers see
  /// both, oldest first.
  @Test func aFullFileIsRotated() throws {
    let big = String(repeating: "a", count: TrailLayout.rotationSize / 2)
    for name in ["first", "second", "third", "fourth"] {
      try store.transaction { $0.appendToTrail(.object([JSONMember(key: name, value: .string(big))])) }
    }
    let keys = try lines(store).map { String($0.dropFirst(2).prefix { $0 != "\"" }) }
    #expect(keys == ["third", "fourth"])
    #expect(directory.contents("store/trail/previous.jsonl")?.hasPrefix("{\"third\"") == true)
  }

  @Test func readersAreToldWhereEachLineComesFrom() throws {
    try store.transaction { $0.appendToTrail(record("A")) }
    try store.transaction { $0.appendToTrail(record("B")) }
    let places = try store.transaction { transaction in
      var found: [String] = []
      try transaction.forEachTrailLine { _, file, number in found.append("\(file):\(number)") }
      return found
    }
    let file = directory.path + "/store/trail/current.jsonl"
    #expect(places == ["\(file):1", "\(file):2"])
  }

  /// The trail inherits the store's rules: a link where the trail belongs stops a change before
  /// its commit point, so that the change and its record stay together.
  @Test func aLinkInPlaceOfTheTrailStopsTheChangeBeforeItsCommitPoint() throws {
    directory.write("elsewhere", "")
    directory.write("store/trail/.keep", "")
    symlink(directory.path + "/elsewhere", directory.path + "/store/trail/current.jsonl")
    #expect(throws: StoreError.self) {
      try store.transaction { transaction in
        transaction.put(UserRecord(name: "ann", path: "/", id: "AIDAANN", createDate: "x"))
        transaction.appendToTrail(record("CreateUser"))
      }
    }
    #expect(!directory.exists("store/users/ann.json"))
    #expect(directory.contents("elsewhere") == "")
  }

  /// A call that changed nothing is not failed by a trail it cannot write; the user is told.
  @Test func anUnwritableTrailIsANoticeForACallThatChangedNothing() throws {
    directory.write("elsewhere", "")
    directory.write("store/trail/.keep", "")
    symlink(directory.path + "/elsewhere", directory.path + "/store/trail/current.jsonl")
    let store = self.store
    try store.transaction { $0.appendToTrail(record("ListUsers")) }
    #expect(store.notices.count == 1)
    #expect(store.notices.first?.hasPrefix("this call is missing from the audit trail: ") == true)
    #expect(directory.contents("elsewhere") == "")
  }
}
