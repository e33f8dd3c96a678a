/// Adler-32 (RFC 1950, 8.2): the checksum a zlib stream ends with.
enum Adler32 {
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var a: UInt32 = 1
    var b: UInt32 = 0
    bytes.withUnsafeBufferPointer { buffer in
      // 5552 bytes is the most that can be summed before b could overflow 32 bits (zlib's NMAX).
      var start = 0
      while start < buffer.count {
        let end = min(start + 5552, buffer.count)
        for byte in buffer[start..<end] {
          a += UInt32(byte)
          b += a
        }
        a %= 65521
        b %= 65521
        start = end
      }
    }
    return b << 16 | a
  }
}
