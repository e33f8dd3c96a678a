import IAMService
import IAMStore

/// What a command handler may use: the account, as the authenticated caller, and the files named
/// on its command line. Handlers never open files or the store themselves.
public final class CommandContext {
  let service: IAMService?
  let credentials: AccessKeyPair?
  let trace: Trace
  let invocation: Invocation
  /// Lines for standard error that are not errors, such as installation notes.
  var notes: [String] = []
  /// How a problem in the policy document the command sends names the document: the file as
  /// the command line gave it, or `PolicyDiagnosticLine.inlineName`; nil when the command
  /// generated the document, which then has no place worth naming.
  var documentName: String?

  init(service: IAMService?, credentials: AccessKeyPair?, trace: Trace, invocation: Invocation) {
    self.service = service
    self.credentials = credentials
    self.trace = trace
    self.invocation = invocation
  }

  /// Runs `body` as one transaction, as the caller the credential file identifies: everything
  /// it changes becomes visible together, or, if it throws, nothing does.
  public func iam<T>(_ body: (IAMAPI) throws -> T) throws -> T {
    guard let service, let credentials else {
      preconditionFailure("only legacy commands reach the account")
    }
    return try service.perform(credentials: credentials, trace: trace, body)
  }

  /// Runs `body` with the account store as its owner, for the commands that recover access.
  public func owner<T>(_ body: (IAMService, Trace) throws -> T) throws -> T {
    guard let service else { preconditionFailure("only commands with owner access reach the store as its owner") }
    return try body(service, trace)
  }

  /// The text of a document file, read as the legacy tool read it.
  func readDocument(_ path: String, limit: InputFile.Limit = .policyDocument) throws -> String {
    documentName = path
    // Said before reading, so that -d names the file a refusal is about, as an absolute path.
    trace.debug("reading the document \(invocation.absolute(FileSystem.resolve(path, against: invocation.workingDirectory)))")
    let text = try InputFile.read(path, workingDirectory: invocation.workingDirectory, limit: limit)
    trace.debug("  \(text.unicodeScalars.count) characters read")
    return text
  }

  /// A document given on the command line itself, with -o.
  func inlineDocument(_ text: String) -> String {
    documentName = PolicyDiagnosticLine.inlineName
    return text
  }

  public func note(_ line: String) { notes.append(line) }

  /// Writes a file that holds a secret (an MFA seed, or a QR code of one), readable by its
  /// owner alone whatever the umask. With `replace` false, a file already at `path` is kept and
  /// the command fails: temporary credentials are not written over a file someone may still use.
  func writeSecretFile(_ path: String, _ bytes: [UInt8], replace: Bool = true) throws {
    let resolved = FileSystem.resolve(path, against: invocation.workingDirectory)
    trace.debug("writing \(invocation.absolute(resolved)), mode 0600")
    let written: Bool
    do {
      if replace {
        try FileSystem.writeFileAtomically(resolved, bytes, mode: 0o600, durable: false)
        written = true
      } else {
        written = try FileSystem.writeNewFile(resolved, bytes, mode: 0o600)
      }
    } catch {
      throw CLIError.unusableFile(path: path, reason: error.reason, isDirectory: false)
    }
    guard written else {
      throw CLIError.unusableFile(path: path, reason: "it exists already; give --force to replace it", isDirectory: false)
    }
  }

  /// Whether IAMCli 1.5.0's output is wanted (`AWS_SIM_LEGACY`).
  var isLegacy: Bool { LegacyMode.isOn(invocation.environment) }
}

/// One run of the program: its arguments, environment and working directory.
public struct Invocation: Sendable {
  /// The full argument vector, program name first.
  public var arguments: [String]
  /// A value that was not UTF-8 has its bad bytes replaced, so a path among them names some
  /// other file and must not be used (`pathVariable` refuses it).
  public var environment: Environment
  /// Relative paths on the command line are resolved against this directory.
  public var workingDirectory: String
  /// The running executable, which `iam install` copies.
  public var executablePath: String?
  /// Where `iam signin` reads a password; nothing to read unless given.
  public var standardInput: any StandardInput

  public init(
    arguments: [String], environment: Environment, workingDirectory: String = ".",
    executablePath: String? = nil, standardInput: any StandardInput = TextInput("")
  ) {
    self.arguments = arguments
    self.environment = environment
    self.workingDirectory = workingDirectory
    self.executablePath = executablePath
    self.standardInput = standardInput
  }

  /// A run with a fixed set of variables, as tests and the example sessions give them.
  public init(
    arguments: [String], environment: [String: String], workingDirectory: String = ".",
    executablePath: String? = nil, standardInput: any StandardInput = TextInput("")
  ) {
    self.init(
      arguments: arguments, environment: Environment(environment), workingDirectory: workingDirectory,
      executablePath: executablePath, standardInput: standardInput)
  }

  /// A variable that names a file or directory, or nil when unset or empty; a value that was not
  /// UTF-8 is refused rather than quietly turned into a different path.
  func pathVariable(_ name: String) throws(CLIError) -> String? {
    guard let value = environment[name], !value.isEmpty else { return nil }
    guard environment.isUTF8(name) else {
      throw .environment("\(name) is not valid UTF-8; iam can only use paths written in UTF-8")
    }
    return value
  }
}
