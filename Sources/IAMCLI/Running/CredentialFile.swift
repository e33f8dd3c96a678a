import IAMService

/// Reads a legacy credential file (`AWSAccessKeyId=...`, `AWSSecretKey=...`) with the rules of
/// `java.util.Properties`, which the original used (spec §3.2): `#` and `!` comments, `=`, `:` or
/// white space between key and value, backslash escapes and continuation lines, case-sensitive
/// keys, and the last of duplicate keys wins.
public enum CredentialFile {
  public static let accessKeyIdKey = "AWSAccessKeyId"
  public static let secretKeyKey = "AWSSecretKey"
  /// The token of temporary credentials: not in IAMCli's files, which held long-term keys only.
  public static let sessionTokenKey = "AWSSessionToken"
  /// A credential file holds two short lines and perhaps comments; anything larger is not one.
  public static let sizeLimit = 64 << 10

  /// The key pair in `text`; throws `CLIError.credentials` when a key is missing.
  public static func parse(_ bytes: [UInt8]) throws(CLIError) -> AccessKeyPair {
    // Properties.load(InputStream) reads ISO-8859-1: every byte is one character. The file is
    // read as scalars rather than Characters: grapheme breaking would join "\r\n" into one
    // character, and it is much of what a command spends before it reaches the store.
    let properties = try properties(in: bytes.map { Unicode.Scalar($0) })
    guard let id = properties[accessKeyIdKey] else { throw .credentials(detail: "it has no \(accessKeyIdKey)") }
    guard let secret = properties[secretKeyKey] else { throw .credentials(detail: "it has no \(secretKeyKey)") }
    // An empty token line, as a template leaves it, is no token.
    let token = properties[sessionTokenKey].flatMap { $0.isEmpty ? nil : $0 }
    return AccessKeyPair(accessKeyId: id, secretAccessKey: secret, sessionToken: token)
  }

  /// The file `-o` of the commands that make temporary credentials writes: the three values,
  /// after a comment saying whose they are and until when.
  public static func text(for credentials: Credentials, of principal: String) -> String {
    """
    # Temporary credentials of \(principal), made by iam; they expire at \(credentials.expiration).
    \(accessKeyIdKey)=\(credentials.accessKeyId)
    \(secretKeyKey)=\(credentials.secretAccessKey)
    \(sessionTokenKey)=\(credentials.sessionToken)

    """
  }

  static func properties(in text: String) throws(CLIError) -> [String: String] {
    try properties(in: Array(text.unicodeScalars))
  }

  static func properties(in text: [Unicode.Scalar]) throws(CLIError) -> [String: String] {
    var result: [String: String] = [:]
    for line in logicalLines(text) {
      let (key, value) = try split(line)
      result[key] = value
    }
    return result
  }

  private static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }

  /// Joins continued lines and drops blank and comment lines.
  static func logicalLines(_ text: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    var lines: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    var continuing = false
    var index = 0
    while index < text.count {
      // One natural line, ended by \n, \r or \r\n.
      var end = index
      while end < text.count, text[end] != "\n", text[end] != "\r" { end += 1 }
      var start = index
      index = end + (end < text.count && text[end] == "\r" && end + 1 < text.count && text[end + 1] == "\n" ? 2 : 1)
      while start < end, isBlank(text[start]) { start += 1 }
      let line = text[start..<end]
      if !continuing, line.isEmpty || line.first == "#" || line.first == "!" { continue }
      let trailingBackslashes = line.reversed().prefix(while: { $0 == "\\" }).count
      if trailingBackslashes % 2 == 1 {
        current += line.dropLast()
        continuing = true
        continue
      }
      current += line
      lines.append(current)
      current = []
      continuing = false
    }
    if continuing { lines.append(current) }
    return lines
  }

  /// Splits a logical line at the first unescaped `=`, `:` or blank.
  static func split(_ chars: [Unicode.Scalar]) throws(CLIError) -> (String, String) {
    var index = 0
    var keyEnd = chars.count
    var escaped = false
    while index < chars.count {
      let c = chars[index]
      if escaped {
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else if c == "=" || c == ":" || isBlank(c) {
        keyEnd = index
        break
      }
      index += 1
    }
    var valueStart = keyEnd
    while valueStart < chars.count, isBlank(chars[valueStart]) { valueStart += 1 }
    if valueStart < chars.count, chars[valueStart] == "=" || chars[valueStart] == ":" {
      valueStart += 1
      while valueStart < chars.count, isBlank(chars[valueStart]) { valueStart += 1 }
    }
    let key = try unescape(chars[0..<keyEnd])
    let value = try unescape(chars[min(valueStart, chars.count)...])
    return (key, value)
  }

  /// The text is built as UTF-8 bytes: appending to a `String.UnicodeScalarView` one scalar at a
  /// time cost hundreds of instructions a character, on every command.
  private static func unescape(_ chars: ArraySlice<Unicode.Scalar>) throws(CLIError) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(chars.count)
    func append(_ scalar: Unicode.Scalar) { UTF8.encode(scalar) { bytes.append($0) } }
    var index = chars.startIndex
    while index < chars.endIndex {
      let c = chars[index]
      index += 1
      guard c == "\\", index < chars.endIndex else {
        append(c)
        continue
      }
      let next = chars[index]
      index += 1
      switch next {
      case "t": append("\t")
      case "n": append("\n")
      case "r": append("\r")
      case "f": append("\u{0C}")
      case "u":
        // Exactly four hex digits, as Java reads them (no sign); a UTF-16 surrogate pair written
        // as two escapes is one character, and a lone surrogate cannot be kept, so it is U+FFFD.
        guard let unit = hexUnit(chars, at: index) else { throw .credentials(detail: "it has a malformed \\u escape") }
        index += 4
        var code = unit
        if (0xD800..<0xDC00).contains(unit), index + 6 <= chars.endIndex, chars[index] == "\\",
          chars[index + 1] == "u", let low = hexUnit(chars, at: index + 2), (0xDC00..<0xE000).contains(low)
        {
          code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        }
        append(Unicode.Scalar(code) ?? "\u{FFFD}")
      default: append(next)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The value of four hex digits at `index`, or nil when they are not all there.
  private static func hexUnit(_ chars: ArraySlice<Unicode.Scalar>, at index: Int) -> UInt32? {
    guard index >= chars.startIndex, index + 4 <= chars.endIndex else { return nil }
    var value: UInt32 = 0
    for c in chars[index..<index + 4] {
      guard c.isASCII, let digit = Character(c).hexDigitValue else { return nil }
      value = (value << 4) + UInt32(digit)
    }
    return value
  }
}
