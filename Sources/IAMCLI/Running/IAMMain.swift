#if canImport(Glibc)
  import Glibc
#endif
import IAMService
import IAMStore

/// The program: `iam <command> ...` or `iam-<command> ...`, run against the account store.
public enum IAMMain {
  /// Runs one invocation and returns its exit status. Nothing here touches the process's own
  /// streams or environment, so tests run commands in-process.
  public static func run(_ invocation: Invocation, stdout: OutputSink, stderr: OutputSink) -> Int32 {
    let legacy = LegacyMode.isOn(invocation.environment)
    let runner = Runner(invocation: invocation, stdout: stdout, stderr: stderr, legacy: legacy)
    return runner.run()
  }

  /// What to say when standard output could not take the output of a command that ended with
  /// `status`.
  public static func outputFailure(errno code: Int32, status: Int32) -> String {
    "iam: cannot write the output: \(String(cString: strerror(code)))"
      + (status == 0 ? "; the command itself succeeded, and what it changed stays changed\n" : "\n")
  }

  public static let outputFailureStatus = ExitStatus.outputError.rawValue
}

/// D3: by default results go to standard output, errors to standard error with a non-zero
/// status, and `-h` exits 0. With `AWS_SIM_LEGACY=1` the channels and statuses are those of
/// IAMCli 1.5.0: everything on standard output, service errors exit 0, usage errors and `-h` exit 1.
enum LegacyMode {
  static let variable = "AWS_SIM_LEGACY"

  static func isOn(_ environment: Environment) -> Bool {
    guard let value = environment[variable] else { return false }
    return !value.isEmpty && value != "0"
  }
}

struct Runner {
  let invocation: Invocation
  let stdout: OutputSink
  let stderr: OutputSink
  let legacy: Bool

  func run() -> Int32 {
    let program = FileSystem.split(invocation.arguments.first ?? "iam").name
    var arguments = Array(invocation.arguments.dropFirst())
    let command: CommandSpec
    let invokedAs: String
    if program.hasPrefix("iam-") {
      let name = String(program.dropFirst(4))
      guard let found = CommandTable.command(named: name), found.isLegacy else {
        return unknownCommand(name, invokedAs: program)
      }
      command = found
      invokedAs = program
    } else {
      guard let name = arguments.first, name != "-h", name != "--help" else {
        emit(HelpRenderer.overview(CommandTable.all), to: stdout)
        return ExitStatus.success.rawValue
      }
      arguments.removeFirst()
      // The spelling other programs have taught people.
      let wanted = name == "--version" ? CommandSpec.version.name : name
      guard let found = CommandTable.command(named: wanted) else { return unknownCommand(name, invokedAs: "iam") }
      command = found
      invokedAs = "iam " + wanted
    }
    // Hidden commands are called by scripts with raw words (a user name may start with `-`).
    if command.isHidden { return execute(command, .verbatim(arguments), invokedAs: invokedAs) }
    switch ArgumentParser.parse(arguments, for: command, legacy: legacy) {
    case .help:
      emit(HelpRenderer.lines(for: command, legacy: legacy), to: stdout)
      return legacy ? 1 : ExitStatus.success.rawValue
    case .usageError(let message):
      return usageError(message, command: command, invokedAs: invokedAs)
    case .run(let parsed):
      return execute(command, parsed, invokedAs: invokedAs)
    }
  }

