import Testing

@testable import IAMPolicy

/// The value readers behind the Date, Numeric and IpAddress operators.
@Suite struct ValueParsingTests {
  static let sameInstants: [(String, String)] = [
    ("1970-01-01T00:00:00Z", "0"),
    ("2020-01-01T00:00:00Z", "1577836800"),
    ("2020-01-01", "2020-01-01T00:00:00.000000000Z"),
    ("2020-01-01T05:30:00+05:30", "2020-01-01T00:00:00Z"),
    ("2019-12-31T19:00:00-05:00", "2020-01-01T00:00:00Z"),
    ("2020-02-30", "2020-03-01"),
    ("2000-02-29T23:59:59Z", "951868799"),
    ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59z"),
  ]

  @Test(arguments: sameInstants)
  func equivalentDates(_ a: String, _ b: String) throws {
    #expect(try #require(DateValue.parse(a)) == (try #require(DateValue.parse(b))))
  }

  @Test func datesBeforeTheEpochAreNegative() throws {
    #expect(try #require(DateValue.parse("1969-12-31T23:59:59Z")).seconds == -1)
    #expect(try #require(DateValue.parse("0001-01-01")).seconds == -62_135_596_800)
    #expect(try #require(DateValue.parse("2020-01-01T00:00:00.25Z")).nanoseconds == 250_000_000)
  }

  @Test(arguments: [
    "", "T12:00", "2020-01-01T12:00:00+5", "2020-01-01T12:00:00+05:3", "2020-01-01T12Z", "2020--01", "2020-01-01-01",
    "+2020",
  ])
  func malformedDates(_ text: String) {
    #expect(DateValue.parse(text) == nil)
  }

  static let orderedNumbers: [(String, String)] = [
    ("1", "2"), ("-2", "-1"), ("-1", "0"), ("0", "0.001"), ("0.1", "0.11"), ("9", "10"), ("1e2", "101"),
    ("-1e2", "-99"), ("99999999999999999999", "100000000000000000000"), ("1.5", "+1.50001"),
  ]

  @Test(arguments: orderedNumbers)
  func numbersCompareExactly(_ smaller: String, _ larger: String) throws {
    let a = try #require(NumericValue(smaller))
    let b = try #require(NumericValue(larger))
    #expect(a < b)
    #expect(!(b < a))
    #expect(a != b)
  }

  @Test(arguments: [("0", "-0.000"), ("10", "1e1"), ("1.50", "1.5"), (".5", "0.5"), ("5.", "5"), ("100", "1E+2")])
  func equalNumbers(_ a: String, _ b: String) throws {
    #expect(try #require(NumericValue(a)) == (try #require(NumericValue(b))))
  }

  @Test(arguments: ["", "-", ".", "1..2", "1e", "abc", "1 ", "0x10", "1e1234567890"])
  func malformedNumbers(_ text: String) {
    #expect(NumericValue(text) == nil)
  }

  static let addresses: [(String, [UInt8]?)] = [
    ("192.0.2.1", [192, 0, 2, 1]),
    ("::", Array(repeating: 0, count: 16)),
    ("::1", Array(repeating: 0, count: 15) + [1]),
    ("1::", [0, 1] + Array(repeating: 0, count: 14)),
    ("2001:db8::ff00:42:8329", [0x20, 0x01, 0x0D, 0xB8, 0, 0, 0, 0, 0, 0, 0xFF, 0, 0, 0x42, 0x83, 0x29]),
    ("::ffff:192.0.2.1", Array(repeating: 0, count: 10) + [0xFF, 0xFF, 192, 0, 2, 1]),
    ("1:2:3:4:5:6:7:8", [0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8]),
    ("256.0.0.1", nil),
    ("1.2.3", nil),
    ("1.2.3.4.5", nil),
    ("1:::2", nil),
    ("1::2::3", nil),
    ("12345::", nil),
    ("1:2:3:4:5:6:7:8:9", nil),
    ("1:2:3:4:5:6:7", nil),
    ("1.2.3.4::", nil),
    ("", nil),
  ]

  @Test(arguments: addresses)
  func addressParsing(_ text: String, _ bytes: [UInt8]?) {
    #expect(IPAddress(Substring(text))?.bytes == bytes)
  }

  @Test func cidrBlocks() throws {
    let block = try #require(IPAddressRange("2001:db8::/33"))
    #expect(block.contains(try #require(IPAddress("2001:db8:7fff::1"))))
    #expect(!block.contains(try #require(IPAddress("2001:db8:8000::1"))))
    #expect(IPAddressRange("10.0.0.0/33") == nil)
    #expect(IPAddressRange("10.0.0.0/") == nil)
    #expect(IPAddressRange("::/129") == nil)
    #expect(try #require(IPAddressRange("10.1.2.3/0")).contains(try #require(IPAddress("203.0.113.9"))))
  }

  @Test(arguments: [
    ("a*c", "abc", true), ("a*c", "ac", true), ("a*c", "acb", false), ("*", "", true), ("?", "", false),
    ("?", "é", true), ("a?c", "aéc", true), ("*é", "xxé", true), ("**a", "ba", true), ("a*b*c", "aXbYbZc", true),
    ("a*b*c", "aXbYbZ", false),
  ])
  func globs(_ pattern: String, _ text: String, _ expected: Bool) {
    #expect(Glob.matches(Substring(pattern), Substring(text)) == expected)
  }
}
