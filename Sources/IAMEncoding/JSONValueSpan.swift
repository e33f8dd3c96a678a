extension JSONParser {
  /// The byte offsets where the value at `path` starts and just after where it ends, or nil when
  /// the text is not JSON or has nothing there. Like `offset(of:in:)`, it reads the text again:
  /// it is for pointing a person at a place, not for the common path.
  public static func span(of path: JSONPath, in bytes: [UInt8]) -> Range<Int>? {
    guard !path.isMemberName, let start = offset(of: path, in: bytes) else { return nil }
    return start..<valueEnd(from: start, in: bytes)
  }

  /// Where the value that starts at `start` of a well-formed document ends: past its closing
  /// bracket or quote, or past the last character of a number or literal.
  public static func valueEnd(from start: Int, in bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { valueEnd(from: start, in: $0) }
  }

  private static func valueEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = start
    var depth = 0
    var inString = false
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if inString {
        if byte == UInt8(ascii: "\\") {
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
          if depth == 0 { return index }
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 { return index }
        if depth < 0 { return index - 1 }
      case UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        if depth == 0 { return index - 1 }
      default: break
      }
    }
    return bytes.count
  }
}
