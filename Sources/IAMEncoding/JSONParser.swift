/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Strict because policy documents must be rejected exactly where IAM rejects them: trailing
/// commas, comments, single quotes, bare words and invalid UTF-8 are all errors. Nesting is
/// limited so that hostile input cannot exhaust the stack.
///
/// A failure's message is written for the person who typed the document: it says what was
/// expected and after what, and it says where they should look, which for a string that is never
/// closed is where it opens rather than where the text ends.
public struct JSONParser {
  public struct Failure: Error, Sendable, Equatable {
    public var message: String
    /// Byte offset into the input where parsing stopped.
    public var offset: Int
    /// Byte offset where the problem starts: an unclosed string's opening quote, the backslash of
    /// a bad escape; otherwise where parsing stopped.
    public var start: Int

    init(message: String, offset: Int, start: Int? = nil) {
      self.message = message
      self.offset = offset
      self.start = start ?? offset
    }
  }

  public static let maximumDepth = 256

  private let bytes: [UInt8]
  private var index = 0
  private var depth = 0
  /// When set, the offset where each value and each member name starts, in document order
  /// (see `offset(of:in:)`); nil while merely parsing, which is the common case.
  private var starts: [Int]?
  /// Set when an object repeats a member name, or is too large to have been compared pair by pair.
  private var mayRepeatNames = false

  private init(_ bytes: [UInt8]) { self.bytes = bytes }

  init(recording bytes: [UInt8]) {
    self.bytes = bytes
    self.starts = []
  }

  var recordedStarts: [Int]? { starts }

  public static func parse(_ text: String) throws(Failure) -> JSONValue {
    try parse(Array(text.utf8))
  }

