import IAMEncoding

/// Where a statement is written in its document: from the first character of its `{` to its
/// `}`, as lines and columns, the way the policy simulator gives `StartPosition` and `EndPosition`.
public struct StatementPosition: Sendable, Equatable {
  public var start: TextPosition
  /// The position of the closing brace itself.
  public var end: TextPosition

  /// `4:5-9:6`
  public var description: String { "\(start.line):\(start.column)-\(end.line):\(end.column)" }

  /// The place of the statement at `index` (from 0) of the policy `text`; nil when the text has
  /// no such statement. A document whose Statement is a single object has it at index 0.
  public static func of(statement index: Int, in text: String) -> StatementPosition? {
    let all = all(in: text)
    return all.indices.contains(index) ? all[index] : nil
  }

  /// The places of every statement of the policy `text`, in order, found in one reading of it:
  /// a simulation asks for several of a large document.
  public static func all(in text: String) -> [StatementPosition] {
    let bytes = Array(text.utf8)
    let spans = bytes.withUnsafeBufferPointer(statementSpans(in:))
    // Lines and columns are counted in one pass over the text, not from its start for each.
    var positions: [StatementPosition] = []
    var counter = TextPositionCounter(bytes)
    for span in spans {
      let start = counter.position(at: span.lowerBound)
      positions.append(StatementPosition(start: start, end: counter.position(at: span.upperBound - 1)))
    }
    return positions
  }

  /// Where each statement is, as byte ranges of the text, found in one pass over it: the objects
  /// that are the value of the document's top-level `Statement` member (its last one, as a
  /// parser keeps the last of repeated names), or that value itself when it is one object. The
  /// text is one the parser accepted; for a statement that is not an object there is no place.
  /// Scanning for the member and then for the end of each value read the text three times, and
  /// took a tenth of a simulation of 100 inline policies.
  private static func statementSpans(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var spans: [Range<Int>] = []
    var depth = 0
    // Set just after `"Statement":`, until its value starts.
    var awaitingValue = false
    // The depth statement objects open at, while inside the Statement value.
    var statementDepth: Int?
    var statementStart = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let start = index
        index = stringEnd(from: index, in: bytes)
        if awaitingValue {
          awaitingValue = false
        } else if depth == 1, let colon = colonAfterStatementName(start..<index, in: bytes) {
          spans = []
          statementDepth = nil
          awaitingValue = true
          index = colon + 1
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        if awaitingValue {
          awaitingValue = false
          // A lone object is the statement; a list holds them one level down.
          statementDepth = byte == UInt8(ascii: "{") ? depth : depth + 1
        }
        if byte == UInt8(ascii: "{"), depth == statementDepth { statementStart = index }
        depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if let level = statementDepth {
          if depth == level, byte == UInt8(ascii: "}") { spans.append(statementStart..<index + 1) }
          if depth <= level, byte == UInt8(ascii: "]") || level == 1 { statementDepth = nil }
        }
      case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","): break
      default:
        // A number or a word: as the Statement value, it holds no statement.
        awaitingValue = false
      }
      index += 1
    }
    return spans
  }
}

/// Just past the closing quote of the string whose opening quote is at `start`.
private func stringEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
  var index = start + 1
  while index < bytes.count {
    let byte = bytes[index]
    if byte == UInt8(ascii: "\"") { return index + 1 }
    index += byte == UInt8(ascii: "\\") ? 2 : 1
  }
  return bytes.count
}

/// Where the colon after `"Statement"` is, when the string at `string` is that member name.
private func colonAfterStatementName(_ string: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
  let name: StaticString = "\"Statement\""
  guard string.count == name.utf8CodeUnitCount,
    UnsafeBufferPointer(rebasing: bytes[string]).elementsEqual(
      UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
  else { return nil }
  var after = string.upperBound
  while after < bytes.count, isJSONSpace(bytes[after]) { after += 1 }
  return after < bytes.count && bytes[after] == UInt8(ascii: ":") ? after : nil
}

private func isJSONSpace(_ byte: UInt8) -> Bool {
  byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
}

/// Lines and columns of increasing offsets in a UTF-8 text, each found from the one before: a
/// document written on one line is not counted again from its start for each statement.
private struct TextPositionCounter {
  let bytes: [UInt8]
  var offset = 0
  var line = 1
  /// Where the characters of the current line have been counted to, and how many there were.
  var counted = 0
  var column = 1

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    // A byte order mark is not something the reader sees.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { counted = 3 }
  }

  mutating func position(at target: Int) -> TextPosition {
    while offset < target {
      if bytes[offset] == 0x0A {
        line += 1
        counted = offset + 1
        column = 1
      }
      offset += 1
    }
    if counted < target {
      let piece = bytes[counted..<target]
      column += piece.allSatisfy { $0 < 0x80 } ? piece.count : String(decoding: piece, as: UTF8.self).count
      counted = target
    }
    return TextPosition(line: line, column: column)
  }
}
