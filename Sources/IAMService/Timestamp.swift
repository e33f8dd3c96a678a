import IAMEncoding

/// A point in time in whole seconds since the Unix epoch, formatted as IAM formats dates.
public struct Timestamp: Sendable, Equatable, Comparable {
  public var seconds: Int

  public init(seconds: Int) { self.seconds = seconds }

  public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

  /// `2026-11-23T12:00:00Z`
  public var iso8601: String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = CivilDate.date(daysSince1970: days)
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
      + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))Z"
  }

  /// The times a clock may be set to: from the epoch to the last second that `iso8601` can
  /// write with four digits of year. Beyond them the date arithmetic would overflow.
  public static let supportedRange = 0...253_402_300_799

  /// Parses `YYYY-MM-DDTHH:MM:SSZ` (fractions of a second are ignored) or a number of seconds
  /// since the epoch; nil for anything else, for a date that does not exist (`2026-02-30`), and
  /// for a time outside `supportedRange`.
  public init?(parsing text: String) {
    if let epoch = Int(text) {
      guard Timestamp.supportedRange.contains(epoch) else { return nil }
      self.init(seconds: epoch)
      return
    }
    let chars = Array(text.utf8)
    guard chars.count >= 20, chars.last == UInt8(ascii: "Z"),
      chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"), chars[10] == UInt8(ascii: "T"),
      chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      guard chars[range].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
      return Int(String(decoding: chars[range], as: UTF8.self))
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day),
      year >= 1970, hour < 24, minute < 60, second < 60
    else { return nil }
    if chars.count > 20 {
      guard chars[19] == UInt8(ascii: "."), chars.count > 21,
        chars[20..<chars.count - 1].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
      else { return nil }
    }
    let days = CivilDate.daysSince1970(year: year, month: month, day: day)
    self.init(seconds: days * 86_400 + hour * 3600 + minute * 60 + second)
  }
}

private func pad(_ value: Int, _ width: Int) -> String {
  let text = String(value)
  return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
