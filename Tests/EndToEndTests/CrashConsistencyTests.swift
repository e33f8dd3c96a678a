import Foundation
import IAMTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The store's central promise: a command is all or nothing even when the process is killed
/// (kill -9) at any instant of its commit. The binary's crash hook kills it at the N-th step of
/// the commit; for every N until the command survives, the store, once the next command has
/// recovered it, must be exactly the state before or exactly the state after — never a mix.
@Suite struct CrashConsistencyTests {
  struct Scenario: Sendable, CustomStringConvertible {
    let description: String
    let setUp: [[String]]
    let command: [String]
    /// What running the command again prints once it has taken effect.
    let errorWhenRepeated: String
    /// Certificates the set-up uploads, made by openssl as cert-1.pem, cert-2.pem ... in the
    /// working directory before it runs.
    var certificates = 0
  }

  static let allowIAM = ["-e", "Allow", "-a", "iam:*", "-r", "*"]
  static let denyS3 = ["-e", "Deny", "-a", "s3:*", "-r", "*"]

  static let scenarios: [Scenario] = [
    Scenario(
      description: "usercreate with two groups and a key",
      setUp: [
        ["groupcreate", "-g", "G1"], ["groupcreate", "-g", "G2"],
        // A bystander that shares a group: the commit must not disturb it.
        ["usercreate", "-u", "keeper", "-g", "G1"],
      ],
      command: ["usercreate", "-u", "u1", "-g", "G1", "-g", "G2", "-k"],
      errorWhenRepeated: "409 EntityAlreadyExists User with name u1 already exists."),
    Scenario(
      description: "userdel -r of a user with 2 keys, 2 policies and 2 groups",
      setUp: [
        ["groupcreate", "-g", "G1"], ["groupcreate", "-g", "G2"],
        ["usercreate", "-u", "u1", "-g", "G1", "-g", "G2", "-k"], ["useraddkey", "-u", "u1"],
        ["useraddpolicy", "-u", "u1", "-p", "P1"] + allowIAM, ["useraddpolicy", "-u", "u1", "-p", "P2"] + denyS3,
        ["usercreate", "-u", "keeper", "-g", "G1", "-k"],
      ],
      command: ["userdel", "-u", "u1", "-r"],
      errorWhenRepeated: "404 NoSuchEntity The user with name u1 cannot be found."),
    Scenario(
      description: "userdel -r of a user with a key, a policy, 2 signing certificates and a group",
      setUp: [
        ["groupcreate", "-g", "G1"], ["usercreate", "-u", "u1", "-g", "G1", "-k"],
        ["useraddpolicy", "-u", "u1", "-p", "P1"] + allowIAM,
        ["useraddcert", "-u", "u1", "-f", "cert-1.pem"], ["useraddcert", "-u", "u1", "-f", "cert-2.pem"],
        ["usercreate", "-u", "keeper", "-g", "G1"], ["useraddcert", "-u", "keeper", "-f", "cert-3.pem"],
      ],
      command: ["userdel", "-u", "u1", "-r"],
      errorWhenRepeated: "404 NoSuchEntity The user with name u1 cannot be found.", certificates: 3),
    Scenario(
      description: "groupdel -r of a group with 3 members and 2 policies",
      setUp: [
        ["groupcreate", "-g", "G"], ["groupcreate", "-g", "Other"],
        ["usercreate", "-u", "m1", "-g", "G", "-g", "Other"], ["usercreate", "-u", "m2", "-g", "G"],
        ["usercreate", "-u", "m3", "-g", "G"],
        ["groupaddpolicy", "-g", "G", "-p", "P1"] + allowIAM, ["groupaddpolicy", "-g", "G", "-p", "P2"] + denyS3,
        ["groupaddpolicy", "-g", "Other", "-p", "Kept"] + allowIAM,
      ],
      command: ["groupdel", "-g", "G", "-r"],
      errorWhenRepeated: "404 NoSuchEntity The group with name G cannot be found."),
    Scenario(
      description: "groupmod -n of a group with 3 members",
      setUp: [
        ["groupcreate", "-g", "G"], ["groupcreate", "-g", "Other"],
        ["usercreate", "-u", "m1", "-g", "G", "-g", "Other"], ["usercreate", "-u", "m2", "-g", "G"],
        ["usercreate", "-u", "m3", "-g", "G"], ["groupaddpolicy", "-g", "G", "-p", "P1"] + allowIAM,
      ],
      command: ["groupmod", "-g", "G", "-n", "Renamed"],
      errorWhenRepeated: "404 NoSuchEntity The group with name G cannot be found."),
    Scenario(
      description: "instanceprofilecreate -r: a new profile holding an existing role",
      setUp: [["rolecreate", "-r", "R", "-s", "ec2.amazonaws.com"], ["instanceprofilecreate", "-s", "Other"]],
      command: ["instanceprofilecreate", "-s", "P", "-r", "R"],
      errorWhenRepeated: "409 EntityAlreadyExists Instance Profile P already exists."),
    Scenario(
      description: "roledel -c of a role in 2 profiles with 2 policies",
      setUp: [
        ["rolecreate", "-r", "R", "-s", "ec2.amazonaws.com"], ["rolecreate", "-r", "Kept", "-s", "ec2.amazonaws.com"],
        ["instanceprofilecreate", "-s", "P1", "-r", "R"], ["instanceprofilecreate", "-s", "P2", "-r", "R"],
        ["instanceprofilecreate", "-s", "P3", "-r", "Kept"],
        ["roleaddpolicy", "-r", "R", "-p", "A", "-e", "Allow", "-a", "s3:*", "-c", "*"],
        ["roleaddpolicy", "-r", "R", "-p", "B", "-e", "Deny", "-a", "ec2:*", "-c", "*"],
      ],
      command: ["roledel", "-r", "R", "-c"],
      errorWhenRepeated: "404 NoSuchEntity The role with name R cannot be found."),
    Scenario(
      description: "instanceprofiledel -r of a profile holding a role",
      setUp: [
        ["rolecreate", "-r", "R", "-s", "ec2.amazonaws.com"], ["instanceprofilecreate", "-s", "P", "-r", "R"],
        ["instanceprofilecreate", "-s", "Q", "-r", "R"],
      ],
      command: ["instanceprofiledel", "-s", "P", "-r"],
      errorWhenRepeated: "404 NoSuchEntity Instance Profile P cannot be found."),
  ]

