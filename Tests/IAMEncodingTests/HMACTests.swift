import IAMEncoding
import Testing

/// The test cases of RFC 4231 (HMAC-SHA-256) and RFC 2202 (HMAC-SHA-1), and openssl on random keys.
@Suite struct HMACTests {
  static let longKey = [UInt8](repeating: 0xaa, count: 131)
  static let longKeyMessage = "Test Using Larger Than Block-Size Key - Hash Key First"
  static let longKeyLongMessage =
    "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm."

  /// RFC 4231 section 4: key, data, HMAC-SHA-256 (case 5 is compared on the 128 bits it gives).
  @Test(arguments: [
    (
      [UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    ),
    (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
    (
      [UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50),
      "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
    ),
    (
      Array(1...25), [UInt8](repeating: 0xcd, count: 50),
      "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
    ),
    ([UInt8](repeating: 0x0c, count: 20), Array("Test With Truncation".utf8), "a3b6167473100ee06e0c796c2955552b"),
    (longKey, Array(longKeyMessage.utf8), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    (longKey, Array(longKeyLongMessage.utf8), "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
  ])
  func rfc4231(key: [UInt8], data: [UInt8], expected: String) {
    let code = Hex.encode(HMAC<SHA256>.authenticate(data, key: key))
    #expect(code.hasPrefix(expected))
  }

  /// RFC 2202 section 3: key, data, HMAC-SHA-1 (case 5 is compared on the 96 bits it gives).
  @Test(arguments: [
    ([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8), "b617318655057264e28bc0b6fb378c8ef146be00"),
    (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
    ([UInt8](repeating: 0xaa, count: 20), [UInt8](repeating: 0xdd, count: 50), "125d7342b9ac11cd91a39af48aa17b4f63f175d3"),
    (Array(1...25), [UInt8](repeating: 0xcd, count: 50), "4c9007f4026250c6bc8414f9bf50c86c2d7235da"),
    ([UInt8](repeating: 0x0c, count: 20), Array("Test With Truncation".utf8), "4c1a03424b55e07fe7f27be1"),
    (
      [UInt8](repeating: 0xaa, count: 80), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
      "aa4ae5e15272d00e95705637ce8a3b55ed402112"
    ),
    (
      [UInt8](repeating: 0xaa, count: 80),
      Array("Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data".utf8),
      "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"
    ),
  ])
  func rfc2202(key: [UInt8], data: [UInt8], expected: String) {
    let code = Hex.encode(HMAC<SHA1>.authenticate(data, key: key))
    #expect(code.hasPrefix(expected))
  }

  /// Keys and messages of lengths around the block size, authenticated by openssl in one run.
  @Test(.enabled(if: OpenSSL.isAvailable, "needs openssl")) func agreesWithOpenSSL() async throws {
    let cases = [(0, 0), (1, 55), (63, 56), (64, 64), (65, 119), (200, 1000)].map { (randomBytes($0.0), randomBytes($0.1)) }
    var script = ""
    var inputs: [String: [UInt8]] = [:]
    for (index, (key, message)) in cases.enumerated() {
      inputs["m\(index)"] = message
      for digest in ["sha256", "sha1"] {
        script +=
          "openssl mac -digest \(digest) -macopt hexkey:\(Hex.encode(key).isEmpty ? "00" : Hex.encode(key)) -in m\(index) HMAC > \(digest)-\(index)\n"
      }
    }
    let files = try await OpenSSL.run(script: script, inputs: inputs).get()
    func expected(_ name: String) -> String {
      String(decoding: files[name] ?? [], as: UTF8.self).trimmingWhitespace().lowercased()
    }
    for (index, (key, message)) in cases.enumerated() {
      // openssl cannot take an empty hex key; a one-byte zero key gives the same HMAC.
      let effectiveKey = key.isEmpty ? [0] : key
      #expect(Hex.encode(HMAC<SHA256>.authenticate(message, key: effectiveKey)) == expected("sha256-\(index)"))
      #expect(Hex.encode(HMAC<SHA1>.authenticate(message, key: effectiveKey)) == expected("sha1-\(index)"))
    }
  }

  /// Short keys are padded with zeros, so an empty key and a key of one zero byte agree.
  @Test func anEmptyKeyIsAZeroPaddedKey() {
    #expect(HMAC<SHA256>.authenticate([1, 2, 3], key: []) == HMAC<SHA256>.authenticate([1, 2, 3], key: [0, 0]))
  }
}

extension String {
  func trimmingWhitespace() -> String {
    String(self.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
