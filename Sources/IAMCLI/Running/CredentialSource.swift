import IAMService
import IAMStore

/// Finds the caller's access key: `--aws-credential-file`, else `AWS_CREDENTIAL_FILE`, else the
/// root credential file inside the store (D6), which is created with the account on first use.
enum CredentialSource {
  static let variable = "AWS_CREDENTIAL_FILE"

  /// Creates the account on first use, and finishes a commit that a killed command left
  /// behind, which may have been rewriting the root credential file.
  private static func prepareRootCredentials(service: IAMService, trace: Trace) throws {
    let missing = try FileSystem.status(service.rootCredentialsPath) == nil
    if missing || service.store.hasPendingJournal { try service.bootstrapIfNeeded(trace: trace) }
  }

  static func load(
    _ arguments: ParsedArguments, service: IAMService, trace: Trace, invocation: Invocation,
    warn: (String) -> Void
  ) throws -> AccessKeyPair {
    let path: String
    let origin: String
    let option = arguments.value(CommonOptions.credentialFile)
    // The variable is only looked at, and only refused when it is not UTF-8, if the option is absent.
    let fromEnvironment = option == nil ? try invocation.pathVariable(variable) : nil
    if let option {
      path = FileSystem.resolve(option, against: invocation.workingDirectory)
      origin = "--aws-credential-file"
    } else if let fromEnvironment {
      path = FileSystem.resolve(fromEnvironment, against: invocation.workingDirectory)
      origin = "AWS_CREDENTIAL_FILE"
    } else {
      path = service.rootCredentialsPath
      origin = "the store's root user"
      try prepareRootCredentials(service: service, trace: trace)
    }
    let bytes: [UInt8]
    if option == nil && fromEnvironment == nil {
      // The store's own file is read with the store's checks: no link followed, owner only.
      guard let content = try service.store.readUnlocked(StoreLayout.rootCredentials) else {
        throw CLIError.credentials(detail: "\(path) does not exist")
      }
      bytes = content
    } else {
      bytes = try read(path)
    }
    if let info = try? FileSystem.status(path), info.st_mode & 0o044 != 0 {
      warn("credential file \(path) is readable by other users; protect it with chmod 600")
    }
    trace.debug("credentials from \(path) (\(origin))")
    do {
      return try CredentialFile.parse(bytes)
    } catch {
      guard case .credentials(let detail) = error else { throw error }
      throw CLIError.credentials(detail: "\(path): \(detail)")
    }
  }

  private static func read(_ path: String) throws(CLIError) -> [UInt8] {
    let outcome: FileSystem.InputRead
    do {
      outcome = try FileSystem.readInput(path, limit: CredentialFile.sizeLimit)
    } catch {
      throw .credentials(detail: error.message)
    }
    switch outcome {
    case .bytes(let content): return content
    case .missing: throw .credentials(detail: "\(path) does not exist")
    case .tooLarge(let limit): throw .credentials(detail: "\(path) is larger than \(limit) bytes, too large for a credential file")
    case .notAFile(let kind): throw .credentials(detail: "\(path) is \(kind), not a file")
    }
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
