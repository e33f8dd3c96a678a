import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Kills at the two moments the per-command crash test does not reach: while the next command
/// is replaying a journal, and while the very first command is creating the account.
@Suite struct CrashRecoveryTests {
  /// A replay killed half-way leaves the journal in place; the one after it must finish the job.
  /// Every kill during replay is followed by another killed replay, one step later, so every
  /// prefix of the replay is interrupted once.
  @Test func aReplayThatIsItselfKilledIsCompletedByTheNextCommand() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([
      ["groupcreate", "-g", "G"], ["usercreate", "-u", "m1", "-g", "G", "-k"], ["usercreate", "-u", "m2", "-g", "G"],
      ["groupaddpolicy", "-g", "G", "-p", "P", "-e", "Allow", "-a", "iam:*", "-r", "*"],
    ])
    let command = ["groupdel", "-g", "G", "-r"]
    let reference = try sandbox.copyStore(to: "reference")
    try #require(sandbox.iam(command, store: reference).status == 0)
    let afterTree = FileTree(reference)

    // Step 2 is the moment right after the journal is in place: all of the commit is left to replay.
    let killed = sandbox.iam(command, overrides: ["AWS_SIM_CRASH_AT_STEP": "2"])
    try #require(killed.signal == SIGKILL)
    try #require(journalIsPending(sandbox.store))

    var killedReplays = 0
    for step in 1...100 {
      let replay = sandbox.iam(["grouplistbypath"], overrides: ["AWS_SIM_CRASH_AT_STEP": String(step)])
      guard replay.signal == SIGKILL else {
        #expect(replay.status == 0, "\(replay)")
        // The replay that lived shows the state after the command: the group is gone.
        #expect(replay.stdoutLines == ["IsTruncated: false"])
        break
      }
      killedReplays += 1
      #expect(journalIsPending(sandbox.store), "replay killed at step \(step) lost the journal")
    }
    #expect(killedReplays >= 2)
    #expect(!journalIsPending(sandbox.store))
    #expect(FileTree(sandbox.store) == afterTree, "\(FileTree(sandbox.store).difference(from: afterTree))")
    #expect(try sandbox.state() == (try sandbox.state(store: reference)))
  }

  /// The first command writes the account, its root key and the root credential file together.
  /// Killed at any point of that, the store must come back as no account or as a whole one whose
  /// credential file works — never an account without usable credentials.
  @Test func aKillWhileTheAccountIsCreatedLeavesAUsableStore() throws {
    let sandbox = Sandbox()
    // The uninterrupted first command, for the exact account id and root key it produces.
    let reference = sandbox.root + "/reference"
    let completed = sandbox.iam(["usercreate", "-u", "first"], store: reference)
    try #require(completed.status == 0, "\(completed)")
    let referenceCredentials = try String(contentsOfFile: reference + "/root-credentials", encoding: .utf8)

    var kills = 0
    var survived = false
    for step in 1...100 {
      let store = sandbox.root + "/crash-\(step)"
      defer { sandbox.remove(store) }
      let run = sandbox.iam(["usercreate", "-u", "first"], store: store, overrides: ["AWS_SIM_CRASH_AT_STEP": String(step)])
      guard run.signal == SIGKILL else {
        #expect(run.status == 0 && run.stdout == completed.stdout, "\(run)")
        // The creation notice names the store, which is all that may differ.
        #expect(run.stderr == completed.stderr.replacingOccurrences(of: reference, with: store))
        survived = true
        break
      }
      kills += 1
      let next = sandbox.iam(["usercreate", "-u", "second"], store: store)
      #expect(next.status == 0, "step \(step): \(next)")
      let users = sandbox.iam(["userlistbypath"], store: store).stdoutLines.dropLast().map(nameFromArn)
      #expect(users == ["second"] || users == ["first", "second"], "step \(step): \(users)")
      // Same seed, same account: whatever was killed, the credentials are the ones it would have made.
      let credentials = try? String(contentsOfFile: store + "/root-credentials", encoding: .utf8)
      #expect(credentials == referenceCredentials, "step \(step)")
      #expect(FileTree(store).wrongModes == [], "step \(step)")
    }
    #expect(survived)
    #expect(kills >= 2)
  }
}
