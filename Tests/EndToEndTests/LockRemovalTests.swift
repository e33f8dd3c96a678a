import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Someone's "stale lock" clean-up deletes the lock file while commands run. A process that then
/// locks the file it opened earlier holds a lock nobody else sees, so the lock only counts when
/// the locked file is still the one at the path; otherwise no update may be lost.
@Suite struct LockRemovalTests {
  static let workers = 8
  static let usersPerWorker = 25

  @Test func removingTheLockFileWhileWritersRunLosesNoUpdate() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let lock = sandbox.store + "/lock"
    let remover = sandbox.writeScratch(
      "remover.sh", Array("while [ ! -e \"$STOP\" ]; do rm -f \"\(lock)\"; done\n".utf8))
    let stop = sandbox.scratch + "/stop"
    let removing = sandbox.start(program: "/bin/sh", arguments: [Array(remover.utf8)], overrides: ["STOP": stop])
    try sandbox.prepare([["groupcreate", "-g", "Shared"]])
    let writers = (0..<Self.workers).map { worker in
      let script = """
        i=0
        while [ $i -lt \(Self.usersPerWorker) ]; do
          "$IAM" usercreate -u "w\(worker)u$i" -g Shared || exit 1
          i=$((i + 1))
        done

        """
      let path = sandbox.writeScratch("writer-\(worker).sh", Array(script.utf8))
      return sandbox.start(program: "/bin/sh", arguments: [Array(path.utf8)], overrides: ["IAM": IAMBinary.path])
    }
    let results = writers.map { $0.wait() }
    _ = FileManager.default.createFile(atPath: stop, contents: nil)
    _ = removing.wait()

    for (worker, result) in results.enumerated() {
      #expect(result.status == 0 && result.stderr == "", "writer \(worker): \(result)")
    }
    let state = try sandbox.state()
    let expected = Set((0..<Self.workers).flatMap { worker in (0..<Self.usersPerWorker).map { "w\(worker)u\($0)" } })
    #expect(Set(state.users.keys) == expected)
    #expect(state.groups["Shared"]?.members == expected)
    // The account record counts users for the quota: a lost update shows as a wrong count.
    let account = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: sandbox.store + "/account.json"))) as? [String: Any]
    let counts = account?["counts"] as? [String: Int]
    #expect(counts?["users"] == expected.count)
    // Ids come from a counter in the same record: two writers at once would hand out one twice.
    let listing = sandbox.iam("userlistbypath", "-i", "1000")
    #expect(listing.status == 0)
    var ids = Set<String>()
    for user in expected {
      let attributes = sandbox.iam("usergetattributes", "-u", user)
      ids.insert(attributes.stdoutLines.last ?? "")
    }
    #expect(ids.count == expected.count)
  }

  /// An iam of schema 1 locks the file `lock`, not the directory. One still running while iam is
  /// upgraded (a script's earlier command) once wrote beside the new iam's migration, losing
  /// members and counts; the new iam now waits for that lock wherever the file stands.
  @Test func anEarlierIAMHoldingTheOldLockFileIsWaitedFor() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let lock = open(sandbox.store + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    try #require(lock >= 0 && flock(lock, LOCK_EX) == 0)
    let command = sandbox.start(program: IAMBinary.path, arguments: [Array("usercreate".utf8), Array("-u".utf8), Array("carol".utf8)])
    usleep(500_000)
    #expect(!FileManager.default.fileExists(atPath: sandbox.store + "/users/carol.json"))
    flock(lock, LOCK_UN)
    close(lock)
    let result = command.wait()
    #expect(result.status == 0 && result.stderr == "", "\(result)")
    #expect(FileManager.default.fileExists(atPath: sandbox.store + "/users/carol.json"))
  }
}
