/// Arithmetic in GF(2^8) reduced by x^8 + x^4 + x^3 + x^2 + 1 (0x11D), the field QR codes'
/// Reed-Solomon codes are defined over (ISO/IEC 18004, 7.5.2).
enum GF256 {
  /// α^i for i in 0..<510: doubled so that `exp[log a + log b]` needs no reduction modulo 255.
  static let exp: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 510)
    var value = 1
    for i in 0..<255 {
      table[i] = UInt8(value)
      table[i + 255] = UInt8(value)
      value <<= 1
      if value & 0x100 != 0 { value ^= 0x11D }
    }
    return table
  }()

  /// The discrete logarithm base α; entry 0 is never read, since zero has none.
  static let log: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 256)
    for i in 0..<255 { table[Int(exp[i])] = UInt8(i) }
    return table
  }()

  static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
    if a == 0 || b == 0 { return 0 }
    return exp[Int(log[Int(a)]) + Int(log[Int(b)])]
  }
}
