import IAMEncoding

/// A point in time as the Date* condition operators compare them.
struct Instant: Comparable {
  var seconds: Int64
  var nanoseconds: Int32

  static func < (a: Instant, b: Instant) -> Bool {
    (a.seconds, a.nanoseconds) < (b.seconds, b.nanoseconds)
  }
}

/// Reads the date forms IAM accepts in Date* conditions: epoch seconds (0 to Int64.max), or the
/// W3C subset of ISO 8601 — `[-]Y[-MM[-DD]][Thh[:mm[:ss[.f]]][zone]]` with `zone` one of `Z`,
/// `±hh` or `±hh:mm` after the minutes or seconds, and `T`/`Z` in either case.
enum DateValue {
  // The range of the Java date library IAM parses with.
  static let years: ClosedRange<Int64> = -292_275_054...292_278_993

  static func parse(_ text: String) -> Instant? {
    var reader = Reader(bytes: Array(text.utf8))
    guard !reader.bytes.isEmpty else { return nil }
    if reader.bytes.allSatisfy(Reader.isDigit) {
      guard let seconds = Int64(text) else { return nil }
      return Instant(seconds: seconds, nanoseconds: 0)
    }
    return reader.readISO()
  }

  private struct Reader {
    let bytes: [UInt8]
    var index = 0

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    var atEnd: Bool { index == bytes.count }

    mutating func take(_ byte: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    mutating func takeEither(_ a: UInt8, _ b: UInt8) -> Bool { take(a) || take(b) }

    /// Reads `minimum...maximum` decimal digits and returns their value when it lies in `range`.
    mutating func number(digits: ClosedRange<Int>, in range: ClosedRange<Int64>) -> Int64? {
      var value: Int64 = 0
      var count = 0
      while index < bytes.count, Reader.isDigit(bytes[index]), count < digits.upperBound {
        value = value * 10 + Int64(bytes[index] - 0x30)
        index += 1
        count += 1
      }
      guard count >= digits.lowerBound, range.contains(value) else { return nil }
      return value
    }

    mutating func readISO() -> Instant? {
      let negative = take(UInt8(ascii: "-"))
      guard let magnitude = number(digits: 1...9, in: 0...999_999_999) else { return nil }
      let year = negative ? -magnitude : magnitude
      guard DateValue.years.contains(year) else { return nil }
      var month: Int64 = 1
      var day: Int64 = 1
      if take(UInt8(ascii: "-")) {
        guard let m = number(digits: 1...2, in: 1...12) else { return nil }
        month = m
        if take(UInt8(ascii: "-")) {
          guard let d = number(digits: 1...2, in: 1...31) else { return nil }
          day = d
        }
      }
      var secondOfDay: Int64 = 0
      var nanoseconds: Int32 = 0
      var offset: Int64 = 0
      if !atEnd {
        guard takeEither(UInt8(ascii: "T"), UInt8(ascii: "t")) else { return nil }
        if !atEnd {
          guard let time = readTime() else { return nil }
          (secondOfDay, nanoseconds, offset) = time
        }
      }
      guard atEnd else { return nil }
      let days = Int64(CivilDate.daysSince1970(year: Int(year), month: Int(month), day: Int(day)))
      return Instant(seconds: days * 86_400 + secondOfDay - offset, nanoseconds: nanoseconds)
    }

    /// `hh[:mm[:ss[.f]]][zone]`; returns seconds into the day, nanoseconds and the zone offset.
    private mutating func readTime() -> (Int64, Int32, Int64)? {
      guard let hour = number(digits: 1...2, in: 0...23) else { return nil }
      var seconds = hour * 3600
      var nanoseconds: Int32 = 0
      guard take(UInt8(ascii: ":")) else { return atEnd ? (seconds, 0, 0) : nil }
      guard let minute = number(digits: 1...2, in: 0...59) else { return nil }
      seconds += minute * 60
      if take(UInt8(ascii: ":")) {
        guard let second = number(digits: 1...2, in: 0...59) else { return nil }
        seconds += second
        if take(UInt8(ascii: ".")) {
          let start = index
          guard let fraction = number(digits: 1...9, in: 0...999_999_999) else { return nil }
          var scaled = fraction
          for _ in (index - start)..<9 { scaled *= 10 }
          nanoseconds = Int32(scaled)
        }
      }
      if atEnd { return (seconds, nanoseconds, 0) }
      guard let offset = readZone() else { return nil }
      return (seconds, nanoseconds, offset)
    }

    private mutating func readZone() -> Int64? {
      if takeEither(UInt8(ascii: "Z"), UInt8(ascii: "z")) { return 0 }
      let sign: Int64
      if take(UInt8(ascii: "+")) {
        sign = 1
      } else if take(UInt8(ascii: "-")) {
        sign = -1
      } else {
        return nil
      }
      guard let hours = number(digits: 2...2, in: 0...23) else { return nil }
      var minutes: Int64 = 0
      if take(UInt8(ascii: ":")) {
        guard let m = number(digits: 2...2, in: 0...59) else { return nil }
        minutes = m
      }
      return sign * (hours * 3600 + minutes * 60)
    }
  }
}
