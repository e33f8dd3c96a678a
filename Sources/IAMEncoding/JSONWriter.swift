/// Serialises `JSONValue`s, either on one line or as the store writes its files: indented by two
/// spaces with object members sorted by key, so that a file diffs cleanly and reads well.
///
/// The text is built as UTF-8 bytes, which is what the store writes: appending to a `String`
/// paid for its bookkeeping on every piece, and writing one record and the journal that holds it
/// was a visible part of every command that changes something.
public enum JSONWriter {
  public static func compact(_ value: JSONValue) -> String {
    String(decoding: compactUTF8(value), as: UTF8.self)
  }

  /// Pretty form with sorted keys and a final newline.
  public static func pretty(_ value: JSONValue) -> String {
    String(decoding: prettyUTF8(value), as: UTF8.self)
  }

  public static func compactUTF8(_ value: JSONValue) -> [UInt8] {
    var out = ByteBuffer()
    write(value, into: &out, pretty: false, level: 0)
    return out.finish()
  }

  /// Pretty form with sorted keys and a final newline.
  public static func prettyUTF8(_ value: JSONValue) -> [UInt8] {
    var out = ByteBuffer()
    write(value, into: &out, pretty: true, level: 0)
    out.append(newline)
    return out.finish()
  }

  private static let newline = UInt8(ascii: "\n")
  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  /// Pretty output indents by two spaces a level and sorts object members by key.
  private static func write(_ value: JSONValue, into out: inout ByteBuffer, pretty: Bool, level: Int) {
    switch value {
    case .null: out.append("null")
    case .bool(let b): out.append(b ? "true" : "false")
    case .number(let n): out.append(n)
    case .string(let s): appendQuoted(s, to: &out)
    case .array(let elements):
      if elements.isEmpty {
        out.append("[]")
        return
      }
      out.append(UInt8(ascii: "["))
      for (i, element) in elements.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        if pretty { startLine(&out, level + 1) }
        write(element, into: &out, pretty: pretty, level: level + 1)
      }
      if pretty { startLine(&out, level) }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty {
        out.append("{}")
        return
      }
      let ordered = pretty ? members.sorted { ByteOrder.precedes($0.key, $1.key) } : members
      out.append(UInt8(ascii: "{"))
      for (i, member) in ordered.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        if pretty { startLine(&out, level + 1) }
        appendQuoted(member.key, to: &out)
        out.append(UInt8(ascii: ":"))
        if pretty { out.append(UInt8(ascii: " ")) }
        write(member.value, into: &out, pretty: pretty, level: level + 1)
      }
      if pretty { startLine(&out, level) }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func startLine(_ out: inout ByteBuffer, _ level: Int) {
    out.append(newline)
    out.append(repeating: UInt8(ascii: " "), count: 2 * level)
  }

  /// Appends `text` as a JSON string literal to text built as a `String` (the policy generator's).
  public static func appendQuoted(_ text: String, to out: inout String) {
    var bytes = ByteBuffer(capacity: text.utf8.count + 16)
    appendQuoted(text, to: &bytes)
    out += String(decoding: bytes.finish(), as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal, escaping what RFC 8259 requires.
  ///
  /// Only ASCII bytes are ever escaped, and no byte of a multi-byte UTF-8 sequence is ASCII, so
  /// the text is scanned as bytes, eight at a time, and copied in runs between escapes: a commit
  /// writes each record twice (the file, and the journal holding it as a string).
  private static func appendQuoted(_ text: String, to out: inout ByteBuffer) {
    out.append(quote)
    var text = text
    text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let run = plainLength(bytes, from: index)
        out.append(UnsafeBufferPointer(rebasing: bytes[index..<index + run]))
        index += run
        guard index < bytes.count else { break }
        appendEscape(bytes[index], to: &out)
        index += 1
      }
    }
    out.append(quote)
  }

  /// How many bytes from `start` on need no escape. Whole words are checked first: a byte below
  /// 0x20, or equal to `"` or `\\`, sets its high bit in one of the three differences (a borrow
  /// may set later ones too, which only hands the rest of the word to the byte loop).
  private static func plainLength(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var index = start
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let quotes = word ^ (ones &* UInt64(quote))
        let backslashes = word ^ (ones &* UInt64(backslash))
        let control = (word &- ones &* 0x20) & ~word
        let quote = (quotes &- ones) & ~quotes
        let backslash = (backslashes &- ones) & ~backslashes
        guard (control | quote | backslash) & highBits == 0 else { break }
        index += 8
      }
    }
    while index < bytes.count && !needsEscape(bytes[index]) { index += 1 }
    return index - start
  }

  @inline(__always)
  private static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == quote || byte == backslash }

  private static func appendEscape(_ byte: UInt8, to out: inout ByteBuffer) {
    out.append(backslash)
    switch byte {
    case quote, backslash: out.append(byte)
    case 0x0A: out.append(UInt8(ascii: "n"))
    case 0x0D: out.append(UInt8(ascii: "r"))
    case 0x09: out.append(UInt8(ascii: "t"))
    case 0x08: out.append(UInt8(ascii: "b"))
    case 0x0C: out.append(UInt8(ascii: "f"))
    default:
      out.append("u00")
      out.append(hexDigit(byte >> 4))
      out.append(hexDigit(byte & 0x0F))
    }
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
