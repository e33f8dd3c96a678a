import IAMEncoding
import Testing

@Suite struct SHA1Tests {
  /// The examples published with FIPS 180 (one block, two blocks) and the empty message.
  @Test(arguments: [
    ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    (
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "a49b2446a02c645bf419f995b67091253a04a259"
    ),
  ])
  func standardVectors(message: String, digest: String) {
    #expect(Hex.encode(SHA1.hash(Array(message.utf8))) == digest)
  }

  @Test func oneMillionRepetitionsOfA() {
    let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(Hex.encode(SHA1.hash(message)) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
  }

  /// Random messages of every length around the padding boundaries, and some longer ones, hashed
  /// by openssl in one run.
  @Test(.enabled(if: OpenSSL.isAvailable, "needs openssl")) func agreesWithOpenSSLOnRandomMessages() async throws {
    let lengths = Array(0...130) + [183, 191, 192, 1000, 4095, 4096, 65_537]
    var inputs: [String: [UInt8]] = [:]
    for length in lengths {
      inputs["m\(length)"] = randomBytes(length)
    }
    // One openssl run for all of them: `-r` prints "digest *file" a line.
    let files = try await OpenSSL.run(script: "openssl dgst -sha1 -r m* > digests", inputs: inputs).get()
    var digests: [String: String] = [:]
    for line in String(decoding: files["digests"] ?? [], as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 2 { digests[String(parts[1].dropFirst())] = String(parts[0]) }
    }
    #expect(digests.count == inputs.count)
    for (name, message) in inputs {
      #expect(Hex.encode(SHA1.hash(message)) == digests[name], "length \(message.count)")
    }
  }
}
