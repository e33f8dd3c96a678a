import IAMEncoding
import Testing

@Suite struct Base32Tests {
  /// RFC 4648 section 10, without the padding this project leaves out.
  @Test(arguments: [
    ("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foob", "MZXW6YQ"), ("fooba", "MZXW6YTB"),
    ("foobar", "MZXW6YTBOI"),
  ])
  func rfcVectors(plain: String, encoded: String) {
    #expect(Base32.encode(Array(plain.utf8)) == encoded)
    #expect(Base32.decode(encoded) == Array(plain.utf8))
  }

  @Test(arguments: ["MZXW6!", "M", "MZX", "MY======", "MZ"])
  func rejectsTextNoByteStringEncodesTo(text: String) {
    #expect(Base32.decode(text) == nil)
  }

  @Test func acceptsLowerCase() {
    #expect(Base32.decode("mzxw6ytboi") == Array("foobar".utf8))
  }
}

@Suite struct Base64Tests {
  @Test(arguments: [
    ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
    ("foobar", "Zm9vYmFy"),
  ])
  func rfcVectors(plain: String, encoded: String) {
    #expect(Base64.encode(Array(plain.utf8)) == encoded)
    #expect(Base64.decode(encoded) == Array(plain.utf8))
    #expect(Base64.decode(Array(encoded.utf8)) == Array(plain.utf8))
    // Padding is required: text that leaves two or three characters over without it is refused.
    let unpadded = encoded.filter { $0 != "=" }
    if unpadded.count % 4 != 0 { #expect(Base64.decode(unpadded) == nil) }
  }

  /// The decoder reads through a table of all 256 byte values: every alphabet character
  /// decodes to its value, and every other byte but line breaks and padding is refused.
  @Test func decodesEveryCharacterOfTheAlphabetAndRefusesTheRest() {
    let bytes = (0...255).map { UInt8($0) }
    #expect(Base64.decode(Base64.encode(bytes)) == bytes)
    let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r".utf8)
    for byte in (0...255).map({ UInt8($0) }) where !alphabet.contains(byte) {
      #expect(Base64.decode([UInt8]("QU".utf8) + [byte] + [UInt8]("I=".utf8)) == nil, "\(byte)")
    }
    #expect(Base64.decode("QU\nI=") == Array("AB".utf8))
  }

  @Test func ignoresLineBreaksAndDecodesLongText() {
    let bytes = (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var text = Base64.encode(bytes)
    var lines: [String] = []
    while !text.isEmpty {
      lines.append(String(text.prefix(64)))
      text = String(text.dropFirst(64))
    }
    #expect(Base64.decode(lines.joined(separator: "\r\n")) == bytes)
    #expect(Base64.decode(Array(lines.joined(separator: "\n").utf8)) == bytes)
  }

  @Test func thirtyBytesMakeAFortyCharacterSecret() {
    let secret = Base64.encode([UInt8](repeating: 0xFB, count: 30))
    #expect(secret.count == 40)
    #expect(!secret.contains("="))
  }

  @Test(arguments: ["Zm9v!", "Zm9", "Z===", "=Zm9"])
  func rejectsMalformedText(text: String) {
    #expect(Base64.decode(text) == nil)
  }
}

@Suite struct HexTests {
  @Test func roundTrips() {
    let bytes: [UInt8] = [0x00, 0x7F, 0x80, 0xFF, 0x1A]
    #expect(Hex.encode(bytes) == "007f80ff1a")
    #expect(Hex.decode("007F80ff1a") == bytes)
  }

  @Test(arguments: ["abc", "zz", "0x"])
  func rejectsNonHex(text: String) {
    #expect(Hex.decode(text) == nil)
  }
}
