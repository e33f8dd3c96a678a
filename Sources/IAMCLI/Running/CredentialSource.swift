#if canImport(Glibc)
  import Glibc
#endif
import IAMService
import IAMStore

/// Finds the caller's access key: `--aws-credential-file`, else `AWS_CREDENTIAL_FILE`, else the
/// root credential file inside the store (D6), which is created with the account on first use.
enum CredentialSource {
  static let variable = "AWS_CREDENTIAL_FILE"

  /// The store's root credential file, read with the store's checks (no link followed, owner
  /// only). The account is created on first use, and a commit that a killed command left behind,
  /// which may have been rewriting the file, is finished first.
  private static func readRootCredentials(
    service: IAMService, trace: Trace
  ) throws -> (bytes: [UInt8], mode: mode_t)? {
    if service.store.hasPendingJournal { try service.bootstrapIfNeeded(trace: trace) }
    if let file = try service.store.readUnlocked(StoreLayout.rootCredentials) { return file }
    try service.bootstrapIfNeeded(trace: trace)
    return try service.store.readUnlocked(StoreLayout.rootCredentials)
  }

  static func load(
    _ arguments: ParsedArguments, service: IAMService, trace: Trace, invocation: Invocation,
    warn: (String) -> Void
  ) throws -> AccessKeyPair {
    let (given, origin) = try choose(arguments, service: service, trace: trace, invocation: invocation)
    let path = FileSystem.resolve(given, against: invocation.workingDirectory)
    // Legacy mode keeps the messages old scripts may match, which name the path as resolved.
    // The absolute path is worked out only for a message, as it may ask the system for the
    // working directory.
    let legacy = LegacyMode.isOn(invocation.environment)
    func shown() -> String { legacy ? path : invocation.absolute(path) }
    let bytes: [UInt8]
    let mode: mode_t?
    if origin == rootOrigin {
      guard let file = try readRootCredentials(service: service, trace: trace) else {
        // Lost with the account still there: only a reset can bring root access back.
        throw CLIError.credentials(detail: "\(shown()) does not exist" + (legacy ? "" : "; iam rootkey --reset writes a new one"))
      }
      (bytes, mode) = file
    } else {
      bytes = try read(path, given: given, shown: shown(), legacy: legacy, invocation)
      mode = (try? FileSystem.status(path))?.st_mode
    }
    if let mode, mode & 0o044 != 0 {
      warn("credential file \(shown()) is readable by other users; protect it with chmod 600")
    }
    do {
      let pair = try CredentialFile.parse(bytes)
      trace.debug("credentials from \(invocation.absolute(path)) (\(origin)): access key \(pair.accessKeyId)")
      return pair
    } catch {
      guard case .credentials(let detail) = error else { throw error }
      throw CLIError.credentials(detail: "\(shown()): \(detail)")
    }
  }

  /// The key in a credential file named for another purpose than the command's own identity,
  /// such as `iam simulate --as`.
  static func pair(in given: String, invocation: Invocation) throws -> AccessKeyPair {
    let path = FileSystem.resolve(given, against: invocation.workingDirectory)
    let bytes = try read(path, given: given, shown: invocation.absolute(path), legacy: false, invocation)
    do {
      return try CredentialFile.parse(bytes)
    } catch {
      guard case .credentials(let detail) = error else { throw error }
      throw CLIError.credentials(detail: "\(invocation.absolute(path)): \(detail)")
    }
  }

  private static let rootOrigin = "the store's root user"

  /// The content of a credential file named by the user, read with a bound fit for one.
  private static func read(
    _ path: String, given: String, shown: @autoclosure () -> String, legacy: Bool, _ invocation: Invocation
  ) throws(CLIError) -> [UInt8] {
    let outcome: FileSystem.InputRead
    do {
      outcome = try FileSystem.readInput(path, limit: CredentialFile.sizeLimit)
    } catch {
      throw .credentials(detail: error.message)
    }
    switch outcome {
    case .bytes(let content): return content
    case .missing: throw .credentials(detail: legacy ? "\(path) does not exist" : missing(given, path: shown(), invocation))
    case .tooLarge(let limit): throw .credentials(detail: "\(shown()) is larger than \(limit) bytes, too large for a credential file")
    case .notAFile(let kind): throw .credentials(detail: "\(shown()) is \(kind), not a file")
    }
  }

  /// The credential file as given, and where it was named.
  private static func choose(
    _ arguments: ParsedArguments, service: IAMService, trace: Trace, invocation: Invocation
  ) throws -> (path: String, origin: String) {
    if let option = arguments.value(CommonOptions.credentialFile) { return (option, "--aws-credential-file") }
    // The variable is only looked at, and only refused when it is not UTF-8, if the option is absent.
    if let fromEnvironment = try invocation.pathVariable(variable) { return (fromEnvironment, variable) }
    // An empty variable is easily set by accident (`export AWS_CREDENTIAL_FILE=$UNSET`), and then
    // the command quietly runs as root.
    if invocation.environment[variable]?.isEmpty == true {
      trace.debug("\(variable) is set but empty, so it counts as not set")
    }
    return (service.rootCredentialsPath, rootOrigin)
  }

  /// A relative path names the directory it was taken from: a script run from another directory
  /// is the usual reason a file that exists is not found.
  private static func missing(_ given: String, path: String, _ invocation: Invocation) -> String {
    guard !given.hasPrefix("/"), let directory = invocation.absoluteWorkingDirectory else {
      return "\(path) does not exist"
    }
    return "\(given) (resolved against the working directory \(directory)) does not exist"
  }

  /// What the tool says when no usable credential file was found: why, and the expected format.
  static func failureLines(_ detail: String) -> [String] {
    [
      "Cannot use the credential file: \(detail). Name one with --aws-credential-file or AWS_CREDENTIAL_FILE; it must contain:",
      "\(CredentialFile.accessKeyIdKey)=<your access key id>",
      "\(CredentialFile.secretKeyKey)=<your secret access key>",
    ]
  }
}
