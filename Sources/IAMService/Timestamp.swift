/// A point in time in whole seconds since the Unix epoch, formatted as IAM formats dates.
public struct Timestamp: Sendable, Equatable, Comparable {
  public var seconds: Int

  public init(seconds: Int) { self.seconds = seconds }

  public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

  /// `2026-11-23T12:00:00Z`
  public var iso8601: String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = Timestamp.civilDate(daysSinceEpoch: days)
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
      (1...12).contains(month), (1...Timestamp.daysIn(month: month, year: year)).contains(day),
      year >= 1970, hour < 24, minute < 60, second < 60
    else { return nil }
    if chars.count > 20 {
      guard chars[19] == UInt8(ascii: "."), chars.count > 21,
        chars[20..<chars.count - 1].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
      else { return nil }
    }
    let days = Timestamp.daysSinceEpoch(year: year, month: month, day: day)
    self.init(seconds: days * 86_400 + hour * 3600 + minute * 60 + second)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's algorithms for the proleptic Gregorian calendar.
  static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

private func pad(_ value: Int, _ width: Int) -> String {
  let text = String(value)
  return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
