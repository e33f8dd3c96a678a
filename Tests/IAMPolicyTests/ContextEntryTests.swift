@testable import IAMPolicy
import Testing

/// Context entries given with one of the policy simulator's `ContextKeyType` names: the type says
/// whether the key is multivalued, and the values must read as the type.
@Suite struct ContextEntryTests {
  @Test func typesAreNamedAsAWSNamesThemInAnyCase() {
    #expect(ContextKeyType(named: "stringList") == .stringList)
    #expect(ContextKeyType(named: "IPLIST") == .ipList)
    #expect(ContextKeyType(named: "date") == .date)
    #expect(ContextKeyType(named: "strings") == nil)
    #expect(ContextKeyType.allCases.map(\.rawValue) == [
      "string", "stringList", "numeric", "numericList", "boolean", "booleanList", "ip", "ipList", "binary",
      "binaryList", "date", "dateList",
    ])
  }

  @Test func listTypesMakeMultivaluedKeys() throws {
    for type in ContextKeyType.allCases {
      #expect(type.kind == (type.rawValue.hasSuffix("List") ? .multivalued : .singleValued))
    }
    var context = RequestContext()
    context.set(try ContextEntry(key: "aws:username", values: ["bob"], typeName: "stringList"))
    #expect(context.kind(of: "AWS:UserName") == .multivalued)
    #expect(context.values(for: "aws:username") == ["bob"])
    context.set(try ContextEntry(key: "aws:TagKeys", values: ["a"], type: .string))
    #expect(context.kind(of: "aws:tagkeys") == .singleValued)
  }

  static let accepted: [(ContextKeyType, [String])] = [
    (.string, ["any text, even ${x}"]), (.stringList, []), (.stringList, ["a", "b"]),
    (.numeric, ["-1.5"]), (.numericList, ["1", "20"]), (.boolean, ["TRUE"]), (.booleanList, ["true", "false"]),
    (.ip, ["203.0.113.7"]), (.ipList, ["2001:db8::1", "10.0.0.1"]), (.binary, ["aGVsbG8="]),
    (.date, ["2026-01-31T12:00:00Z"]), (.dateList, ["1700000000", "2026-01-31"]),
  ]

  @Test(arguments: accepted)
  func valuesThatReadAsTheirType(_ type: ContextKeyType, _ values: [String]) throws {
    #expect(try ContextEntry(key: "k:x", values: values, type: type).values == values)
  }

  static let refused: [(ContextKeyType, [String], ContextValueError.Reason, String?)] = [
    (.string, [], .oneValueExpected(count: 0), nil), (.boolean, ["true", "false"], .oneValueExpected(count: 2), nil),
    (.numeric, ["ten"], .notNumeric, "ten"), (.numericList, ["1", "2x"], .notNumeric, "2x"),
    (.boolean, ["yes"], .notBoolean, "yes"), (.ip, ["10.0.0.300"], .notIPAddress, "10.0.0.300"),
    (.binary, ["!!!"], .notBinary, "!!!"), (.dateList, ["2026-01-31", "tomorrow"], .notDate, "tomorrow"),
  ]

  @Test(arguments: refused)
  func valuesThatDoNot(
    _ type: ContextKeyType, _ values: [String], _ reason: ContextValueError.Reason, _ blamed: String?
  ) {
    #expect(throws: ContextValueError(key: "k:x", value: blamed, reason: reason)) {
      try ContextEntry(key: "k:x", values: values, type: type)
    }
  }

  @Test func messagesNameTheKeyAndShowTheForm() {
    #expect(throws: ContextValueError(key: "k:x", value: nil, reason: .unknownType("strings"))) {
      try ContextEntry(key: "k:x", values: ["a"], typeName: "strings")
    }
    let unknown = ContextValueError(key: "k:x", value: nil, reason: .unknownType("strings"))
    #expect(unknown.message.hasPrefix(#"k:x: "strings" is not a context key type; the types are string, stringList,"#))
    let count = ContextValueError(key: "k:x", value: nil, reason: .oneValueExpected(count: 2))
    #expect(count.message == "k:x: a single-valued type takes exactly one value, not 2; a …List type takes several")
    let number = ContextValueError(key: "s3:max-keys", value: "ten", reason: .notNumeric)
    #expect(number.message == #"s3:max-keys: "ten" is not a number, such as 42 or -1.5"#)
  }
}
