/// The process's standard input, as `iam signin` reads a password from it. Tests hand commands
/// a text of their own instead of the terminal.
public protocol StandardInput: Sendable {
  /// Whether a person types at it: a terminal, where the password must not be echoed.
  var isTerminal: Bool { get }
  /// Reads one line without its line break, nil when the input ends before any character. On a
  /// terminal, `prompt` (if any) is written to standard error first and what is typed is not
  /// echoed.
  func readSecretLine(prompt: String?) throws(CLIError) -> String?
}

/// A standard input that holds `text`, such as `echo PASSWORD |` gives a command. Each read takes
/// the next line, as reads of a pipe do: a sign-in reads a password, then perhaps an MFA code.
public final class TextInput: StandardInput, @unchecked Sendable {
  // One command reads it, on one thread; @unchecked only because of this cursor.
  private var rest: ArraySlice<UInt8>

  public init(_ text: String) { rest = Array(text.utf8)[...] }

  public var isTerminal: Bool { false }

  public func readSecretLine(prompt: String?) -> String? {
    guard !rest.isEmpty else { return nil }
    let line = SecretLine.first(of: Array(rest))
    let end = rest.firstIndex(of: 0x0A).map { $0 + 1 } ?? rest.endIndex
    rest = rest[end...]
    return line
  }
}

/// How a password line ends: at the first line feed, with a carriage return before it dropped,
/// so that a file written on Windows gives the same password.
enum SecretLine {
  /// The longest line read: far beyond IAM's 128 characters, so that an overlong password is
  /// refused by IAM's rule rather than cut short silently.
  static let limit = 4096

  static func first(of bytes: [UInt8]) -> String {
    var line = bytes.prefix { $0 != 0x0A }
    if line.last == 0x0D { line.removeLast() }
    return String(decoding: line.prefix(limit), as: UTF8.self)
  }
}
