import IAMService

/// The options the commands that make temporary credentials share, and what they do with them.
enum SessionOptions {
  static func duration(_ help: String) -> OptionSpec {
    OptionSpec("--duration-seconds", "SECONDS", kind: .integer, help: help)
  }

  static let serialNumber = OptionSpec(
    "--serial-number", "SERIAL", completion: .mfaDevices,
    help: "The serial number (ARN) of your MFA device, given with --token-code.")

  static let tokenCode = OptionSpec(
    "--token-code", "CODE",
    help: "The six-digit code your MFA device shows now, such as iam mfacode prints; each code is good once.")

  static let output = OptionSpec(
    "-o", "CREDENTIALFILE", kind: .file,
    help: """
      Write the credentials to this file, readable by you alone, as a credential file that any command can \
      use, instead of printing them. An existing file is kept unless --force is given.
      """)

  static let force = OptionSpec.flag("--force", help: "Let -o replace a file that exists.")

  /// Writes the credential file `-o` names, if it names one; called inside the transaction that
  /// makes the session, so that a file that cannot be written leaves no session behind.
  static func write(_ credentials: Credentials, of principal: String, _ arguments: ParsedArguments, _ context: CommandContext)
    throws
  {
    guard let file = arguments.value(output) else { return }
    let text = CredentialFile.text(for: credentials, of: principal)
    try context.writeSecretFile(file, Array(text.utf8), replace: arguments.flag(force))
  }

  /// The secret lines, printed when they are not written to a file.
  static func printed(_ credentials: Credentials, _ arguments: ParsedArguments) -> [String] {
    guard arguments.value(output) == nil else { return [] }
    return [credentials.accessKeyId, credentials.secretAccessKey, credentials.sessionToken]
  }
}
