import IAMService

/// What a command handler may use: the account, as the authenticated caller, and the files named
/// on its command line. Handlers never open files or the store themselves.
public final class CommandContext {
  let service: IAMService?
  let credentials: AccessKeyPair?
  let trace: Trace
  let invocation: Invocation
  /// Lines for standard error that are not errors, such as installation notes.
  var notes: [String] = []

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

  /// The text of a document file, read as the legacy tool read it.
  public func readDocument(_ path: String) throws -> String {
    try InputFile.read(path, workingDirectory: invocation.workingDirectory)
  }

  public func note(_ line: String) { notes.append(line) }
}

/// One run of the program: its arguments, environment and working directory.
public struct Invocation: Sendable {
  /// The full argument vector, program name first.
  public var arguments: [String]
  public var environment: [String: String]
  /// Relative paths on the command line are resolved against this directory.
  public var workingDirectory: String
  /// The running executable, which `iam install` copies.
  public var executablePath: String?

  public init(
    arguments: [String], environment: [String: String], workingDirectory: String = ".",
    executablePath: String? = nil
  ) {
    self.arguments = arguments
    self.environment = environment
    self.workingDirectory = workingDirectory
    self.executablePath = executablePath
  }
}