  private func execute(_ command: CommandSpec, _ arguments: ParsedArguments, invokedAs: String) -> Int32 {
    let trace = Trace(keepsDebugLines: arguments.flag(CommonOptions.debug))
    var context: CommandContext?
    let outcome: Result<[String], any Error>
    do {
      var service: IAMService?
      var credentials: AccessKeyPair?
      if command.storeAccess != .none {
        var configuration = try EnvironmentSettings.serviceConfiguration(invocation)
        configuration.userAgent = "iam/\(ToolVersion.number) (\(command.name))"
        service = IAMService(configuration: configuration)
      }
      if command.storeAccess == .asCaller {
        credentials = try CredentialSource.load(arguments, service: service!, trace: trace, invocation: invocation) {
          stderr.write("iam: warning: \($0)\n")
        }
      }
      context = CommandContext(service: service, credentials: credentials, trace: trace, invocation: invocation)
      outcome = .success(try command.run(arguments, context!))
    } catch {
      outcome = .failure(error)
    }
    // What the command did is told before what became of it, so an error line comes last.
    for notice in trace.notices { stderr.write("iam: \(notice)\n") }
    if arguments.flag(CommonOptions.debug) {
      for line in trace.debugLines { stderr.write("debug: \(line)\n") }
    }
    for note in context?.notes ?? [] { stderr.write("iam: \(note)\n") }
    if !legacy, case .failure(let error as IAMError) = outcome, command.storeAccess == .asCaller,
      error.code == .invalidClientTokenId || error.code == .signatureDoesNotMatch,
      arguments.value(CommonOptions.credentialFile) == nil,
      invocation.environment[CredentialSource.variable, default: ""].isEmpty
    {
      stderr.write("iam: the store's root-credentials file holds no usable root key; 'iam rootkey --reset' gives you a new one\n")
    }
    switch outcome {
    case .success(let lines):
      emit(lines, to: stdout)
      return ExitStatus.success.rawValue
    case .failure(let error as IAMError):
      if legacy {
        emit([error.line], to: stdout)
        return 0
      }
      let detail = error.diagnostic.map { PolicyDiagnosticLine.text($0, document: context?.documentName) }
      emit([error.line] + (detail.map { [$0] } ?? []), to: stderr)
      return ExitStatus.serviceError.rawValue
    case .failure(let error as CLIError):
      return report(error, command: command, invokedAs: invokedAs)
    case .failure(let error as StoreError):
      stderr.write("iam: \(error.message)\n")
      return ExitStatus.storeError.rawValue
    case .failure(let error):
      stderr.write("iam: unexpected error: \(error)\n")
      return ExitStatus.storeError.rawValue
    }
  }

  private func report(_ error: CLIError, command: CommandSpec, invokedAs: String) -> Int32 {
    let channel = legacy ? stdout : stderr
    switch error {
    case .usage(let message):
      // IAMCli printed its own checks of the options as a bare line; only the parser's
      // complaints came with the help block.
      if legacy {
        emit([message], to: stdout)
        return 1
      }
      return usageError(message, command: command, invokedAs: invokedAs)
    case .fileNotFound(let path):
      emit([legacy ? "File not found" : "File not found: \(path)"], to: channel)
    case .unusableFile(let path, let reason, let isDirectory):
      // Java could not read a directory either, and said only "File not found".
      emit([legacy && isDirectory ? "File not found" : "iam: cannot use \(path): \(reason)"], to: channel)
    case .credentials(let detail):
      emit(CredentialSource.failureLines(detail), to: channel)
    case .unknownCommand(let name):
      return unknownCommand(name, invokedAs: "iam")
    case .environment(let message), .input(let message):
      emit(["iam: \(message)"], to: stderr)
    case .refused(let message):
      emit(["iam: \(message)"], to: stderr)
      return ExitStatus.serviceError.rawValue
    case .unexpected(let output, let message):
      emit(output, to: stdout)
      emit(["iam: \(message)"], to: stderr)
      return ExitStatus.serviceError.rawValue
    }
    return legacy ? 1 : ExitStatus.inputError.rawValue
  }

  private func usageError(_ message: String, command: CommandSpec, invokedAs: String) -> Int32 {
    if legacy {
      emit([message] + HelpRenderer.lines(for: command, legacy: true), to: stdout)
      return 1
    }
    emit([message, "Run '\(invokedAs) -h' for the options of this command."], to: stderr)
    return ExitStatus.usageError.rawValue
  }

  private func unknownCommand(_ name: String, invokedAs: String) -> Int32 {
    emit(Suggestion.lines(for: name, invokedAs: invokedAs), to: stderr)
    return legacy ? 1 : ExitStatus.usageError.rawValue
  }

  private func emit(_ lines: [String], to sink: OutputSink) {
    var text = ""
    for line in lines {
      text += line
      text += "\n"
    }
    sink.write(text)
  }
}
