import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A private temporary directory for one test: the store, a HOME, a working directory and a
/// scratch area, all side by side, so a test can also prove that nothing was written next to the
/// store. Removed when the last reference goes away.
final class Sandbox: Sendable {
  static let clock = "2026-11-23T12:00:00Z"

  let root: String
  let seed: String

  /// `store` is AWS_SIM_HOME; `home` is an empty HOME, so a default store would land there
  /// instead of in the real home directory; `work` is the commands' working directory; `scratch`
  /// holds the tests' own files (captured output, documents, scripts).
  var store: String { root + "/store" }
  var home: String { root + "/home" }
  var work: String { root + "/work" }
  var scratch: String { root + "/scratch" }

  init(seed: String = "end-to-end") {
    let temporary = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
    var template = Array((temporary + "iam-e2e-XXXXXX").utf8CString)
    let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(created != nil, "mkdtemp failed: \(String(cString: strerror(errno)))")
    root = String(cString: created!)
    self.seed = seed
    for directory in [home, work, scratch] { mkdir(directory, 0o700) }
  }

  deinit { try? FileManager.default.removeItem(atPath: root) }

  /// The environment every command gets: never the test process's own, so the developer's real
  /// `~/.aws-sim` and credential variables cannot leak in. Ids and the clock are fixed so that
  /// two runs of the same commands write byte-identical stores.
  func environment(store: String? = nil) -> [String: String] {
    [
      "HOME": home, "PATH": "/usr/bin:/bin", "AWS_SIM_HOME": store ?? self.store,
      "AWS_SIM_SEED": seed, "AWS_SIM_CLOCK": Self.clock,
    ]
  }

  /// Runs `iam <arguments>` against `store` (the sandbox's own by default). `overrides` adds
  /// variables, or removes them when the value is nil.
  @discardableResult
  func iam(_ arguments: [String], store: String? = nil, overrides: [String: String?] = [:]) -> CommandResult {
    run(program: IAMBinary.path, arguments: arguments.map { Array($0.utf8) }, store: store, overrides: overrides)
  }

  @discardableResult
  func iam(_ arguments: String..., store: String? = nil) -> CommandResult { iam(arguments, store: store) }

  /// Runs `program` (the binary or a link to it) with raw argument bytes; argv[0] is `program`
  /// unless `argv0` says otherwise.
  func run(
    program: String, argv0: [UInt8]? = nil, arguments: [[UInt8]], store: String? = nil,
    overrides: [String: String?] = [:]
  ) -> CommandResult {
    start(program: program, argv0: argv0, arguments: arguments, store: store, overrides: overrides).wait()
  }

  /// Starts a process without waiting for it; its standard input is the file `input` names.
  func start(
    program: String, argv0: [UInt8]? = nil, arguments: [[UInt8]], store: String? = nil,
    overrides: [String: String?] = [:], input: String = "/dev/null"
  ) -> RunningProcess {
    var environment = environment(store: store)
    for (key, value) in overrides { environment[key] = value }
    return ProcessRunner.start(
      executable: program, arguments: [argv0 ?? Array(program.utf8)] + arguments, environment: environment,
      workingDirectory: work, outputDirectory: scratch, standardInput: input)
  }

  /// Creates the account with a first command, which must announce it on stderr and nothing else.
  func bootstrap(store: String? = nil) throws {
    let result = iam(["userlistbypath"], store: store)
    try #require(result.status == 0, "bootstrap failed: \(result)")
    #expect(result.stdoutLines == ["IsTruncated: false"])
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.hasPrefix("iam: created a new simulated AWS account "))
  }

  /// Runs commands that set a scene; each must succeed, or the test stops.
  func prepare(_ commands: [[String]], store: String? = nil) throws {
    for command in commands {
      let result = iam(command, store: store)
      try #require(result.status == 0, "setting up with \(command) failed: \(result)")
    }
  }

  /// A symbolic link `name` to the binary, for argv[0] dispatch.
  func link(named name: String) -> String {
    let directory = root + "/bin"
    mkdir(directory, 0o700)
    let path = directory + "/" + name
    if symlink(IAMBinary.path, path) != 0 && errno != EEXIST {
      preconditionFailure("symlink \(path): \(String(cString: strerror(errno)))")
    }
    return path
  }

  /// Copies a store directory with its modes, as a backup tool would.
  func copyStore(from source: String? = nil, to name: String) throws -> String {
    let destination = root + "/" + name
    let result = ProcessRunner.run(
      executable: "/bin/cp", arguments: [Array("cp".utf8), Array("-a".utf8)] + [source ?? store, destination].map { Array($0.utf8) },
      environment: ["PATH": "/usr/bin:/bin"], workingDirectory: work, outputDirectory: scratch)
    try #require(result.status == 0, "cp -a failed: \(result)")
    return destination
  }

  func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

  /// Writes a scratch file and returns its path.
  func writeScratch(_ name: String, _ bytes: [UInt8]) -> String {
    let path = scratch + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
    return path
  }
}
