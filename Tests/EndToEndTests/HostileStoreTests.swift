import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A store that someone else has tampered with: links, pipes and directories where files belong,
/// loose permissions, names that would lead out of the store. Each is refused with status 4 and
/// a line that names the path, and nothing is written, truncated or created anywhere.
@Suite struct HostileStoreTests {
  /// A store with alice (in group G, with a key) and bob, and a victim file outside it.
  private func scene() throws -> (sandbox: Sandbox, victim: String) {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([
      ["groupcreate", "-g", "G"], ["usercreate", "-u", "alice", "-g", "G", "-k"], ["usercreate", "-u", "bob"],
    ])
    let victim = sandbox.writeScratch("victim", Array("precious\n".utf8))
    return (sandbox, victim)
  }

  private func expectRefusal(
    _ result: CommandResult, naming path: String, _ words: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(result.status == 4 && result.stdout == "", "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderrLines.count == 1, "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("iam: "), "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains(path), "\(result)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains(words), "\(result)", sourceLocation: sourceLocation)
  }

  private func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  // MARK: Links, pipes and directories

  /// Every command reads the journal, even a listing; a link there once had its target emptied.
  @Test func aJournalLinkIsRefusedAndItsTargetLeftAlone() throws {
    let (sandbox, victim) = try scene()
    let journal = sandbox.store + "/journal.json"
    unlink(journal)
    symlink(victim, journal)
    let before = FileTree(sandbox.store)
    for command in [["userlistbypath"], ["usercreate", "-u", "carol"]] {
      expectRefusal(sandbox.iam(command), naming: journal, "symbolic link")
    }
    #expect(contents(victim) == "precious\n")
    #expect(FileTree(sandbox.store) == before)
  }

  /// A record replaced by a link to a file outside: reading it is refused, and a change to it
  /// is never written through the link.
  @Test func aRecordLinkIsNeitherReadNorWrittenThrough() throws {
    let (sandbox, victim) = try scene()
    let record = sandbox.store + "/users/bob.json"
    unlink(record)
    symlink(victim, record)
    expectRefusal(sandbox.iam("usergetattributes", "-u", "bob"), naming: record, "symbolic link")
    expectRefusal(sandbox.iam("useraddpolicy", "-u", "bob", "-p", "P", "-e", "Allow", "-a", "*", "-r", "*"), naming: record, "symbolic link")
    // A new record under a linked name is checked before the commit, so nothing at all changes.
    let carol = sandbox.store + "/users/carol.json"
    symlink(sandbox.scratch + "/made-through-link", carol)
    let before = FileTree(sandbox.store)
    expectRefusal(sandbox.iam("usercreate", "-u", "carol"), naming: carol, "symbolic link")
    #expect(!FileManager.default.fileExists(atPath: sandbox.scratch + "/made-through-link"))
    #expect(contents(victim) == "precious\n")
    #expect(FileTree(sandbox.store) == before)
    #expect(!journalIsPending(sandbox.store))
  }

  /// A directory of the store replaced by a link: nothing below it is reached through the link.
  @Test func aLinkedDirectoryIsRefused() throws {
    let (sandbox, _) = try scene()
    let outside = sandbox.scratch + "/users-elsewhere"
    try FileManager.default.moveItem(atPath: sandbox.store + "/users", toPath: outside)
    symlink(outside, sandbox.store + "/users")
    expectRefusal(sandbox.iam("userlistbypath"), naming: sandbox.store + "/users", "symbolic link")
    expectRefusal(sandbox.iam("usercreate", "-u", "carol"), naming: sandbox.store + "/users", "symbolic link")
    #expect(!FileManager.default.fileExists(atPath: outside + "/carol.json"))
  }

  /// The store directory itself may not be a link either, however it is spelt: with a slash
  /// at its end, the link was once followed. The message says what to do.
  @Test(arguments: ["", "/", "//"])
  func aLinkedStoreIsRefused(_ ending: String) throws {
    let (sandbox, _) = try scene()
    let link = sandbox.root + "/store-link"
    symlink(sandbox.store, link)
    let before = FileTree(sandbox.store)
    let result = sandbox.iam(["usercreate", "-u", "carol"], store: link + ending)
    expectRefusal(result, naming: "store file \(link) is damaged", "symbolic link")
    #expect(FileTree(sandbox.store) == before)
  }

  /// A FIFO where a record belongs must not make a command hang, and a directory or a device
  /// there is no record either.
  /// A directory where a member's marker belongs cannot be removed as the marker: found only
  /// when the files were written, it let groupremoveuser commit, report success, and then stop
  /// every command.
  @Test func aDirectoryWhereAMarkerBelongsIsRefusedBeforeAnythingChanges() throws {
    let (sandbox, _) = try scene()
    let members = sandbox.store + "/group-members"
    let group = try #require(try FileManager.default.contentsOfDirectory(atPath: members).first)
    let marker = members + "/" + group + "/alice"
    unlink(marker)
    mkdir(marker, 0o700)
    let before = FileTree(sandbox.store)
    expectRefusal(sandbox.iam("groupremoveuser", "-g", "G", "-u", "alice"), naming: marker, "a directory where a regular file belongs")
    #expect(FileTree(sandbox.store) == before)
    #expect(!journalIsPending(sandbox.store))
  }

