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
    let bytes = Array(text.utf8)
    guard let span = JSONParser.span(of: JSONPath([.named("Statement"), .item(index)]), in: bytes) else { return nil }
    return StatementPosition(
      start: TextPosition(offset: span.lowerBound, in: bytes), end: TextPosition(offset: span.upperBound - 1, in: bytes))
  }
}
