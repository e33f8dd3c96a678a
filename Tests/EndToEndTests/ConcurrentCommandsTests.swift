import Foundation
import Testing

/// Parallel scripts (`xargs -P 8`) on one store: the account lock must serialise them so that no
/// update is lost and no command sees another's half-written files. Each worker is a shell
/// script, so the eight really run at once, independently of the test runner's thread pool.
@Suite struct ConcurrentCommandsTests {
  static let workers = 8

  @Test func parallelWorkersLoseNoUpdateAndLeaveExactlyWhatSucceeded() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare(ConcurrentWorkload.sharedGroups.map { ["groupcreate", "-g", $0] })
    var model = AccountState()
    for group in ConcurrentWorkload.sharedGroups { model.groups[group] = AccountState.Group() }

    let plans = (0..<Self.workers).map { ConcurrentWorkload.steps(worker: $0) }
    let totalCommands = plans.map(\.count).reduce(0, +)
    try #require(totalCommands >= 400)

    let outputs = sandbox.scratch + "/outputs"
    try FileManager.default.createDirectory(atPath: outputs, withIntermediateDirectories: false)
    // Start every worker before waiting for any of them.
    let running = plans.enumerated().map { worker, steps in
      let script = sandbox.writeScratch(
        "worker-\(worker).sh", Array(ConcurrentWorkload.script(worker: worker, steps: steps).utf8))
      return sandbox.start(
        program: "/bin/sh", arguments: [Array(script.utf8)],
        overrides: ["IAM": IAMBinary.path, "OUT": outputs])
    }
    let reports = running.map { $0.wait() }

    var wrongStatuses: [String] = []
    var raceWinners = 0
    for (worker, steps) in plans.enumerated() {
      let report = reports[worker]
      try #require(report.status == 0 && report.stderr == "", "worker \(worker) script failed: \(report)")
      let statuses = report.stdoutLines.map { line in Int32(line.split(separator: " ")[1])! }
      try #require(statuses.count == steps.count, "worker \(worker) ran \(statuses.count) of \(steps.count) commands")

      for (index, step) in steps.enumerated() {
        let status = statuses[index]
        let stdout = try String(contentsOfFile: "\(outputs)/\(worker)-\(index).out", encoding: .utf8)
        let stderr = try String(contentsOfFile: "\(outputs)/\(worker)-\(index).err", encoding: .utf8)
        // A status above 4 is a signal reported by the shell (128 + n): a crash.
        if let expected = step.expectedStatus, expected != status {
          wrongStatuses.append("worker \(worker) \(step.arguments): status \(status), expected \(expected): \(stderr)")
        } else if !(0...1).contains(status) {
          wrongStatuses.append("worker \(worker) \(step.arguments): status \(status): \(stderr)")
        }
        if status == 0 {
          step.apply(&model, CommandResult.lines(stdout))
          if step.arguments == ["groupcreate", "-g", ConcurrentWorkload.raceGroup] { raceWinners += 1 }
        } else if step.arguments == ["groupcreate", "-g", ConcurrentWorkload.raceGroup] {
          #expect(stderr == "409 EntityAlreadyExists Group with name Race already exists.\n")
        }
      }
    }
    #expect(wrongStatuses == [])
    #expect(raceWinners == 1, "\(raceWinners) workers created the same group")

    let actual = try sandbox.state()
    #expect(actual == model, "store:\n\(actual)\nexpected:\n\(model)")
    // Spelled out, because a lost update in a shared file shows here first: every worker's
    // surviving users are in Shared1, and every worker's remaining policies are on the groups.
    let expectedShared1 = (0..<Self.workers).flatMap { worker in [1, 4, 5].map { "w\(worker)u\($0)" } }
    #expect(actual.groups["Shared1"]?.members == Set(expectedShared1))
    let sharedPolicies = ConcurrentWorkload.sharedGroups.flatMap { actual.groups[$0]?.policies.keys.sorted() ?? [] }
    #expect(sharedPolicies.count == Self.workers * 4)
    #expect(actual.users.count == Self.workers * 4)
    #expect(FileTree(sandbox.store).wrongModes == [])
    #expect(!journalIsPending(sandbox.store))
  }
}
