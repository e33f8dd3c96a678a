import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How a child process ended and what it printed.
struct CommandResult: Sendable, Equatable, CustomStringConvertible {
  /// The exit status, or nil when the process was killed by a signal.
  var status: Int32?
  /// The signal that killed the process, or nil when it exited.
  var signal: Int32?
  var stdout: String
  var stderr: String

  var stdoutLines: [String] { Self.lines(stdout) }
  var stderrLines: [String] { Self.lines(stderr) }

  var description: String {
    let end = signal.map { "signal \($0)" } ?? "status \(status.map(String.init) ?? "?")"
    return "[\(end)] stdout: \(stdout.debugDescription) stderr: \(stderr.debugDescription)"
  }

  static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

/// A child started by `ProcessRunner.start`; `wait()` reaps it and collects its output.
struct RunningProcess: Sendable {
  let pid: pid_t
  let stdoutPath: String
  let stderrPath: String

  func wait() -> CommandResult {
    var raw: Int32 = 0
    while waitpid(pid, &raw, 0) < 0 {
      precondition(errno == EINTR, "waitpid failed: \(String(cString: strerror(errno)))")
    }
    // The wait-status macros do not reach Swift; this is their glibc definition.
    let termination = raw & 0x7f
    let result = CommandResult(
      status: termination == 0 ? (raw >> 8) & 0xff : nil,
      signal: termination == 0 ? nil : termination,
      stdout: Self.slurp(stdoutPath), stderr: Self.slurp(stderrPath))
    unlink(stdoutPath)
    unlink(stderrPath)
    return result
  }

  private static func slurp(_ path: String) -> String {
    let data = FileManager.default.contents(atPath: path) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}

/// Starts processes with posix_spawn rather than Foundation's Process: arguments can then be raw
/// bytes (invalid UTF-8 included), the environment is always exactly the one given, and a batch of
/// children can be started before any of them is waited for, so they really run side by side.
enum ProcessRunner {
  /// Output goes to files, not pipes: a chatty child can never block on a full pipe while the
  /// test is busy waiting for another one.
  static func start(
    executable: String, arguments: [[UInt8]], environment: [String: String], workingDirectory: String,
    outputDirectory: String, standardInput: String = "/dev/null"
  ) -> RunningProcess {
    let outputBase = outputDirectory + "/out-" + UUID().uuidString
    let stdoutPath = outputBase + ".stdout"
    let stderrPath = outputBase + ".stderr"

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let chdirResult = addChdir(&actions, workingDirectory)
    precondition(chdirResult == 0, "posix_spawn_file_actions_addchdir_np failed")

    let argv = arguments.map(cString)
    let envp = environment.sorted { $0.key < $1.key }.map { cString(Array("\($0.key)=\($0.value)".utf8)) }
    defer { (argv + envp).forEach { $0?.deallocate() } }

    var pid: pid_t = 0
    let code = (argv + [nil]).withUnsafeBufferPointer { argvBuffer in
      (envp + [nil]).withUnsafeBufferPointer { envpBuffer in
        posix_spawn(
          &pid, executable, &actions, nil,
          UnsafeMutablePointer(mutating: argvBuffer.baseAddress!),
          UnsafeMutablePointer(mutating: envpBuffer.baseAddress!))
      }
    }
    precondition(code == 0, "cannot start \(executable): \(String(cString: strerror(code)))")
    return RunningProcess(pid: pid, stdoutPath: stdoutPath, stderrPath: stderrPath)
  }

  static func run(
    executable: String, arguments: [[UInt8]], environment: [String: String], workingDirectory: String,
    outputDirectory: String
  ) -> CommandResult {
    start(
      executable: executable, arguments: arguments, environment: environment, workingDirectory: workingDirectory,
      outputDirectory: outputDirectory
    ).wait()
  }

  /// glibc has had posix_spawn_file_actions_addchdir_np since 2.29, but its header hides it
  /// from Swift's Glibc module; looking it up by name reaches it with C's calling convention.
  private static let addChdir: @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32 = {
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else {
      preconditionFailure("this C library has no posix_spawn_file_actions_addchdir_np")
    }
    return unsafeBitCast(
      symbol,
      to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32).self)
  }()

  private static func cString(_ bytes: [UInt8]) -> UnsafeMutablePointer<CChar>? {
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
    for (index, byte) in bytes.enumerated() { buffer[index] = CChar(bitPattern: byte) }
    buffer[bytes.count] = 0
    return buffer
  }
}

/// Where the `iam` binary under test is.
enum IAMBinary {
  static let path: String = {
    // `swift test` runs the test bundle from the build directory, right next to `iam`.
    if let bundle = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      let candidate = (bundle as NSString).deletingLastPathComponent + "/iam"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return packageRoot.appendingPathComponent(".build/debug/iam").path
  }()
}
