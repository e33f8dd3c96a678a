/// The primitive universal types, decoded from an element's content with DER's rules. They do not
/// look at the tag, so an IMPLICIT `[n]` holding one of them decodes the same way.
extension DERElement {
  /// The two's-complement content octets of an INTEGER, checked to be in their shortest form.
  public func integerContent() throws(DERError) -> ArraySlice<UInt8> {
    guard let first = content.first else { throw DERError(reason: "an INTEGER with no content") }
    if content.count > 1 {
      let second = content[content.startIndex + 1]
      if (first == 0 && second < 0x80) || (first == 0xFF && second >= 0x80) {
        throw DERError(reason: "an INTEGER not in its shortest form")
      }
    }
    return content
  }

  /// A positive INTEGER's magnitude, big-endian, without the zero octet DER puts in front of a
  /// value whose top bit is set. Zero is refused too: no modulus, exponent or curve value is zero.
  public func positiveInteger() throws(DERError) -> [UInt8] {
    let octets = try integerContent()
    guard octets.first! < 0x80 else { throw DERError(reason: "a negative INTEGER where a positive one belongs") }
    let magnitude = octets.first == 0 ? octets.dropFirst() : octets
    guard !magnitude.isEmpty else { throw DERError(reason: "a zero INTEGER where a positive one belongs") }
    return Array(magnitude)
  }

  /// A small non-negative INTEGER such as a version number, which must lie in `range`.
  public func smallInteger(in range: ClosedRange<Int>) throws(DERError) -> Int {
    let octets = try integerContent()
    guard octets.count <= 2, octets.first! < 0x80 else { throw DERError(reason: "an INTEGER out of range") }
    let value = octets.reduce(0) { $0 << 8 | Int($1) }
    guard range.contains(value) else { throw DERError(reason: "the INTEGER \(value) where \(range) belongs") }
    return value
  }

  /// The bits of a BIT STRING that holds whole octets (keys and signatures do).
  public func octetAlignedBits() throws(DERError) -> ArraySlice<UInt8> {
    guard let unused = content.first else { throw DERError(reason: "a BIT STRING with no content") }
    guard unused == 0 else { throw DERError(reason: "a BIT STRING that does not hold whole octets") }
    return content.dropFirst()
  }

  /// Checks a BIT STRING of any length: at most 7 unused bits, all of them zero as DER requires.
  public func validateBitString() throws(DERError) {
    guard let unused = content.first else { throw DERError(reason: "a BIT STRING with no content") }
    guard unused <= 7, unused == 0 || content.count > 1 else {
      throw DERError(reason: "a BIT STRING with an invalid count of unused bits")
    }
    guard content.last! & ((1 << unused) - 1) == 0 else {
      throw DERError(reason: "a BIT STRING whose unused bits are not zero")
    }
  }

  public func validateNull() throws(DERError) {
    guard content.isEmpty else { throw DERError(reason: "a NULL with content") }
  }

  /// The dotted form, "1.2.840.113549.1.1.1". Components may be as large as 128 bits, enough for
  /// the UUID arcs under 2.25.
  public func objectIdentifier() throws(DERError) -> String {
    guard let last = content.last else { throw DERError(reason: "an OBJECT IDENTIFIER with no content") }
    guard last & 0x80 == 0 else { throw DERError(reason: "an OBJECT IDENTIFIER that ends inside a component") }
    // Written as UTF-8 bytes and made a String once: a certificate has a dozen identifiers.
    var text: [UInt8] = []
    text.reserveCapacity(content.count * 3)
    var value: UInt128 = 0
    var startsComponent = true
    for byte in content {
      guard !(startsComponent && byte == 0x80) else {
        throw DERError(reason: "an OBJECT IDENTIFIER component not in its shortest form")
      }
      guard value >> 121 == 0 else { throw DERError(reason: "an OBJECT IDENTIFIER component too large") }
      value = value << 7 | UInt128(byte & 0x7F)
      startsComponent = byte & 0x80 == 0
      guard startsComponent else { continue }
      if text.isEmpty {
        // The first octets carry two arcs: 40 * first + second, with a first arc of 0, 1 or 2.
        let first: UInt128 = value < 40 ? 0 : value < 80 ? 1 : 2
        appendDecimal(first, to: &text)
        text.append(UInt8(ascii: "."))
        appendDecimal(value - first * 40, to: &text)
      } else {
        text.append(UInt8(ascii: "."))
        appendDecimal(value, to: &text)
      }
      value = 0
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The decimal digits of `value`, worked out in 64 bits when it fits, as nearly every arc does.
  private func appendDecimal(_ value: UInt128, to text: inout [UInt8]) {
    guard value >> 64 == 0 else {
      text.append(contentsOf: String(value).utf8)
      return
    }
    var rest = UInt64(value)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var first = digits.count
      repeat {
        first -= 1
        digits[first] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
      } while rest > 0
      text.append(contentsOf: UnsafeBufferPointer(rebasing: digits[first...]))
    }
  }
}
