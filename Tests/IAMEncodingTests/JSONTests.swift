import IAMEncoding
import Testing

@Suite struct JSONParserTests {
  @Test func keepsMemberOrderDuplicatesAndNumberSpelling() throws {
    let value = try JSONParser.parse(#"{"b": 1.50, "a": [true, null, "x"], "b": -0e3}"#)
    guard case .object(let members) = value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["b", "a", "b"])
    #expect(members[0].value == .number("1.50"))
    #expect(members[2].value == .number("-0e3"))
    #expect(value["b"] == .number("-0e3"))
    #expect(value["a"] == .array([.bool(true), .null, .string("x")]))
  }

  @Test func decodesEscapesAndSurrogatePairs() throws {
    let value = try JSONParser.parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#)
    #expect(value == .string("a\"b\\c/d\n\té😀"))
  }

  /// A string with escapes or other than ASCII is decoded into storage sized by its source:
  /// text that fills it exactly, text that shrinks most, and the store's own kind of string,
  /// a policy document written as one, all come back as written.
  @Test func decodesStringsOfEveryShapeIntoTheirOwnStorage() throws {
    #expect(try JSONParser.parse(#""名前é""#) == .string("名前é"))
    #expect(try JSONParser.parse(#""\ud83d\ude00\ud83d\ude00""#) == .string("😀😀"))
    #expect(try JSONParser.parse(#""\"\"\"\"""#) == .string("\"\"\"\""))
    #expect(try JSONParser.parse(#""plain start, then \"quoted\" é""#) == .string("plain start, then \"quoted\" é"))
    #expect(try JSONParser.parse(#""\u0000""#) == .string("\u{0}"))
    let document = #"{"Statement":[{"Sid":"Read\"01","Action":"s3:Get*","Resource":"arn:aws:s3:::b/\\é/*"}]}"#
      + "\u{1}\n\t名"
    let stored = JSONWriter.compact(.object(["Policy": .string(document)]))
    #expect(try JSONParser.parse(stored)["Policy"] == .string(document))
  }

  @Test func acceptsMultiByteUTF8AndALeadingByteOrderMark() throws {
    #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"["é名"]"#.utf8)) == .array([.string("é名")]))
  }

  @Test(arguments: [
    "", "{", "[1,]", "{\"a\":1,}", "{'a':1}", "// c\n1", "01", "1.", ".5", "-", "1e", "tru", "nul",
    "\"\\x\"", "\"\\ud800\"", "\"\\udc00\"", "\"a\nb\"", "{\"a\" 1}", "[1 2]", "1 2", "NaN", "[\"\\u12\"]",
  ])
  func rejectsWhatRFC8259Rejects(text: String) {
    #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(text) }
  }

  @Test(arguments: [
    [0x22, 0xC3, 0x22] as [UInt8],  // truncated sequence
    [0x22, 0xC0, 0x80, 0x22],  // overlong NUL
    [0x22, 0xED, 0xA0, 0x80, 0x22],  // encoded surrogate
    [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // beyond U+10FFFF
    [0x22, 0xFF, 0x22],
  ])
  func rejectsInvalidUTF8(bytes: [UInt8]) {
    #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(bytes) }
  }

  @Test func refusesNestingDeepEnoughToExhaustTheStack() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(deep) }
    let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    #expect(throws: Never.self) { try JSONParser.parse(fine) }
  }
}

@Suite struct JSONWriterTests {
  @Test func prettyFormSortsKeysIndentsByTwoAndEndsWithANewline() {
    let value = JSONValue.object(["zeta": .int(1), "alpha": .array([.string("x"), .bool(false)]), "mid": .object([:])])
    #expect(
      JSONWriter.pretty(value) == """
        {
          "alpha": [
            "x",
            false
          ],
          "mid": {},
          "zeta": 1
        }

        """)
  }

  @Test func compactFormKeepsMemberOrder() {
    let value = JSONValue.object(["b": .null, "a": .strings([])])
    #expect(JSONWriter.compact(value) == #"{"b":null,"a":[]}"#)
  }

  @Test func escapesWhatJSONRequires() {
    let text = "q\"b\\n\nt\tc\u{01}é"
    #expect(JSONWriter.compact(.string(text)) == #""q\"b\\n\nt\tc\u0001é""#)
    let reparsed = try? JSONParser.parse(JSONWriter.compact(.string(text)))
    #expect(reparsed == .string(text))
  }

  @Test func escapesEveryControlCharacterAndNothingElse() throws {
    #expect(JSONWriter.compact(.string("")) == #""""#)
    #expect(JSONWriter.compact(.string("\u{1F}\u{0B}\r\u{08}\u{0C}")) == #""\u001f\u000b\r\b\f""#)
    let controls = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
    let everything = controls + "plain \u{7F} caf\u{E9} \u{1F600} \"quoted\" back\\slash"
    #expect(try JSONParser.parse(JSONWriter.compact(.string(everything))) == .string(everything))
    #expect(JSONWriter.compact(.string("no escapes at all")) == #""no escapes at all""#)
  }

  /// The writer checks eight bytes at a time: a character to escape is found wherever it falls
  /// in a word, and bytes of multi-byte characters, which share bits with it, are left alone.
  @Test(arguments: ["\u{0}", "\u{1F}", "\"", "\\", "\n"])
  func findsAnEscapeAtEveryPositionOfAWord(special: String) throws {
    let escaped = ["\u{0}": #"\u0000"#, "\u{1F}": #"\u001f"#, "\"": #"\""#, "\\": #"\\"#, "\n": #"\n"#][special]!
    for position in 0..<20 {
      for filler in ["a", "\u{E9}", "\u{A2}\u{DC}"] {
        let before = String(repeating: filler, count: position)
        let text = before + special + String(repeating: filler, count: 3)
        let expected = "\"" + before + escaped + String(repeating: filler, count: 3) + "\""
        #expect(JSONWriter.compact(.string(text)) == expected, "\(position) \(filler)")
      }
    }
  }

  /// The parser notes when a name may be repeated, so that a policy is searched for repeats only then.
  @Test func repeatedMemberNamesAreNoted() throws {
    #expect(try !JSONParser.parseNotingRepeats(#"{"a":1,"b":[{"a":2,"b":3}],"c":{"a":{}}}"#).mayRepeatNames)
    #expect(try JSONParser.parseNotingRepeats(#"{"a":1,"b":[{"c":2,"c":3}]}"#).mayRepeatNames)
    #expect(try JSONParser.parseNotingRepeats(#"{"a":{"x":1},"a":2}"#).mayRepeatNames)
    // A large object is not compared pair by pair: it may repeat a name, and is searched.
    let large = "{" + (0..<20).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}"
    #expect(try JSONParser.parseNotingRepeats(large).mayRepeatNames)
  }
}
