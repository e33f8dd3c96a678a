import IAMStore

/// Reads a document named on the command line the way the legacy tool did (spec §5.5): line by
/// line, each line ended with `\n` again, so CRLF becomes LF and a final newline is always there.
enum InputFile {
  static func read(_ path: String, workingDirectory: String) throws(CLIError) -> String {
    let resolved = FileSystem.resolve(path, against: workingDirectory)
    let bytes: [UInt8]
    do {
      // A directory opens on Linux but fails to read; both count as "not found", as in Java.
      guard let content = try FileSystem.readFile(resolved) else { throw CLIError.fileNotFound(path: path) }
      bytes = content
    } catch {
      throw .fileNotFound(path: path)
    }
    // Invalid UTF-8 becomes U+FFFD, as Java's decoder does; the service then rejects it.
    let text = String(decoding: bytes, as: UTF8.self)
    var result = ""
    var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    if lines.last?.isEmpty == true { lines.removeLast() }
    for line in lines {
      result += line
      result += "\n"
    }
    return result
  }
}
