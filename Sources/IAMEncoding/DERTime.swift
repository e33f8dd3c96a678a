/// UTCTime and GeneralizedTime in the forms DER and RFC 5280 allow: `YYMMDDHHMMSSZ` and
/// `YYYYMMDDHHMMSSZ`, always UTC, always with seconds, never with fractions.
extension DERElement {
  /// Seconds since 1970-01-01T00:00:00Z.
  public func time() throws(DERError) -> Int {
    let digitCount: Int
    switch tag {
    case .utcTime: digitCount = 12
    case .generalizedTime: digitCount = 14
    default: throw DERError(reason: "expected a time, found \(tag.name)")
    }
    guard content.count == digitCount + 1, content.last == UInt8(ascii: "Z") else {
      throw DERError(reason: "\(tag.name) not in the form \(digitCount == 12 ? "YYMMDDHHMMSSZ" : "YYYYMMDDHHMMSSZ")")
    }
    var fields: [Int] = []
    var index = content.startIndex
    while index < content.endIndex - 1 {
      let high = content[index], low = content[index + 1]
      guard (0x30...0x39).contains(high), (0x30...0x39).contains(low) else {
        throw DERError(reason: "\(tag.name) with a character that is not a digit")
      }
      fields.append(Int(high - 0x30) * 10 + Int(low - 0x30))
      index += 2
    }
    if tag == .utcTime {
      // RFC 5280 section 4.1.2.5.1: two-digit years 50-99 are 19xx, 00-49 are 20xx.
      fields.insert(fields[0] >= 50 ? 19 : 20, at: 0)
    }
    let year = fields[0] * 100 + fields[1]
    let (month, day, hour, minute, second) = (fields[2], fields[3], fields[4], fields[5], fields[6])
    guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year), hour < 24,
      minute < 60, second < 60
    else { throw DERError(reason: "\(tag.name) that is not a real date and time") }
    return CivilDate.daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60
      + second
  }
}