  @Test(arguments: ["fifo", "directory", "device"])
  func somethingOtherThanAFileWhereARecordBelongsIsRefused(_ kind: String) throws {
    let (sandbox, _) = try scene()
    let record = sandbox.store + "/users/bob.json"
    unlink(record)
    switch kind {
    case "fifo": mkfifo(record, 0o600)
    case "directory": mkdir(record, 0o700)
    default:
      // The null device (major 1, minor 3); only root may make device nodes.
      guard geteuid() == 0 else { return }
      mknod(record, S_IFCHR | 0o600, 1 << 8 | 3)
    }
    let words = ["fifo": "named pipe", "directory": "a directory", "device": "character device"][kind]!
    expectRefusal(sandbox.iam("usergetattributes", "-u", "bob"), naming: record, words)
    expectRefusal(sandbox.iam("userdel", "-u", "bob"), naming: record, words)
  }

  @Test func aFIFOAsTheJournalIsRefusedWithoutHanging() throws {
    let (sandbox, _) = try scene()
    let journal = sandbox.store + "/journal.json"
    unlink(journal)
    mkfifo(journal, 0o600)
    expectRefusal(sandbox.iam("userlistbypath"), naming: journal, "named pipe")
  }

  /// A hard link is no link to follow, but a file written in place changes under all its names:
  /// a journal linked to a file elsewhere once had that file emptied by every command, and a
  /// linked record had a change written into the file outside.
  @Test func aHardLinkIntoTheStoreIsRefusedAndTheFileElsewhereLeftAlone() throws {
    let (sandbox, victim) = try scene()
    let journal = sandbox.store + "/journal.json"
    unlink(journal)
    link(victim, journal)
    for command in [["userlistbypath"], ["usercreate", "-u", "carol"]] {
      expectRefusal(sandbox.iam(command), naming: journal, "is a hard link, one of 2 names")
    }
    #expect(contents(victim) == "precious\n")
    unlink(journal)

    let record = sandbox.store + "/users/alice.json"
    let outside = sandbox.scratch + "/alice-elsewhere"
    link(record, outside)
    let before = contents(outside)
    let result = sandbox.iam("useraddpolicy", "-u", "alice", "-p", "P", "-e", "Allow", "-a", "*", "-r", "*")
    expectRefusal(result, naming: record, "is a hard link")
    #expect(result.stderr.contains("cp -p \(record) \(sandbox.store)/users/.alice.json.copy && mv "))
    #expect(contents(outside) == before)
    #expect(!journalIsPending(sandbox.store))
  }

  // MARK: Permissions and ownership

  /// Another local user who can write the store could make its owner's next command act on
  /// files of their choosing; such a store is refused with the command that fixes it.
  @Test func aStoreOthersCanWriteIsRefusedWithTheFix() throws {
    let (sandbox, _) = try scene()
    chmod(sandbox.store, 0o777)
    let before = FileTree(sandbox.store)
    let result = sandbox.iam("userlistbypath")
    expectRefusal(result, naming: sandbox.store, "writable by others (mode 0777)")
    #expect(result.stderr.hasSuffix("fix it with: chmod 700 \(sandbox.store)\n"))
    #expect(FileTree(sandbox.store) == before)
    chmod(sandbox.store, 0o700)
    #expect(sandbox.iam("userlistbypath").status == 0)
  }

  @Test func aGroupWritableRecordIsRefusedWithTheFix() throws {
    let (sandbox, _) = try scene()
    let record = sandbox.store + "/users/alice.json"
    chmod(record, 0o660)
    let result = sandbox.iam("usergetattributes", "-u", "alice")
    expectRefusal(result, naming: record, "writable by its group (mode 0660)")
    #expect(result.stderr.hasSuffix("fix it with: chmod 600 \(record)\n"))
    // Files the command does not open are not its business: bob is still readable.
    #expect(sandbox.iam("usergetattributes", "-u", "bob").status == 0)
  }

  /// A file a command only writes, without reading it first, is checked before the commit
  /// point: the root credential file once had a reset committed, reported as done, and then
  /// every command refused until it was fixed.
  @Test(arguments: ["mode", "owner"])
  func anUnsafeFileThatIsOnlyWrittenIsRefusedBeforeAnythingChanges(_ problem: String) throws {
    let (sandbox, _) = try scene()
    let credentials = sandbox.store + "/root-credentials"
    if problem == "mode" {
      chmod(credentials, 0o666)
    } else {
      guard geteuid() == 0 else { return }  // only root can give a file away to test this
      chown(credentials, 4242, 4242)
    }
    let before = FileTree(sandbox.store)
    let result = sandbox.iam("rootkey", "--reset")
    expectRefusal(result, naming: credentials, problem == "mode" ? "writable by others (mode 0666)" : "belongs to user id 4242")
    #expect(FileTree(sandbox.store) == before)
    #expect(!journalIsPending(sandbox.store))
  }

