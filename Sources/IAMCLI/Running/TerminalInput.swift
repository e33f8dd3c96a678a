#if canImport(Glibc)
  import Glibc
#endif

/// File descriptor 0 of the process. On a terminal a password is read with echo turned off, and
/// echo comes back afterwards, also when the read fails or a signal (Ctrl-C, a hang-up, kill)
/// ends the program while it waits: the terminal must not be left silent.
public struct TerminalInput: StandardInput {
  public init() {}

  public var isTerminal: Bool { isatty(0) == 1 }

  public func readSecretLine(prompt: String?) throws(CLIError) -> String? {
    guard isTerminal else { return try readLine() }
    if let prompt { writeToStandardError(prompt) }
    guard tcgetattr(0, &EchoGuard.saved) == 0 else { return try readLine() }
    var silent = EchoGuard.saved
    silent.c_lflag &= ~tcflag_t(ECHO)
    EchoGuard.installHandlers()
    defer {
      tcsetattr(0, TCSADRAIN, &EchoGuard.saved)
      EchoGuard.removeHandlers()
      // The Enter that ended the line was not echoed either.
      writeToStandardError("\n")
    }
    tcsetattr(0, TCSAFLUSH, &silent)
    return try readLine()
  }

  /// Reads byte by byte up to the first line feed, so that nothing after the password is taken
  /// from a shared input.
  private func readLine() throws(CLIError) -> String? {
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while bytes.count <= SecretLine.limit {
      let count = read(0, &byte, 1)
      if count < 0 {
        if errno == EINTR { continue }
        throw .input("cannot read the password from standard input: \(String(cString: strerror(errno)))")
      }
      if count == 0 { return bytes.isEmpty ? nil : SecretLine.first(of: bytes) }
      bytes.append(byte)
      if byte == 0x0A { break }
    }
    return SecretLine.first(of: bytes)
  }

  private func writeToStandardError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(2, &bytes, bytes.count)
  }
}

/// The terminal settings from before echo was turned off, and the signal handlers that restore
/// them. A signal handler cannot capture anything, so the settings live in a global; only the one
/// thread that reads the password touches it.
private enum EchoGuard {
  nonisolated(unsafe) static var saved = termios()
  /// The signals that end the program. A stop (Ctrl-Z) is left alone: the shell puts its own
  /// terminal settings back when a job stops, and the read goes on silently when it resumes.
  static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  nonisolated(unsafe) static var previous: [Int32: sighandler_t?] = [:]

  static func installHandlers() {
    for signal in signals {
      let old = Glibc.signal(signal) { number in
        // Only async-signal-safe calls: restore the terminal, then die of the signal as before.
        tcsetattr(0, TCSANOW, &EchoGuard.saved)
        Glibc.signal(number, SIG_DFL)
        raise(number)
      }
      previous[signal] = old
      // A signal the program was started ignoring (nohup, a background job) stays ignored.
      if let old, unsafeBitCast(old, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
        Glibc.signal(signal, SIG_IGN)
      }
    }
  }

  static func removeHandlers() {
    for (signal, handler) in previous { Glibc.signal(signal, handler ?? SIG_DFL) }
    previous = [:]
  }
}
