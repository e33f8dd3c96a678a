/// The BCH-protected words that tell a reader how a symbol was made (ISO/IEC 18004, 7.9 and 7.10).
enum QRFormatInformation {
  /// The 15 bits naming the error correction level and mask: 5 data bits, 10 BCH(15,5) check bits,
  /// XORed with 101010000010010 so that no combination is all light.
  static func formatBits(level: QRCode.ErrorCorrection, mask: Int) -> Int {
    let data = level.formatBits << 3 | mask
    return (data << 10 | bchRemainder(data, generator: 0x537, checkBits: 10)) ^ 0x5412
  }

  /// The 18 bits naming the version (7 and up): 6 data bits and 12 BCH(18,6) check bits.
  static func versionBits(version: Int) -> Int {
    version << 12 | bchRemainder(version, generator: 0x1F25, checkBits: 12)
  }

  /// The remainder of `data` times x^checkBits divided by `generator`, a polynomial of degree `checkBits`.
  private static func bchRemainder(_ data: Int, generator: Int, checkBits: Int) -> Int {
    var remainder = data << checkBits
    while highestBit(remainder) >= checkBits {
      remainder ^= generator << (highestBit(remainder) - checkBits)
    }
    return remainder
  }

  private static func highestBit(_ value: Int) -> Int { value.bitWidth - value.leadingZeroBitCount - 1 }
}
