/// Failures the command-line layer detects itself, before or instead of calling the service.
public enum CLIError: Error, Sendable, Equatable {
  /// A local check of the legacy tool, such as `must specify policy document to upload`.
  case usage(String)
  /// A file named on the command line cannot be read.
  case fileNotFound(path: String)
  /// A file named on the command line exists but cannot be used: a directory, a file too large
  /// for what it must hold, one that cannot be read.
  case unusableFile(path: String, reason: String, isDirectory: Bool)
  /// The credential file cannot be used.
  case credentials(detail: String)
  /// The environment holds a value the tool cannot use.
  case environment(String)
  /// Standard input does not give what the command reads from it.
  case input(String)
  /// A tool command's answer is no, such as a refused sign-in: said on standard error, status 1.
  case refused(String)
  /// A command name that names no command, as `iam help nosuch` gives it.
  case unknownCommand(String)
  /// The command did its work, whose output is printed, but the answer is not the one the
  /// caller said to expect (`iam simulate --expect`): status 1, with why on standard error.
  case unexpected(output: [String], message: String)
}
