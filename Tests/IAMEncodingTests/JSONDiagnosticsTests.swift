import IAMEncoding
import Testing

/// What the parser tells a person about a document it refuses, and where: the place a problem
/// is reported at, as a line and a column.
@Suite struct JSONDiagnosticsTests {
  private func failure(_ text: String) -> (message: String, position: TextPosition)? {
    do {
      _ = try JSONParser.parse(text)
      return nil
    } catch {
      return (error.message, TextPosition(offset: error.start, in: Array(text.utf8)))
    }
  }

  @Test(arguments: [
    (#"{"a":1,}"#, 1, 8, "expected a member name after ','"),
    (#"{ }x"#, 1, 4, "unexpected text after the end of the document"),
    (#"{ 1 }"#, 1, 3, "expected a member name or '}' after '{'"),
    (#"{"a" 1}"#, 1, 6, "expected ':' after the member name"),
    (#"{"a":}"#, 1, 6, "expected a value after ':'"),
    (#"{"a":1 "b":2}"#, 1, 8, "expected ',' or '}' after the member"),
    (#"[1 2]"#, 1, 4, "expected ',' or ']' after the element"),
    (#"[1,]"#, 1, 4, "expected a value after ','"),
    (#"{"Statement": ["#, 1, 16, "expected a value or ']' after '[', but the document ends"),
    (#"{"Effect": Allow}"#, 1, 12, "expected a value after ':'; text must be in double quotes"),
    (#"{'a': 1}"#, 1, 2, "expected a member name or '}' after '{'"),
    (#"[tru]"#, 1, 2, "expected a value or ']' after '['; text must be in double quotes"),
    ("", 1, 1, "the document is empty"),
    ("  \n ", 1, 1, "the document is empty"),
    ("{\"a\":\n  \"open", 2, 3, "unterminated string"),
    (#"["é \"open"#, 1, 2, "unterminated string"),
    ("[\"\\\"a\u{1}b\"]", 1, 6, "control character U+0001 inside a string must be escaped"),
    (#"["é\x"]"#, 1, 4, #"\x is not an escape; JSON has \" \\ \/ \b \f \n \r \t and \uXXXX"#),
    ("[\"a\nb\"]", 1, 4, "a line break inside a string must be written \\n"),
    ("[\"a\tb\"]", 1, 4, "a tab inside a string must be written \\t"),
    ("[\"a\u{1}b\"]", 1, 4, "control character U+0001 inside a string must be escaped"),
    (#"["\x"]"#, 1, 3, #"\x is not an escape; JSON has \" \\ \/ \b \f \n \r \t and \uXXXX"#),
    (#"["\u12"]"#, 1, 3, #"\u must be followed by four hexadecimal digits"#),
    (#"["\ud800"]"#, 1, 3, #"a \u escape of half a surrogate pair must be followed by the other half"#),
    ("[-]", 1, 3, "expected a digit in the number"),
    ("[1.]", 1, 4, "expected a digit in the number"),
  ])
  func grammarErrorsSayWhatWasExpectedAndWhere(_ text: String, _ line: Int, _ column: Int, _ message: String) {
    let found = failure(text)
    #expect(found?.message == message, "\(text)")
    #expect(found?.position == TextPosition(line: line, column: column), "\(text)")
  }

  @Test func positionsCountLinesFromOneAndColumnsInCharacters() {
    let text = "{\n\t\"é名\": [1,\n 2,,]}"
    #expect(failure(text)?.position == TextPosition(line: 3, column: 4))
    // The é is one character whether it is written as one scalar or as e and a combining accent.
    let decomposed = "[\"e\u{301}\" x]"
    #expect(failure(decomposed)?.position == TextPosition(line: 1, column: 6))
    #expect(TextPosition(offset: 3, in: [0xEF, 0xBB, 0xBF] + Array("x".utf8)) == TextPosition(line: 1, column: 1))
    #expect(TextPosition(offset: 99, in: Array("ab\ncd".utf8)) == TextPosition(line: 2, column: 3))
  }

  // MARK: Finding a parsed value in the text

  private static let document = """
    {
      "Version": "2012-10-17",
      "Statement": [
        {"Effect": "Allow", "Action": ["s3:a", "s3:b"]},
        {"Effect": "Deny", "Action": "s3:c", "Effect": "Deny"}
      ]
    }
    """

  private func position(_ steps: [JSONPath.Step], name: Bool = false) -> TextPosition? {
    let bytes = Array(Self.document.utf8)
    return JSONParser.offset(of: JSONPath(steps, memberName: name), in: bytes).map { TextPosition(offset: $0, in: bytes) }
  }

  @Test func findsValuesAndMemberNamesByPath() {
    #expect(position([]) == TextPosition(line: 1, column: 1))
    #expect(position([.member(0)]) == TextPosition(line: 2, column: 14))
    #expect(position([.member(0)], name: true) == TextPosition(line: 2, column: 3))
    #expect(position([.named("Statement"), .element(1)]) == TextPosition(line: 5, column: 5))
    #expect(position([.named("Statement"), .item(0), .named("Action"), .item(1)]) == TextPosition(line: 4, column: 44))
    // A single value is its own first item, as policies write one action without a list.
    #expect(position([.named("Statement"), .item(1), .named("Action"), .item(0)]) == TextPosition(line: 5, column: 34))
    // A repeated name: .named finds the last, .member the one at that position.
    #expect(position([.named("Statement"), .item(1), .member(2)], name: true) == TextPosition(line: 5, column: 42))
    #expect(position([.named("Statement"), .item(1), .named("Effect")]) == TextPosition(line: 5, column: 52))
  }

  @Test func aPathToNothingFindsNothing() {
    let bytes = Array(Self.document.utf8)
    #expect(JSONParser.offset(of: JSONPath([.named("Id")]), in: bytes) == nil)
    #expect(JSONParser.offset(of: JSONPath([.member(0), .element(0)]), in: bytes) == nil)
    #expect(JSONParser.offset(of: JSONPath([.named("Statement"), .item(5)]), in: bytes) == nil)
    #expect(JSONParser.offset(of: JSONPath([.member(0)], memberName: false), in: Array("[1,".utf8)) == nil)
  }
}
