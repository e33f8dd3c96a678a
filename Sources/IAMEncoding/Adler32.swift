/// Adler-32 (RFC 1950, 8.2): the checksum a zlib stream ends with.
enum Adler32 {
  static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
    var a: UInt32 = 1
    var b: UInt32 = 0
    var pending = 0
    for byte in bytes {
      a += UInt32(byte)
      b += a
      pending += 1
      // 5552 bytes is the most that can be summed before b could overflow 32 bits (zlib's NMAX).
      if pending == 5552 {
        a %= 65521
        b %= 65521
        pending = 0
      }
    }
    return (b % 65521) << 16 | (a % 65521)
  }
}
