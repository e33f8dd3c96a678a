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

  /// Where each statement is, as byte ranges of the text.
  private static func statementSpans(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    guard let start = statementValue(in: bytes) else { return [] }
    let span = start..<JSONParser.valueEnd(from: start, in: bytes)
    var spans: [Range<Int>] = []
    if bytes[span.lowerBound] == UInt8(ascii: "{") {
      spans = [span]
    } else {
      var index = span.lowerBound + 1
      while index < span.upperBound - 1 {
        let byte = bytes[index]
        if isJSONSpace(byte) || byte == UInt8(ascii: ",") {
          index += 1
          continue
        }
        let end = JSONParser.valueEnd(from: index, in: bytes)
        spans.append(index..<end)
        index = end
      }
    }
    return spans
  }
}

/// Where the value of the document's top-level `Statement` member starts (its last one, as a
/// parser keeps the last of repeated names), found by one scan of a text already known to be
/// valid JSON: AWS's largest policies run to hundreds of kilobytes.
private func statementValue(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
  let name: StaticString = "\"Statement\""
  let nameBytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
  var found: Int?
  var depth = 0
  var index = 0
  while index < bytes.count {
    let byte = bytes[index]
    if byte == UInt8(ascii: "\"") {
      let stringStart = index
      index += 1
      while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
        index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
      }
      index += 1
      guard depth == 1, UnsafeBufferPointer(rebasing: bytes[stringStart..<min(index, bytes.count)]).elementsEqual(nameBytes) else { continue }
      var after = index
      while after < bytes.count, isJSONSpace(bytes[after]) { after += 1 }
      guard after < bytes.count, bytes[after] == UInt8(ascii: ":") else { continue }
      after += 1
      while after < bytes.count, isJSONSpace(bytes[after]) { after += 1 }
      found = after
      continue
    }
    if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") { depth += 1 }
    if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") { depth -= 1 }
    index += 1
  }
  return found
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
