import IAMEncoding
import Testing

/// The examples of FIPS 180-4 (as published with the standard) and the NIST long-message vector.
@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
  ])
  func standardVectors(message: String, digest: String) {
    #expect(Hex.encode(SHA256.hash(Array(message.utf8))) == digest)
  }

  @Test func oneMillionRepetitionsOfA() {
    var hasher = SHA256()
    let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
    for _ in 0..<1000 { hasher.update(chunk) }
    #expect(Hex.encode(hasher.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  /// Messages whose padding falls on every side of a block boundary must hash the same whether
  /// they arrive in one piece or byte by byte.
  @Test(arguments: [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128])
  func incrementalUpdatesMatchOneShot(length: Int) {
    let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    var hasher = SHA256()
    for byte in message { hasher.update([byte]) }
    #expect(hasher.finalize() == SHA256.hash(message))
  }
}
