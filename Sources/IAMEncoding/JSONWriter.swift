/// Serialises `JSONValue`s, either on one line or as the store writes its files: indented by two
/// spaces with object members sorted by key, so that a file diffs cleanly and reads well.
public enum JSONWriter {
  public static func compact(_ value: JSONValue) -> String {
    var out = ""
    write(value, into: &out, indent: nil, level: 0, sortKeys: false)
    return out
  }

  /// Pretty form with sorted keys and a final newline.
  public static func pretty(_ value: JSONValue) -> String {
    var out = ""
    write(value, into: &out, indent: "  ", level: 0, sortKeys: true)
    out.append("\n")
    return out
  }

  private static func write(
    _ value: JSONValue, into out: inout String, indent: String?, level: Int, sortKeys: Bool
  ) {
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
      out.append("[")
      for (i, element) in elements.enumerated() {
        if i > 0 { out.append(",") }
        newline(&out, indent, level + 1)
        write(element, into: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
      }
      newline(&out, indent, level)
      out.append("]")
    case .object(let members):
      if members.isEmpty {
        out.append("{}")
        return
      }
      let ordered = sortKeys ? members.sorted { ByteOrder.precedes($0.key, $1.key) } : members
      out.append("{")
      for (i, member) in ordered.enumerated() {
        if i > 0 { out.append(",") }
        newline(&out, indent, level + 1)
        appendQuoted(member.key, to: &out)
        out.append(indent == nil ? ":" : ": ")
        write(member.value, into: &out, indent: indent, level: level + 1, sortKeys: sortKeys)
      }
      newline(&out, indent, level)
      out.append("}")
    }
  }

  private static func newline(_ out: inout String, _ indent: String?, _ level: Int) {
    guard let indent else { return }
    out.append("\n")
    for _ in 0..<level { out.append(indent) }
  }

  /// Appends `text` as a JSON string literal, escaping what RFC 8259 requires.
  ///
  /// Only ASCII bytes are ever escaped, and no byte of a multi-byte UTF-8 sequence is ASCII, so
  /// the text is scanned as bytes and copied in runs between escapes: certificates and policies
  /// are written twice in a commit (the record, and the journal holding it).
  public static func appendQuoted(_ text: String, to out: inout String) {
    out.append("\"")
    let utf8 = text.utf8
    var plainStart = utf8.startIndex
    var index = plainStart
    while index < utf8.endIndex {
      let byte = utf8[index]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        // Appended as Substrings of `text`: going through `out.unicodeScalars` copied all of
        // `out` on every append, which made a large document quadratic to write.
        out.append(contentsOf: text[plainStart..<index])
        out.append(escape(byte))
        plainStart = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    out.append(contentsOf: text[plainStart..<text.endIndex])
    out.append("\"")
  }

  private static func escape(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "\""): return "\\\""
    case UInt8(ascii: "\\"): return "\\\\"
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0x09: return "\\t"
    case 0x08: return "\\b"
    case 0x0C: return "\\f"
    default:
      let hex = String(byte, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
  }
}
