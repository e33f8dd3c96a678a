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
    var out: [UInt8] = []
    write(value, into: &out, pretty: false, level: 0)
    return out
  }

  /// Pretty form with sorted keys and a final newline.
  public static func prettyUTF8(_ value: JSONValue) -> [UInt8] {
    var out: [UInt8] = []
    write(value, into: &out, pretty: true, level: 0)
    out.append(newline)
    return out
  }

  private static let newline = UInt8(ascii: "\n")
  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  /// Pretty output indents by two spaces a level and sorts object members by key.
  private static func write(_ value: JSONValue, into out: inout [UInt8], pretty: Bool, level: Int) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .string(let s): appendQuoted(s, to: &out)
    case .array(let elements):
      if elements.isEmpty {
        out.append(contentsOf: "[]".utf8)
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
        out.append(contentsOf: "{}".utf8)
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

  private static func startLine(_ out: inout [UInt8], _ level: Int) {
    out.append(newline)
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
  }

  /// Appends `text` as a JSON string literal to text built as a `String` (the policy generator's).
  public static func appendQuoted(_ text: String, to out: inout String) {
    var bytes: [UInt8] = []
    appendQuoted(text, to: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` as a JSON string literal, escaping what RFC 8259 requires.
  ///
  /// Only ASCII bytes are ever escaped, and no byte of a multi-byte UTF-8 sequence is ASCII, so
  /// the text is scanned as bytes and copied in runs between escapes: certificates and policies
  /// are written twice in a commit (the record, and the journal holding it).
  public static func appendQuoted(_ text: String, to out: inout [UInt8]) {
    out.append(quote)
    var text = text
    text.withUTF8 { bytes in
      var plainStart = 0
      for index in bytes.indices {
        let byte = bytes[index]
        guard byte < 0x20 || byte == quote || byte == backslash else { continue }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]))
        appendEscape(byte, to: &out)
        plainStart = index + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart...]))
    }
    out.append(quote)
  }

  private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
    out.append(backslash)
    switch byte {
    case quote, backslash: out.append(byte)
    case 0x0A: out.append(UInt8(ascii: "n"))
    case 0x0D: out.append(UInt8(ascii: "r"))
    case 0x09: out.append(UInt8(ascii: "t"))
    case 0x08: out.append(UInt8(ascii: "b"))
    case 0x0C: out.append(UInt8(ascii: "f"))
    default:
      let hex = Array("0123456789abcdef".utf8)
      out.append(contentsOf: "u00".utf8)
      out.append(hex[Int(byte >> 4)])
      out.append(hex[Int(byte & 0x0F)])
    }
  }
}
