import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Once a command's journal header is written its change has happened: if the files cannot be
/// written after that (a full disk), the command still succeeds and prints what it must (a new
/// secret, shown only this once), says that the store will finish the change, and the next
/// command does finish it. Before the commit point, the same failure changes nothing.
@Suite struct CommitPointTests {
  static let command = ["usercreate", "-u", "carol", "-g", "G", "-k"]

  private func scene() throws -> Sandbox {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["groupcreate", "-g", "G"], ["usercreate", "-u", "alice", "-g", "G"]])
    return sandbox
  }

  /// The secret a command printed really is the new key's: with it, carol is authenticated (and
  /// then refused for want of a policy, which only an authenticated caller can be).
  private func expectUsable(_ output: [String], sandbox: Sandbox, store: String) {
    guard output.count == 2 else {
      Issue.record("expected a key id and a secret, got \(output)")
      return
    }
    let file = sandbox.writeScratch("carol.cred", Array("AWSAccessKeyId=\(output[0])\nAWSSecretKey=\(output[1])\n".utf8))
    let result = sandbox.iam(["usergetattributes", "--aws-credential-file", file], store: store)
    #expect(result.status == 1 && result.stderr.hasPrefix("403 AccessDenied User: arn:aws:iam::"), "\(result)")
  }

  @Test func aFailureAfterTheCommitPointStillSucceedsAndIsFinishedNextTime() throws {
    let sandbox = try scene()
    let prepared = sandbox.store
    let before = FileTree(prepared)
    let reference = try sandbox.copyStore(from: prepared, to: "reference")
    let completed = sandbox.iam(Self.command, store: reference)
    try #require(completed.status == 0)
    let after = FileTree(reference)

    var failedBefore = 0
    var failedAfter = 0
    for step in 1...60 {
      let store = try sandbox.copyStore(from: prepared, to: "full-\(step)")
      defer { sandbox.remove(store) }
      let run = sandbox.iam(Self.command, store: store, overrides: ["AWS_SIM_FAIL_AT_STEP": String(step)])
      if run.status == 0 && run.stderr == "" {
        #expect(failedBefore == 1 && failedAfter >= 3, "step \(step): \(failedBefore) before, \(failedAfter) after")
        return
      }
      if run.status == 4 {
        // Before the commit point: an ordinary store error, and nothing changed.
        failedBefore += 1
        #expect(run.stdout == "" && run.stderrLines.count == 1, "step \(step): \(run)")
        #expect(run.stderr.contains("No space left on device"), "step \(step): \(run)")
        #expect(FileTree(store) == before, "step \(step): \(FileTree(store).difference(from: before))")
        continue
      }
      failedAfter += 1
      #expect(run.status == 0, "step \(step): \(run)")
      #expect(run.stdoutLines.count == 2, "step \(step): \(run)")
      #expect(run.stderrLines.count == 1, "step \(step): \(run)")
      #expect(run.stderr.contains("No space left on device"), "step \(step): \(run)")
      #expect(run.stderr.contains("the next iam command will finish it"), "step \(step): \(run)")
      #expect(journalIsPending(store), "step \(step): the journal that finishes the change is gone")
      // The next command, any command, finishes it.
      #expect(sandbox.iam(["userlistbypath"], store: store).status == 0)
      #expect(!journalIsPending(store))
      expectUsable(run.stdoutLines, sandbox: sandbox, store: store)
      #expect(FileTree(store) == after, "step \(step): \(FileTree(store).difference(from: after))")
    }
    Issue.record("the command still failed after 60 steps")
  }

  /// The same on a real file system that runs out of space: a tmpfs with room for the journal
  /// and nothing more. Mounting needs privileges; without them the test above covers the path.
  @Test(.enabled(if: TinyFileSystem.canMount))
  func aRealFullDiskAfterTheCommitPoint() throws {
    let sandbox = Sandbox()
    let mount = try TinyFileSystem(at: sandbox.root + "/tiny", kilobytes: 512)
    defer { mount.unmount() }
    let store = mount.path + "/store"
    try sandbox.bootstrap(store: store)
    try sandbox.prepare([["groupcreate", "-g", "G"]], store: store)
    // Fill the file system, then give back exactly the journal's two pages (its trail records
    // take one of them).
    try mount.fill(leavingPages: 2)
    let run = sandbox.iam(Self.command, store: store)
    #expect(run.status == 0, "\(run)")
    #expect(run.stdoutLines.count == 2, "\(run)")
    #expect(run.stderr.contains("No space left on device") && run.stderr.contains("the next iam command will finish it"), "\(run)")
    #expect(journalIsPending(store))
    // While the disk is full, later commands cannot finish it either, and say so.
    let stillFull = sandbox.iam(["userlistbypath"], store: store)
    #expect(stillFull.status == 4 && stillFull.stderr.contains("No space left on device"), "\(stillFull)")
    mount.emptyFiller()
    let listed = sandbox.iam(["userlistbypath"], store: store)
    #expect(listed.status == 0 && listed.stdoutLines.contains { $0.hasSuffix(":user/carol") }, "\(listed)")
    #expect(!journalIsPending(store))
    expectUsable(run.stdoutLines, sandbox: sandbox, store: store)
  }

  /// In durable mode a recursive group delete and a group rename flush the directories they
  /// changed; a directory they removed must not stop them after their commit point, nor wedge
  /// the commands after them.
  @Test(arguments: [["groupdel", "-g", "G", "-r"], ["groupmod", "-g", "G", "-n", "H"]])
  func durableGroupChangesComplete(_ command: [String]) throws {
    let sandbox = try scene()
    let durable: [String: String?] = ["AWS_SIM_FSYNC": "1"]
    let run = sandbox.iam(command, overrides: durable)
    #expect(run.status == 0 && run.stderr == "", "\(run)")
    #expect(!journalIsPending(sandbox.store))
    let next = sandbox.iam(["groupcreate", "-g", "Next"], overrides: durable)
    #expect(next.status == 0 && next.stderr == "", "\(next)")
    let groups = try sandbox.state().users["alice"]?.groups
    #expect(groups == (command[0] == "groupdel" ? [] : ["H"]))
    #expect(FileTree(sandbox.store).wrongModes == [])
  }
}

/// A small tmpfs for running out of space for real.
struct TinyFileSystem {
  let path: String
  private var filler: String { path + "/filler" }

  static let canMount: Bool = {
    guard geteuid() == 0 else { return false }
    let probe = NSTemporaryDirectory() + "/iam-tmpfs-probe-\(getpid())"
    mkdir(probe, 0o700)
    defer { rmdir(probe) }
    guard Glibc.mount("tmpfs", probe, "tmpfs", 0, "size=64k") == 0 else { return false }
    umount(probe)
    return true
  }()

  init(at path: String, kilobytes: Int) throws {
    self.path = path
    mkdir(path, 0o700)
    guard Glibc.mount("tmpfs", path, "tmpfs", 0, "size=\(kilobytes)k,mode=700") == 0 else {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
    }
  }

  /// Writes a file until the file system is full, then shortens it to free `pages` pages.
  func fill(leavingPages pages: Int) throws {
    let fd = open(filler, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw POSIXError(.EIO) }
    defer { close(fd) }
    let page = [UInt8](repeating: 0x78, count: 4096)
    var written = 0
    while page.withUnsafeBytes({ write(fd, $0.baseAddress, 4096) }) == 4096 { written += 4096 }
    ftruncate(fd, off_t(max(0, written - pages * 4096)))
  }

  func emptyFiller() { unlink(filler) }

  func unmount() {
    umount2(path, Int32(MNT_DETACH))
    rmdir(path)
  }
}
