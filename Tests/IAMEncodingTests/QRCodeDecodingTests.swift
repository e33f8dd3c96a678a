import Testing

import IAMEncoding

/// The decisive test of the QR code writer: a real reader, zbarimg (Debian's zbar-tools), finds
/// exactly the bytes that went in, in the PNG files the writer makes.
@Suite(.enabled(if: ZBar.isAvailable, "needs zbarimg (Debian's zbar-tools)"))
struct QRCodeDecodingTests {
  /// Writes each text's symbol as a PNG file, has zbarimg read them all in one run, and expects
  /// every text back exactly. zbarimg prints what it finds one line a symbol, and the texts hold
  /// no line breaks, so a text missing from its output names the symbol it could not read.
  func expectRoundTrips(_ texts: [String: (String, QRCode.ErrorCorrection)], moduleSize: Int = 2) async throws {
    var images: [String: [UInt8]] = [:]
    for (name, (text, level)) in texts {
      images[name + ".png"] = try QRCode.encode(Array(text.utf8), errorCorrection: level).png(moduleSize: moduleSize)
    }
    let files = try await ZBar.tool.run(
      // Only QR codes: the other symbologies sometimes see a linear bar code in the modules.
      script: "zbarimg --nodbus --raw -q -Sdisable -Sqrcode.enable *.png > decoded || true", inputs: images
    ).get()
    let output = String(decoding: files["decoded"] ?? [], as: UTF8.self)
    let decoded = output.split(separator: "\n", omittingEmptySubsequences: false)
    let found = Set(decoded)
    let expected = Set(texts.values.map { Substring($0.0) } + [""])
    #expect(decoded.count == texts.count + 1, "unexpected lines: \(found.subtracting(expected))")
    for (name, (text, level)) in texts.sorted(by: { $0.key < $1.key }) {
      #expect(found.contains(Substring(text)), "\(name): \(text.utf8.count) bytes at \(level) not read back")
    }
  }

  static func randomText(_ count: Int) -> String {
    String(decoding: randomBytes(count).map { 0x20 + $0 % 95 }, as: UTF8.self)
  }

  static func base32Secret(_ characters: Int) -> String {
    String(decoding: randomBytes(characters).map { Base32.alphabet[Int($0 % 32)] }, as: UTF8.self)
  }

  /// At the default module size, as the MFA commands write them.
  @Test func otpauthURIsAtEveryLevel() async throws {
    var texts: [String: (String, QRCode.ErrorCorrection)] = [:]
    for (i, level) in QRCode.ErrorCorrection.allCases.enumerated() {
      texts["user\(i)"] = ("otpauth://totp/alice-phone@alice?secret=" + Self.base32Secret(64), level)
      texts["account\(i)"] = ("otpauth://totp/bob-phone@123456789012?secret=" + Self.base32Secret(64), level)
      texts["short\(i)"] = ("otpauth://totp/carol@carol?secret=" + Self.base32Secret(32), level)
    }
    try await expectRoundTrips(texts, moduleSize: 6)
  }

  /// Random printable text of every length from 1 to 120 and then every fifth up to 300, with the
  /// levels taking turns, so that every version from 1 to 13 and most block layouts appear.
  @Test func randomTextOfManyLengths() async throws {
    var texts: [String: (String, QRCode.ErrorCorrection)] = [:]
    for length in Array(1...120) + Array(stride(from: 125, through: 300, by: 5)) {
      texts["random\(length)"] = (Self.randomText(length), QRCode.ErrorCorrection.allCases[length % 4])
    }
    try await expectRoundTrips(texts)
  }

  /// Symbols filled to the last byte, where the terminator and padding are shortest, in the
  /// versions where the character count widens (10) and up to the largest.
  @Test func fullSymbols() async throws {
    var texts: [String: (String, QRCode.ErrorCorrection)] = [:]
    for version in [9, 10, 40] {
      for (level, capacity) in zip(QRCode.ErrorCorrection.allCases, QRCodeTests.byteCapacities[version - 1]) {
        texts["v\(version)-\(level)"] = (Self.randomText(capacity), level)
      }
    }
    try await expectRoundTrips(texts)
  }
}
