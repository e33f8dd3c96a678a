import IAMService
import IAMStore

/// Finds the caller's access key: `--aws-credential-file`, else `AWS_CREDENTIAL_FILE`, else the
/// root credential file inside the store (D6), which is created with the account on first use.
enum CredentialSource {
  static let variable = "AWS_CREDENTIAL_FILE"

  static func load(
    _ arguments: ParsedArguments, service: IAMService, trace: Trace, invocation: Invocation,
    warn: (String) -> Void
  ) throws -> AccessKeyPair {
    let path: String
    let origin: String
    if let option = arguments.value(CommonOptions.credentialFile) {
      path = FileSystem.resolve(option, against: invocation.workingDirectory)
      origin = "--aws-credential-file"
    } else if let variable = try invocation.pathVariable(variable) {
      path = FileSystem.resolve(variable, against: invocation.workingDirectory)
      origin = "AWS_CREDENTIAL_FILE"
    } else {
      path = service.rootCredentialsPath
      origin = "the store's root user"
      if try FileSystem.status(path) == nil { try service.bootstrapIfNeeded(trace: trace) }
    }
    let bytes: [UInt8]
    do {
      guard let content = try FileSystem.readFile(path) else {
        throw CLIError.credentials(detail: "\(path) does not exist")
      }
      bytes = content
    } catch let error as StoreError {
      throw CLIError.credentials(detail: error.message)
    }
    if let info = try? FileSystem.status(path), info.st_mode & 0o044 != 0 {
      warn("credential file \(path) is readable by other users; protect it with chmod 600")
    }
    trace.debug("credentials from \(path) (\(origin))")
    do {
      return try CredentialFile.parse(bytes)
    } catch let CLIError.credentials(detail) {
      throw CLIError.credentials(detail: "\(path): \(detail)")
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
