/// An exact decimal number for the Numeric* condition operators.
///
/// Exact rather than floating point so that `0.1` and `0.10` are equal and no two distinct
/// decimals written in a policy compare equal through rounding.
struct NumericValue: Comparable {
  var negative: Bool
  /// Significant digits without leading or trailing zeros; empty for zero.
  var digits: [UInt8]
  /// The value is `digits × 10^exponent`.
  var exponent: Int

  /// Reads `[+-]digits[.digits][e[+-]digits]`; a bare `.5` or `5.` is accepted too.
  init?(_ text: String) {
    let bytes = Array(text.utf8)
    var index = 0
    negative = false
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    var all: [UInt8] = []
    var fractionDigits = 0
    var sawPoint = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte >= 0x30 && byte <= 0x39 {
        all.append(byte - 0x30)
        if sawPoint { fractionDigits += 1 }
      } else if byte == UInt8(ascii: "."), !sawPoint {
        sawPoint = true
      } else {
        break
      }
      index += 1
    }
    guard !all.isEmpty else { return nil }
    var exponent = -fractionDigits
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      index += 1
      var exponentNegative = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
        exponentNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      var value = 0
      var count = 0
      while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
        // Nine digits keep the exponent arithmetic far from overflow.
        guard count < 9 else { return nil }
        value = value * 10 + Int(bytes[index] - 0x30)
        index += 1
        count += 1
      }
      guard count > 0 else { return nil }
      exponent += exponentNegative ? -value : value
    }
    guard index == bytes.count else { return nil }

    let firstSignificant = all.firstIndex { $0 != 0 } ?? all.endIndex
    var lastSignificant = all.endIndex
    while lastSignificant > firstSignificant, all[lastSignificant - 1] == 0 { lastSignificant -= 1 }
    exponent += all.endIndex - lastSignificant
    digits = Array(all[firstSignificant..<lastSignificant])
    self.exponent = digits.isEmpty ? 0 : exponent
    if digits.isEmpty { negative = false }
  }

  static func < (a: NumericValue, b: NumericValue) -> Bool {
    if a.negative != b.negative { return a.negative }
    return a.negative ? lessInMagnitude(b, a) : lessInMagnitude(a, b)
  }

  private static func lessInMagnitude(_ a: NumericValue, _ b: NumericValue) -> Bool {
    if a.digits.isEmpty || b.digits.isEmpty { return a.digits.isEmpty && !b.digits.isEmpty }
    // The position of the leading digit decides unless it is the same for both.
    let aLead = a.digits.count + a.exponent
    let bLead = b.digits.count + b.exponent
    if aLead != bLead { return aLead < bLead }
    return a.digits.lexicographicallyPrecedes(b.digits)
  }
}
