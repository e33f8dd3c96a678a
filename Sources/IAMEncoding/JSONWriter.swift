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
      let ordered = sortKeys ? members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } : members
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
  public static func appendQuoted(_ text: String, to out: inout String) {
    out.append("\"")
    var plainStart = text.unicodeScalars.startIndex
    var index = plainStart
    let scalars = text.unicodeScalars
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let escape: String?
      switch scalar {
      case "\"": escape = "\\\""
      case "\\": escape = "\\\\"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      case "\t": escape = "\\t"
      case "\u{08}": escape = "\\b"
      case "\u{0C}": escape = "\\f"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          escape = nil
        }
      }
      if let escape {
        out.append(contentsOf: text[plainStart..<index])
        out.append(escape)
        plainStart = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    // Appended as a Substring of `text`: going through `out.unicodeScalars` copied all of `out`
    // on every append, which made a large document quadratic to write.
    out.append(contentsOf: text[plainStart..<text.endIndex])
    out.append("\"")
  }
}