  public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
    var parser = JSONParser(bytes)
    return try parser.parseDocument()
  }

  /// The document, and whether an object in it may give a member name twice: false only when
  /// none does, so that a caller who refuses repeated names looks for them only when there are.
  public static func parseNotingRepeats(_ text: String) throws(Failure) -> (value: JSONValue, mayRepeatNames: Bool) {
    var parser = JSONParser(Array(text.utf8))
    let value = try parser.parseDocument()
    return (value, parser.mayRepeatNames)
  }

  mutating func parseDocument() throws(Failure) -> JSONValue {
    // A UTF-8 byte order mark is tolerated at the start, as many editors write one.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    skipWhitespace()
    guard index < bytes.count else { throw Failure(message: "the document is empty", offset: index, start: 0) }
    let value = try parseValue()
    skipWhitespace()
    guard index == bytes.count else { throw failure("unexpected text after the end of the document") }
    return value
  }

  private func failure(_ message: String, from start: Int? = nil) -> Failure {
    Failure(message: message, offset: index, start: start)
  }

  /// "expected X after Y": Y is the punctuation just before the failure, when there is some.
  private func expected(_ what: String) -> Failure {
    var message = "expected " + what
    if let previous = previousByte,
      [UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: ","), UInt8(ascii: ":")].contains(previous)
    {
      message += " after '" + String(UnicodeScalar(previous)) + "'"
    }
    if index >= bytes.count { message += ", but the document ends" }
    return failure(message)
  }

  /// The last byte before `index` that is not whitespace.
  private var previousByte: UInt8? {
    var previous = index - 1
    while previous >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[previous]) { previous -= 1 }
    return previous >= 0 ? bytes[previous] : nil
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func parseValue() throws(Failure) -> JSONValue {
    starts?.append(index)
    guard index < bytes.count else { throw expected(expectedValue) }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectWord("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw bareValue()
    }
  }

  /// After `[`, an empty list may close at once; elsewhere only a value will do.
  private var expectedValue: String { previousByte == UInt8(ascii: "[") ? "a value or ']'" : "a value" }

  /// A value that is none of JSON's: most often a word or a name written without double quotes.
  private func bareValue() -> Failure {
    let c = bytes[index]
    let wordLike =
      (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
      || c == UInt8(ascii: "'")
    var failure = expected(expectedValue)
    if wordLike { failure.message += "; text must be in double quotes" }
    return failure
  }

  private mutating func expectWord(_ word: String) throws(Failure) {
    let expected = word.utf8
    guard index + expected.count <= bytes.count,
      bytes[index..<index + expected.count].elementsEqual(expected)
    else { throw bareValue() }
    index += expected.count
  }

  private mutating func enter() throws(Failure) {
    depth += 1
    if depth > JSONParser.maximumDepth {
      throw failure("lists and objects are nested more than \(JSONParser.maximumDepth) deep")
    }
  }

  private mutating func parseObject() throws(Failure) -> JSONValue {
    try enter()
    index += 1
    var members: [JSONMember] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw expected(members.isEmpty ? "a member name or '}'" : "a member name")
      }
      starts?.append(index)
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw expected("':' after the member name")
      }
      index += 1
      skipWhitespace()
      let value = try parseValue()
      // Objects are small where names are checked (policies): pairs are compared, not hashed.
      if !mayRepeatNames && (members.count >= 16 || members.contains { $0.key == key }) { mayRepeatNames = true }
      members.append(JSONMember(key: key, value: value))
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "}") else {
        throw expected("',' or '}' after the member")
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      index += 1
      depth -= 1
      return .object(members)
    }
  }

  private mutating func parseArray() throws(Failure) -> JSONValue {
    try enter()
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "]") else {
        throw expected("',' or ']' after the element")
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      index += 1
      depth -= 1
      return .array(elements)
    }
  }

  private mutating func parseNumber() throws(Failure) -> String {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw failure("expected a digit in the number") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw failure("expected a digit in the number") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw failure("expected a digit in the number") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

  private mutating func parseString() throws(Failure) -> String {
    let opening = index
    index += 1
    // Nearly every string in the store is plain ASCII without escapes: such a one is made from
    // its bytes as they stand, and the rest copy the plain start and go on byte by byte.
    let plainStart = index
    while index < bytes.count {
      let c = bytes[index]
      if c == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: bytes[plainStart..<index - 1], as: UTF8.self)
      }
      if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { break }
      index += 1
    }
    var out = Array(bytes[plainStart..<index])
    while true {
      // Plain runs between escapes are copied whole: the store keeps policy documents as
      // strings, with an escaped quote every few bytes.
      let run = index
      while index < bytes.count {
        let c = bytes[index]
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { break }
        index += 1
      }
      if index > run { out.append(contentsOf: bytes[run..<index]) }
      guard index < bytes.count else {
        throw Failure(message: "unterminated string", offset: index, start: opening)
      }
      let c = bytes[index]
      switch c {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        try parseEscape(into: &out)
      case 0x00..<0x20:
        throw controlCharacter(c)
      default:
        try copyUTF8Sequence(into: &out)
      }
    }
  }

  private func controlCharacter(_ c: UInt8) -> Failure {
    switch c {
    case 0x0A: return failure("a line break inside a string must be written \\n")
    case 0x09: return failure("a tab inside a string must be written \\t")
    default: return failure("control character \(DisplayText.codePoint(UInt32(c))) inside a string must be escaped")
    }
  }

  private mutating func parseEscape(into out: inout [UInt8]) throws(Failure) {
    guard index < bytes.count else { throw failure("expected an escape after '\\', but the document ends") }
    let c = bytes[index]
    index += 1
    switch c {
    case UInt8(ascii: "\""): out.append(0x22)
    case UInt8(ascii: "\\"): out.append(0x5C)
    case UInt8(ascii: "/"): out.append(0x2F)
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "u"):
      let start = index - 2
      let unpaired = "a \\u escape of half a surrogate pair must be followed by the other half"
      var scalar = try parseHex4(escapeAt: start)
      if (0xD800..<0xDC00).contains(scalar) {
        // A high surrogate must be followed by an escaped low surrogate.
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        else { throw failure(unpaired, from: start) }
        index += 2
        let low = try parseHex4(escapeAt: index - 2)
        guard (0xDC00..<0xE000).contains(low) else { throw failure(unpaired, from: start) }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(scalar) {
        throw failure(unpaired, from: start)
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw failure(unpaired, from: start) }
      out.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      let shown = c >= 0x21 && c < 0x7F ? "\\" + String(UnicodeScalar(c)) : "'\\' followed by this character"
      throw failure(
        "\(shown) is not an escape; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX", from: index - 2)
    }
  }

  private mutating func parseHex4(escapeAt start: Int) throws(Failure) -> UInt32 {
    let notHex = "\\u must be followed by four hexadecimal digits"
    guard index + 4 <= bytes.count else { throw failure(notHex, from: start) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let c = bytes[index]
      let digit: UInt32
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(c - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(c - UInt8(ascii: "A") + 10)
      default: throw failure(notHex, from: start)
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  /// Copies one well-formed multi-byte UTF-8 sequence (RFC 3629), rejecting overlong forms,
  /// surrogates and values beyond U+10FFFF.
  private mutating func copyUTF8Sequence(into out: inout [UInt8]) throws(Failure) {
    let lead = bytes[index]
    let length: Int
    var lowest: UInt8 = 0x80
    var highest: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; lowest = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; highest = 0x9F
    case 0xF0: length = 4; lowest = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; highest = 0x8F
    default: throw failure("text that is not valid UTF-8")
    }
    guard index + length <= bytes.count else { throw failure("text that is not valid UTF-8") }
    let second = bytes[index + 1]
    guard second >= lowest, second <= highest else { throw failure("text that is not valid UTF-8") }
    for k in 2..<max(2, length) where k < length {
      guard bytes[index + k] & 0xC0 == 0x80 else { throw failure("text that is not valid UTF-8") }
    }
    out.append(contentsOf: bytes[index..<index + length])
    index += length
  }
}
