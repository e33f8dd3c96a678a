import Foundation
import Testing

/// Entity names end up in file names. Names that look like path pieces must be refused by IAM's
/// name rules or stored as harmless entities, and no command may write outside the store.
@Suite struct HostileNameTests {
  static func validationError(_ value: String, _ field: String) -> String {
    "400 ValidationError 1 validation error detected: Value '\(value)' at '\(field)' failed to satisfy constraint: "
      + #"Member must satisfy regular expression pattern: [\w+=,.@-]+"# + "\n"
  }

  /// Everything a sandbox holds besides the store must be as the sandbox made it.
  private func expectNothingOutsideTheStore(_ sandbox: Sandbox, sourceLocation: SourceLocation = #_sourceLocation) {
    let manager = FileManager.default
    #expect(
      (try? manager.contentsOfDirectory(atPath: sandbox.root).sorted()) == ["home", "scratch", "store", "work"],
      sourceLocation: sourceLocation)
    #expect((try? manager.contentsOfDirectory(atPath: sandbox.home)) == [], sourceLocation: sourceLocation)
    #expect((try? manager.contentsOfDirectory(atPath: sandbox.work)) == [], sourceLocation: sourceLocation)
    let topLevel = Set((try? manager.contentsOfDirectory(atPath: sandbox.store)) ?? [])
    let known: Set = ["access-keys", "account.json", "group-members", "groups", "journal.json", "lock", "root-credentials", "trail", "users"]
    #expect(topLevel.subtracting(known) == [], sourceLocation: sourceLocation)
  }

  @Test(arguments: ["a/b", "../x", "../../x", "/etc", "x/..", "./"])
  func aNameWithASlashIsAValidationError(_ name: String) throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["groupcreate", "-g", "G"], ["usercreate", "-u", "alice"]])
    let before = FileTree(sandbox.store)
    let attempts: [([String], String)] = [
      (["usercreate", "-u", name], "userName"), (["groupcreate", "-g", name], "groupName"),
      (["usercreate", "-u", "bob", "-g", name], "groupName"), (["groupadduser", "-g", "G", "-u", name], "userName"),
      (["useraddpolicy", "-u", "alice", "-p", name, "-e", "Allow", "-a", "*", "-r", "*"], "policyName"),
      (["userdel", "-u", name, "-r"], "userName"), (["groupdel", "-g", name, "-r"], "groupName"),
    ]
    for (command, field) in attempts {
      let result = sandbox.iam(command)
      #expect(
        result == CommandResult(status: 1, signal: nil, stdout: "", stderr: Self.validationError(name, field)),
        "\(command)")
    }
    #expect(FileTree(sandbox.store) == before)
    expectNothingOutsideTheStore(sandbox)
  }

  /// `.`, `..` and friends are valid IAM names: they must behave like any other name.
  @Test func dotNamesAreOrdinaryEntities() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let names = [".", "..", "...", ".x", "x.json", "lock"]
    for name in names {
      #expect(sandbox.iam("usercreate", "-u", name).status == 0, "user \(name)")
      #expect(sandbox.iam("groupcreate", "-g", name).status == 0, "group \(name)")
    }
    // Case-insensitive uniqueness must hold for them too.
    #expect(sandbox.iam("usercreate", "-u", "X.JSON").stderr == "409 EntityAlreadyExists User with name X.JSON already exists.\n")
    try sandbox.prepare([
      ["groupadduser", "-g", "..", "-u", "."], ["groupadduser", "-g", ".", "-u", ".."],
      ["useraddpolicy", "-u", "..", "-p", "..", "-e", "Allow", "-a", "iam:*", "-r", "*"],
      ["groupaddpolicy", "-g", ".", "-p", ".", "-e", "Deny", "-a", "s3:*", "-r", "*"],
    ])

    var expected = AccountState()
    for name in names {
      expected.users[name] = AccountState.User()
      expected.groups[name] = AccountState.Group()
    }
    expected.join(".", "..")
    expected.join("..", ".")
    expected.users[".."]?.policies[".."] = ConcurrentWorkload.document(effect: "Allow", action: "iam:*", resource: "*")
    expected.groups["."]?.policies["."] = ConcurrentWorkload.document(effect: "Deny", action: "s3:*", resource: "*")
    #expect(try sandbox.state() == expected)
    expectNothingOutsideTheStore(sandbox)

    // Deleting `..` recursively must remove only what belongs to `..`.
    try sandbox.prepare([["userdel", "-u", "..", "-r"], ["groupdel", "-g", "..", "-r"]])
    expected.deleteUser("..")
    expected.deleteGroup("..")
    #expect(try sandbox.state() == expected)
    expectNothingOutsideTheStore(sandbox)
  }

  /// AWS_SIM_HOME given as bytes that are not UTF-8 (a Latin-1 file system): the store must be
  /// that very directory, or the command must refuse; silently using some other directory would
  /// create a second account that no later command with the right name can find.
  @Test func aStoreDirectoryNamedInLatin1IsUsedAsNamedOrRefused() throws {
    let sandbox = Sandbox()
    let before = Set((try? FileManager.default.contentsOfDirectory(atPath: sandbox.root)) ?? [])
    let script = #"AWS_SIM_HOME="$(printf '%s/caf\351' "$ROOT")" exec "$IAM" groupcreate -g G"#
    let result = sandbox.run(
      program: "/bin/sh", arguments: [Array("-c".utf8), Array(script.utf8)],
      overrides: ["IAM": IAMBinary.path, "ROOT": sandbox.root])
    #expect(result.signal == nil)
    #expect(result.status == 0 || result.status == 3, "\(result)")
    // The name as the program might mangle it: é's byte replaced by U+FFFD.
    #expect(!FileManager.default.fileExists(atPath: sandbox.root + "/caf\u{FFFD}"), "the store went elsewhere: \(result)")
    let after = Set((try? FileManager.default.contentsOfDirectory(atPath: sandbox.root)) ?? [])
    #expect(after.subtracting(before).count == (result.status == 0 ? 1 : 0), "\(after.subtracting(before))")
    if result.status == 3 {
      #expect(result.stderr == "iam: AWS_SIM_HOME is not valid UTF-8; iam can only use paths written in UTF-8\n")
    }
  }
}
