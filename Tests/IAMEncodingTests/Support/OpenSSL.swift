import Foundation

/// The real openssl: it makes the keys and certificates these tests read, at test time, and gives
/// the answers the readers must agree with. Tests that need it are marked
/// `.enabled(if: OpenSSL.isAvailable)`, so a machine without it reports them as skipped.
enum OpenSSL {
  static let path: String? = ["/usr/bin/openssl", "/bin/openssl", "/usr/local/bin/openssl"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static var isAvailable: Bool { path != nil }

  struct ScriptFailure: Error, Sendable, CustomStringConvertible {
    let description: String
  }

  typealias Outcome = Result<[String: [UInt8]], ScriptFailure>

  /// Runs `script` with /bin/sh (`set -eu`, openssl on PATH) in a fresh directory holding
  /// `inputs`, and returns every file the directory holds afterwards, by name. The directory is
  /// removed before this returns, so no generated key outlives the test run.
  static func run(script: String, inputs: [String: [UInt8]] = [:]) async -> Outcome {
    await Job(script: script, inputs: inputs).outcome
  }

  /// A script started at once on a thread of its own. Tests that wait for openssl then wait only
  /// for openssl: the script never queues for one of the test runner's few threads, which the
  /// suite's process-driving tests keep busy.
  final class Job: @unchecked Sendable {
    private let lock = NSLock()
    private var finished: Outcome?
    private var waiting: [CheckedContinuation<Outcome, Never>] = []

    init(script: String, inputs: [String: [UInt8]] = [:]) {
      Thread { [self] in
        let outcome = OpenSSL.runNow(script: script, inputs: inputs)
        lock.lock()
        finished = outcome
        let waiters = waiting
        waiting = []
        lock.unlock()
        for waiter in waiters { waiter.resume(returning: outcome) }
      }.start()
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

  private static func runNow(script: String, inputs: [String: [UInt8]]) -> Outcome {
    guard let path else { return .failure(ScriptFailure(description: "openssl is not installed")) }
    let fileManager = FileManager.default
    let root = NSTemporaryDirectory() + "iam-openssl-" + UUID().uuidString
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
      process.environment = ["PATH": (path as NSString).deletingLastPathComponent + ":/usr/bin:/bin", "LC_ALL": "C"]
      process.standardInput = FileHandle.nullDevice
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle(forWritingAtPath: root + "/stderr")
      try process.run()
      process.waitUntilExit()
      let status = process.terminationStatus
      guard status == 0 else {
        let stderr = String(decoding: fileManager.contents(atPath: root + "/stderr") ?? Data(), as: UTF8.self)
        return .failure(ScriptFailure(description: "the openssl script failed with status \(status): \(stderr)"))
      }
      var files: [String: [UInt8]] = [:]
      for name in try fileManager.contentsOfDirectory(atPath: work) {
        if let data = fileManager.contents(atPath: work + "/" + name) { files[name] = [UInt8](data) }
      }
      return .success(files)
    } catch {
      return .failure(ScriptFailure(description: "could not run the openssl script: \(error)"))
    }
  }
}
