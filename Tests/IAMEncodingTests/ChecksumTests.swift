import Testing

@testable import IAMEncoding

@Suite struct ChecksumTests {
  /// The check values of the CRC catalogue and common references, and Adler-32's usual examples.
  @Test(arguments: [
    ("CRC-32", "", 0x0000_0000),
    ("CRC-32", "123456789", 0xCBF4_3926),
    ("CRC-32", "The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ("Adler-32", "", 0x0000_0001),
    ("Adler-32", "Wikipedia", 0x11E6_0398),
    ("Adler-32", "abc", 0x024D_0127),
  ] as [(String, String, UInt32)])
  func knownValues(algorithm: String, text: String, expected: UInt32) {
    let bytes = Array(text.utf8)
    #expect((algorithm == "CRC-32" ? CRC32.checksum(bytes) : Adler32.checksum(bytes)) == expected)
  }

  @Test func crc32InPieces() {
    let message = Array("IHDR and its data".utf8)
    #expect(CRC32.checksum(message[4...], continuing: CRC32.checksum(message[..<4])) == CRC32.checksum(message))
  }

  /// Long runs of 0xFF are the sums' worst case: they must be reduced before they overflow.
  @Test func adler32OfLongInputsMatchesItsDefinition() {
    for input in [[UInt8](repeating: 0xFF, count: 100_000), randomBytes(70_000)] {
      var a = 1
      var b = 0
      for byte in input {
        a = (a + Int(byte)) % 65521
        b = (b + a) % 65521
      }
      #expect(Adler32.checksum(input) == UInt32(b << 16 | a))
    }
  }
}