  enum Outcome: Equatable { case before, after }

  /// Every scenario runs in the default mode and in durable mode (AWS_SIM_FSYNC=1), whose
  /// commits also flush files and directories and must reach the same states.
  @Test(arguments: scenarios, [false, true])
  func aKilledCommitLeavesExactlyTheBeforeOrTheAfterState(_ scenario: Scenario, durable: Bool) throws {
    let mode: [String: String?] = durable ? ["AWS_SIM_FSYNC": "1"] : [:]
    if scenario.certificates > 0 { try #require(OpenSSL.isAvailable, "this scenario makes its certificates with openssl") }
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let fixtures = try CertificateFixtures()
    for index in 0..<scenario.certificates {
      let key = try fixtures.rsaKey("key-\(index + 1).pem")
      let certificate = try fixtures.selfSigned("cert-\(index + 1).pem", key: key, subject: "/CN=crash\(index + 1)")
      try FileManager.default.copyItem(atPath: certificate, toPath: sandbox.work + "/cert-\(index + 1).pem")
    }
    try sandbox.prepare(scenario.setUp)
    let prepared = sandbox.store
    let beforeTree = FileTree(prepared)
    let beforeState = try sandbox.state()

    // The uninterrupted run, on a copy, is the reference for "after".
    let reference = try sandbox.copyStore(from: prepared, to: "reference")
    let completed = sandbox.iam(scenario.command, store: reference, overrides: mode)
    try #require(completed.status == 0 && completed.stderr == "", "reference run failed: \(completed)")
    let afterTree = FileTree(reference)
    let preparedTrail = trailLines(prepared)
    let commandRecords = Array(trailLines(reference).dropFirst(preparedTrail.count))
    try #require(!commandRecords.isEmpty && trailLines(reference).starts(with: preparedTrail))
    let afterState = try sandbox.state(store: reference)
    try #require(afterState != beforeState)
    #expect(afterTree.wrongModes == [])

    var outcomes: [Outcome] = []
    var journalsLeft = 0
    var survivedAt: Int?
    for step in 1...200 {
      let store = try sandbox.copyStore(from: prepared, to: "crash-\(step)")
      defer { sandbox.remove(store) }
      let run = sandbox.iam(
        scenario.command, store: store, overrides: mode.merging(["AWS_SIM_CRASH_AT_STEP": String(step)]) { $1 })
      guard run.signal == SIGKILL else {
        // Past the last step the hook never fires: the run is an ordinary, complete one.
        #expect(run == completed, "step \(step): the surviving run differs from the reference")
        #expect(FileTree(store) == afterTree, "step \(step): \(FileTree(store).difference(from: afterTree))")
        survivedAt = step
        break
      }
      #expect(run.stdout == "", "step \(step): printed before its commit finished")
      if journalIsPending(store) { journalsLeft += 1 }

      // Reading the state runs commands, and the first one replays any journal.
      let state = try sandbox.state(store: store)
      // The trail holds the command's records exactly when its change was kept, and nothing
      // the kill left half-written: the readers' records follow whole lines.
      let trail = trailLines(store)
      #expect(trail.starts(with: preparedTrail), "step \(step): the trail lost records it had")
      let following = trail.dropFirst(preparedTrail.count)
      let recorded = following.starts(with: commandRecords)
      #expect(!following.contains { !$0.hasPrefix("{") || !$0.hasSuffix("}") }, "step \(step): a torn record")
      let tree = FileTree(store)
      let outcome: Outcome
      if state == beforeState && tree == beforeTree {
        outcome = .before
      } else if state == afterState && tree == afterTree {
        outcome = .after
      } else {
        Issue.record(
          """
          step \(step): the recovered store is neither before nor after.
          state:
          \(state)
          files differing from before: \(tree.difference(from: beforeTree))
          files differing from after: \(tree.difference(from: afterTree))
          """)
        break
      }
      outcomes.append(outcome)
      #expect(recorded == (outcome == .after), "step \(step): \(outcome) with the command's records \(recorded ? "kept" : "lost")")

      // After recovery the command must behave as if it had run completely or not at all.
      let again = sandbox.iam(scenario.command, store: store, overrides: mode)
      switch outcome {
      case .before:
        #expect(again == completed, "step \(step): rerun after a rolled-back crash")
      case .after:
        #expect(
          again == CommandResult(status: 1, signal: nil, stdout: "", stderr: scenario.errorWhenRepeated + "\n"),
          "step \(step): rerun after a completed crash")
      }
      #expect(FileTree(store) == afterTree, "step \(step): \(FileTree(store).difference(from: afterTree))")
    }

    try #require(survivedAt != nil, "the command was still being killed after 200 steps")
    #expect(outcomes.count >= 2, "only \(outcomes.count) crash points were exercised")
    #expect(outcomes.count == survivedAt! - 1, "a crash point was skipped")
    // Both sides of the commit point must have been hit, and at least one kill must have found
    // the journal in place, or the recovery path was never tested.
    #expect(outcomes.contains(.before))
    #expect(outcomes.contains(.after))
    #expect(journalsLeft >= 1)
  }

  /// The lines of the store's trail, which these short runs never rotate.
  private func trailLines(_ store: String) -> [String] {
    let text = (try? String(contentsOfFile: store + "/trail/current.jsonl", encoding: .utf8)) ?? ""
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
  }
}
