/// The zlib format (RFC 1950), in which PNG stores its image data: a two-byte header, DEFLATE
/// data, and the Adler-32 of the uncompressed bytes.
enum Zlib {
  static func compress(_ data: [UInt8]) -> [UInt8] {
    // 0x78: DEFLATE with a 32 KB window; 0x01: no preset dictionary, and the check bits that make
    // the header a multiple of 31.
    var out: [UInt8] = [0x78, 0x01]
    out += Deflate.compress(data)
    out += Adler32.checksum(data).bigEndianBytes
    return out
  }
}

extension UInt32 {
  /// The four bytes, most significant first: the order of every number in zlib and PNG.
  var bigEndianBytes: [UInt8] {
    [UInt8(self >> 24), UInt8(self >> 16 & 0xFF), UInt8(self >> 8 & 0xFF), UInt8(self & 0xFF)]
  }
}
