/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Strict because policy documents must be rejected exactly where IAM rejects them: trailing
/// commas, comments, single quotes, bare words and invalid UTF-8 are all errors. Nesting is
/// limited so that hostile input cannot exhaust the stack.
public struct JSONParser {
  public struct Failure: Error, Sendable, Equatable {
    public var message: String
    /// Byte offset into the input where parsing stopped.
    public var offset: Int
  }

  public static let maximumDepth = 256

  private let bytes: [UInt8]
  private var index = 0
  private var depth = 0

  private init(_ bytes: [UInt8]) { self.bytes = bytes }

  public static func parse(_ text: String) throws(Failure) -> JSONValue {
    try parse(Array(text.utf8))
  }

  public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
    var parser = JSONParser(bytes)
    // A UTF-8 byte order mark is tolerated at the start, as many editors write one.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
    parser.skipWhitespace()
    let value = try parser.parseValue()
    parser.skipWhitespace()
    guard parser.index == bytes.count else { throw parser.failure("unexpected text after the value") }
    return value
  }

  private func failure(_ message: String) -> Failure { Failure(message: message, offset: index) }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func parseValue() throws(Failure) -> JSONValue {
    guard index < bytes.count else { throw failure("unexpected end of input") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectWord("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw failure("unexpected character")
    }
  }

  private mutating func expectWord(_ word: String) throws(Failure) {
    let expected = word.utf8
    guard index + expected.count <= bytes.count,
      bytes[index..<index + expected.count].elementsEqual(expected)
    else { throw failure("invalid literal") }
    index += expected.count
  }

  private mutating func enter() throws(Failure) {
    depth += 1
    if depth > JSONParser.maximumDepth { throw failure("nesting is too deep") }
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
        throw failure("expected a member name")
      }
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':'") }
      index += 1
      skipWhitespace()
      let value = try parseValue()
      members.append(JSONMember(key: key, value: value))
      skipWhitespace()
      guard index < bytes.count else { throw failure("unexpected end of input") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "}") else { throw failure("expected ',' or '}'") }
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
      guard index < bytes.count else { throw failure("unexpected end of input") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        continue
      }
      guard bytes[index] == UInt8(ascii: "]") else { throw failure("expected ',' or ']'") }
      index += 1
      depth -= 1
      return .array(elements)
    }
  }

  private mutating func parseNumber() throws(Failure) -> String {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw failure("invalid number") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw failure("invalid number") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw failure("invalid number") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

  private mutating func parseString() throws(Failure) -> String {
    index += 1  // opening quote
    var out: [UInt8] = []
    while true {
      guard index < bytes.count else { throw failure("unterminated string") }
      let c = bytes[index]
      switch c {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        try parseEscape(into: &out)
      case 0x00..<0x20:
        throw failure("control character in string")
      case 0x80...:
        try copyUTF8Sequence(into: &out)
      default:
        out.append(c)
        index += 1
      }
    }
  }

  private mutating func parseEscape(into out: inout [UInt8]) throws(Failure) {
    guard index < bytes.count else { throw failure("unterminated string") }
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
      var scalar = try parseHex4()
      if (0xD800..<0xDC00).contains(scalar) {
        // A high surrogate must be followed by an escaped low surrogate.
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
        else { throw failure("unpaired surrogate") }
        index += 2
        let low = try parseHex4()
        guard (0xDC00..<0xE000).contains(low) else { throw failure("unpaired surrogate") }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00..<0xE000).contains(scalar) {
        throw failure("unpaired surrogate")
      }
      guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid escape") }
      out.append(contentsOf: Array(String(Character(unicode)).utf8))
    default:
      throw failure("invalid escape")
    }
  }

  private mutating func parseHex4() throws(Failure) -> UInt32 {
    guard index + 4 <= bytes.count else { throw failure("invalid escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let c = bytes[index]
      let digit: UInt32
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(c - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(c - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(c - UInt8(ascii: "A") + 10)
      default: throw failure("invalid escape")
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
    default: throw failure("invalid UTF-8")
    }
    guard index + length <= bytes.count else { throw failure("invalid UTF-8") }
    let second = bytes[index + 1]
    guard second >= lowest, second <= highest else { throw failure("invalid UTF-8") }
    for k in 2..<max(2, length) where k < length {
      guard bytes[index + k] & 0xC0 == 0x80 else { throw failure("invalid UTF-8") }
    }
    out.append(contentsOf: bytes[index..<index + length])
    index += length
  }
}
