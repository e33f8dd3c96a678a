import Foundation
import IAMEncoding
import Testing

@Suite struct OneTimePasswordTests {
  static let rfcSecret = Array("12345678901234567890".utf8)

  /// RFC 4226, appendix D.
  @Test func hotpMatchesRFC4226() {
    let expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"]
    #expect((0..<10).map { OneTimePassword.hotp(secret: Self.rfcSecret, counter: $0) } == expected)
  }

  /// RFC 6238, appendix B, the SHA-1 column (8 digits).
  @Test func totpMatchesRFC6238() {
    let vectors: [(Int, String)] = [
      (59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"), (1_234_567_890, "89005924"),
      (2_000_000_000, "69279037"), (20_000_000_000, "65353130"),
    ]
    for (time, code) in vectors {
      #expect(OneTimePassword.totp(secret: Self.rfcSecret, at: time, digits: 8) == code, "T=\(time)")
    }
  }

  @Test func stepsAreThirtySeconds() {
    #expect(OneTimePassword.counter(at: 0) == 0)
    #expect(OneTimePassword.counter(at: 29) == 0)
    #expect(OneTimePassword.counter(at: 30) == 1)
    #expect(OneTimePassword.counter(at: -1) == -1)
  }

  /// A real third-party implementation agrees on random seeds and times.
  @Test(.enabled(if: OathTool.isAvailable, "oathtool is not installed"))
  func agreesWithOathtool() throws {
    var generator = SystemRandomNumberGenerator()
    var script = ""
    var expected: [String] = []
    for _ in 0..<200 {
      let secret = (0..<Int.random(in: 10...40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let time = Int.random(in: 0...4_000_000_000, using: &generator)
      script += "oathtool --totp -b \(Base32.encode(secret)) --now @\(time)\n"
      expected.append(OneTimePassword.totp(secret: secret, at: time))
    }
    #expect(try OathTool.run(script: script) == expected)
  }
}

/// Debian's oathtool, a TOTP implementation of someone else's to agree with.
enum OathTool {
  static let path: String? = ["/usr/bin/oathtool", "/usr/local/bin/oathtool"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static var isAvailable: Bool { path != nil }

  /// Runs `script` with /bin/sh and returns its output lines.
  static func run(script: String) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }
}