  /// A directory a command only removes from, without listing it first, is checked before the
  /// commit point too: removing a member once committed, reported success, and then stopped
  /// every command until the directory was fixed.
  @Test func aWritableDirectoryThatIsOnlyRemovedFromIsRefusedBeforeAnythingChanges() throws {
    let (sandbox, _) = try scene()
    let members = sandbox.store + "/group-members"
    let group = try #require(try FileManager.default.contentsOfDirectory(atPath: members).first)
    chmod(members + "/" + group, 0o770)
    let before = FileTree(sandbox.store)
    expectRefusal(sandbox.iam("groupremoveuser", "-g", "G", "-u", "alice"), naming: members + "/" + group, "writable by its group")
    #expect(FileTree(sandbox.store) == before)
    #expect(!journalIsPending(sandbox.store))
  }

  @Test func aWritableSubdirectoryIsRefused() throws {
    let (sandbox, _) = try scene()
    chmod(sandbox.store + "/users", 0o770)
    expectRefusal(sandbox.iam("usercreate", "-u", "carol"), naming: sandbox.store + "/users", "writable by its group")
  }

  /// A store that belongs to someone else is theirs to change: refused.
  @Test func aStoreOwnedBySomeoneElseIsRefused() throws {
    let (sandbox, _) = try scene()
    let record = sandbox.store + "/users/bob.json"
    guard geteuid() == 0 else { return }  // only root can give a file away to test this
    chown(record, 4242, 4242)
    let result = sandbox.iam("usergetattributes", "-u", "bob")
    expectRefusal(result, naming: record, "belongs to user id 4242")
  }

  /// A directory its owner made read-only is refused before the commit point: otherwise the
  /// change would be saved in the journal and every later command would fail to finish it. Root
  /// may write anything, so this runs the binary as nobody, on a sandbox given to nobody.
  @Test func aReadOnlyDirectoryIsRefusedBeforeTheCommitPoint() throws {
    guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return }
    let sandbox = Sandbox()
    let nobody: uid_t = 65534
    func asNobody(_ arguments: [String]) -> CommandResult {
      sandbox.run(
        program: "/usr/bin/setpriv",
        arguments: (["--reuid=65534", "--regid=65534", "--clear-groups", IAMBinary.path] + arguments).map { Array($0.utf8) })
    }
    for path in [sandbox.root, sandbox.home, sandbox.work, sandbox.scratch] { chown(path, nobody, nobody) }
    #expect(asNobody(["usercreate", "-u", "a"]).status == 0)
    let users = sandbox.store + "/users"
    chmod(users, 0o500)
    let before = FileTree(sandbox.store)
    let refused = asNobody(["usercreate", "-u", "b"])
    expectRefusal(refused, naming: users, "is not writable by you (mode 0500)")
    #expect(refused.stderr.hasSuffix("fix it with: chmod 700 \(users)\n"))
    #expect(FileTree(sandbox.store) == before)
    #expect(!journalIsPending(sandbox.store))
    chmod(users, 0o700)
    #expect(asNobody(["usercreate", "-u", "b"]).status == 0)
  }

  // MARK: Names read from records

  /// A hand-edited record whose group name climbs out of the store must not make a rename
  /// create or delete anything outside it: the record is damage, named as such.
  @Test func aTraversingNameInARecordIsDamage() throws {
    let (sandbox, _) = try scene()
    let record = sandbox.store + "/users/alice.json"
    let text = try #require(contents(record))
    let edited = text.replacingOccurrences(of: "\"G\"", with: "\"a/../../../escaped\"")
    try #require(edited != text)
    try edited.write(toFile: record, atomically: false, encoding: .utf8)
    let before = FileTree(sandbox.root)
    let result = sandbox.iam("usermod", "-u", "alice", "-n", "alicia")
    expectRefusal(result, naming: record, #"field "groups" holds "a/../../../escaped", which is not a name IAM allows"#)
    #expect(FileTree(sandbox.root) == before)
  }

  // MARK: The first run

  /// The first-run notice promises an account: it is printed only once one was committed.
  @Test func aNewAccountThatCannotBeWrittenIsNotAnnounced() throws {
    let sandbox = Sandbox()
    mkdir(sandbox.store, 0o700)
    _ = FileManager.default.createFile(atPath: sandbox.store + "/access-keys", contents: Data("x".utf8), attributes: [.posixPermissions: 0o600])
    let result = sandbox.iam("userlistbypath")
    expectRefusal(result, naming: sandbox.store + "/access-keys", "a regular file where a directory belongs")
    #expect(!result.stderr.contains("created a new simulated AWS account"))
    #expect(!FileManager.default.fileExists(atPath: sandbox.store + "/account.json"))
  }
}
