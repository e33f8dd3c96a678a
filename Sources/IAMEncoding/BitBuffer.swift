/// A growing string of bits packed most significant bit first, the order in which a QR code's
/// data stream fills its codewords (ISO/IEC 18004, 7.4).
struct BitBuffer {
  private(set) var bytes: [UInt8] = []
  private(set) var count = 0

  /// Appends the low `width` bits of `value`, most significant first.
  mutating func append(_ value: Int, width: Int) {
    precondition(width >= 0 && width <= 31 && value >> width == 0, "the value must fit its width")
    for shift in stride(from: width - 1, through: 0, by: -1) {
      if count % 8 == 0 { bytes.append(0) }
      if (value >> shift) & 1 == 1 { bytes[count / 8] |= 0x80 >> UInt8(count % 8) }
      count += 1
    }
  }
}
