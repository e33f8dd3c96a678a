import Foundation

/// A real program that tests check this module's output against (openssl, zbarimg, python3).
/// Tests that need one are marked `.enabled(if: tool.isAvailable)`, so a machine without it
/// reports them as skipped; `.ci/run` installs them.
struct ExternalTool: Sendable {
  let name: String
  let path: String?

  init(_ name: String) {
    self.name = name
    path = ["/usr/bin/", "/bin/", "/usr/local/bin/"].map { $0 + name }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  var isAvailable: Bool { path != nil }

  /// Runs `script` with /bin/sh (`set -eu`, this tool first on PATH) in a fresh directory holding
  /// `inputs`, and returns every file the directory holds afterwards, by name.
  func run(script: String, inputs: [String: [UInt8]] = [:]) async -> ShellScript.Outcome {
    await job(script: script, inputs: inputs).outcome
  }

  /// The same, started now: tests that need its files later wait for `outcome`.
  func job(script: String, inputs: [String: [UInt8]] = [:]) -> ShellScript.Job {
    guard let path else { return ShellScript.Job(failure: "\(name) is not installed") }
    return ShellScript.Job(script: script, inputs: inputs, toolDirectory: (path as NSString).deletingLastPathComponent)
  }
}

enum ShellScript {
  struct Failure: Error, Sendable, CustomStringConvertible {
    let description: String
  }

  typealias Outcome = Result<[String: [UInt8]], Failure>

  /// A script started at once on a thread of its own. Tests that wait for a tool then wait only
  /// for the tool: the script never queues for one of the test runner's few threads, which the
  /// suite's process-driving tests keep busy. The directory is removed before the outcome is
  /// given, so nothing generated outlives the test run.
  final class Job: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: Outcome?
    private var waiting: [CheckedContinuation<Outcome, Never>] = []

    init(script: String, inputs: [String: [UInt8]], toolDirectory: String) {
      Thread { [self] in
        finish(ShellScript.runNow(script: script, inputs: inputs, toolDirectory: toolDirectory))
      }.start()
    }

    init(failure: String) {
      finished = .failure(Failure(description: failure))
    }

    private func finish(_ outcome: Outcome) {
      lock.lock()
      finished = outcome
      let waiters = waiting
      waiting = []
      lock.unlock()
      for waiter in waiters { waiter.resume(returning: outcome) }
    }

    var outcome: Outcome {
      get async {
        await withCheckedContinuation { waiter in
          lock.lock()
          if let finished {
            lock.unlock()
            waiter.resume(returning: finished)
          } else {
            waiting.append(waiter)
            lock.unlock()
          }
        }
      }
    }
  }

  fileprivate static func runNow(script: String, inputs: [String: [UInt8]], toolDirectory: String) -> Outcome {
    let fileManager = FileManager.default
    let root = NSTemporaryDirectory() + "iam-tool-" + UUID().uuidString
    let work = root + "/work"
    defer { try? fileManager.removeItem(atPath: root) }
    do {
      try fileManager.createDirectory(atPath: work, withIntermediateDirectories: true)
      for (name, bytes) in inputs { try Data(bytes).write(to: URL(fileURLWithPath: work + "/" + name)) }
      _ = fileManager.createFile(atPath: root + "/stderr", contents: nil)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", "set -eu\n" + script]
      process.currentDirectoryURL = URL(fileURLWithPath: work)
      process.environment = ["PATH": toolDirectory + ":/usr/bin:/bin", "LC_ALL": "C"]
      process.standardInput = FileHandle.nullDevice
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle(forWritingAtPath: root + "/stderr")
      try process.run()
      process.waitUntilExit()
      let status = process.terminationStatus
      guard status == 0 else {
        let stderr = String(decoding: fileManager.contents(atPath: root + "/stderr") ?? Data(), as: UTF8.self)
        return .failure(Failure(description: "the script failed with status \(status): \(stderr)"))
      }
      var files: [String: [UInt8]] = [:]
      for name in try fileManager.contentsOfDirectory(atPath: work) {
        if let data = fileManager.contents(atPath: work + "/" + name) { files[name] = [UInt8](data) }
      }
      return .success(files)
    } catch {
      return .failure(Failure(description: "could not run the script: \(error)"))
    }
  }
}
