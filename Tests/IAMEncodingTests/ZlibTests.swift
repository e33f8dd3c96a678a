import Testing

@testable import IAMEncoding

@Suite struct ZlibTests {
  /// Inputs that reach every part of the writer: nothing, a byte, text, long runs, repeats at
  /// distances up to the 32 KB window, and random bytes that do not compress.
  static func samples() -> [String: [UInt8]] {
    var samples: [String: [UInt8]] = [
      "empty": [],
      "one": [0x41],
      "text": Array(String(repeating: "otpauth://totp/alice-phone@alice?secret=JBSWY3DPEHPK3PXP ", count: 40).utf8),
      "zeros": [UInt8](repeating: 0, count: 70_000),
      "random": randomBytes(70_000),  // more than one stored block holds
    ]
    let block = randomBytes(20_000)
    samples["far-repeat"] = block + randomBytes(12_000) + block
    // Copies of every length from 1 to 300 at distances from 1 to 40,000 (past the window too).
    var mixed = randomBytes(1_000)
    for length in 1...300 {
      let distance = min(mixed.count, [1, 2, 3, 5, 9, 100, 1_000, 5_000, 32_768, 40_000][length % 10])
      for k in 0..<length { mixed.append(mixed[mixed.count - distance + k % distance]) }
      mixed += randomBytes(length % 7)
    }
    samples["mixed"] = mixed
    return samples
  }

  static func stream(_ deflate: [UInt8], of data: [UInt8]) -> [UInt8] {
    [0x78, 0x01] + deflate + Adler32.checksum(data).bigEndianBytes
  }

  /// Python's zlib inflates each stream and checks its header and Adler-32; what it reads must
  /// be what went in, whichever block type the writer chose.
  @Test(.enabled(if: Python.isAvailable, "needs python3")) func pythonInflatesEveryStream() async throws {
    var streams: [String: [UInt8]] = [:]
    var expected: [String: [UInt8]] = [:]
    for (name, data) in Self.samples() {
      streams["\(name).zlib.z"] = Zlib.compress(data)
      streams["\(name).fixed.z"] = Self.stream(Deflate.fixedHuffman(data), of: data)
      streams["\(name).stored.z"] = Self.stream(Deflate.stored(data), of: data)
      for kind in ["zlib", "fixed", "stored"] { expected["\(name).\(kind)"] = data }
    }
    let files = try await Python.run(
      """
      import glob, zlib
      for name in glob.glob('*.z'):
          try:
              out = zlib.decompress(open(name, 'rb').read())
              open(name[:-2] + '.out', 'wb').write(out)
          except zlib.error as e:
              open(name[:-2] + '.err', 'w').write(str(e))
      """, inputs: streams)
    for (name, data) in expected {
      #expect(files[name + ".err"] == nil, "\(name): \(String(decoding: files[name + ".err"] ?? [], as: UTF8.self))")
      #expect(files[name + ".out"] == data, "\(name)")
    }
  }

  @Test func compressesRepeatsAndFallsBackToStoredForNoise() {
    let zeros = [UInt8](repeating: 0, count: 100_000)
    #expect(Zlib.compress(zeros).count < 1_000)
    let noise = randomBytes(100_000)
    // Two stored blocks: five bytes of framing each, plus the zlib header and checksum.
    #expect(Zlib.compress(noise).count == noise.count + 2 * 5 + 6)
    #expect(Zlib.compress([]) == [0x78, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])
  }

  @Test func headerIsAValidZlibHeader() {
    let header = Zlib.compress(Array("x".utf8)).prefix(2)
    #expect(header.first! & 0x0F == 8)  // DEFLATE
    #expect((Int(header.first!) << 8 | Int(header.last!)) % 31 == 0)
  }
}
