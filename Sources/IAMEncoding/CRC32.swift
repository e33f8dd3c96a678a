/// CRC-32 as PNG chunks and zip use it (ISO 3309 / ITU-T V.42: reflected polynomial 0xEDB88320,
/// initial value and final XOR all ones).
enum CRC32 {
  /// The CRC of `bytes`; pass the result of a previous call as `continuing` to checksum a message
  /// given in pieces.
  static func checksum(_ bytes: ArraySlice<UInt8>, continuing previous: UInt32 = 0) -> UInt32 {
    let table = self.table
    var crc = ~previous
    bytes.withUnsafeBufferPointer { buffer in
      for byte in buffer { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
    return ~crc
  }

  static func checksum(_ bytes: [UInt8], continuing previous: UInt32 = 0) -> UInt32 {
    checksum(bytes[...], continuing: previous)
  }

  /// The CRC register's change for each value of its low byte: a byte at a time instead of a bit.
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }
}
