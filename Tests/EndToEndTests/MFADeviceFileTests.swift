import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What virtualmfadevicecreate hands out, read back by someone else's tools: the PNG by a real QR
/// decoder, and the seed by the store's own rule that it is kept in one file only.
@Suite struct MFADeviceFileTests {
  static let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test(.enabled(if: zbarimg != nil, "zbarimg (zbar-tools) is not installed"))
  func theQRCodePNGHoldsTheOtpauthURI() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let created = sandbox.iam("virtualmfadevicecreate", "-s", "bob-phone", "-b", "QRCodePNG", "-o", sandbox.scratch + "/bob.png")
    try #require(created.status == 0, "\(created)")
    let serial = try #require(created.stdoutLines.first)
    let account = String(serial.dropFirst("arn:aws:iam::".count).prefix(12))
    var info = stat()
    #expect(stat(sandbox.scratch + "/bob.png", &info) == 0 && info.st_mode & 0o777 == 0o600)
    let decoded = sandbox.run(
      program: Self.zbarimg!,
      arguments: ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", sandbox.scratch + "/bob.png"].map { Array($0.utf8) })
    let uri = decoded.stdout.trimmingCharacters(in: .newlines)
    #expect(uri.hasPrefix("otpauth://totp/bob-phone@\(account)?secret="), "\(decoded)")
    let seed = String(uri.dropFirst("otpauth://totp/bob-phone@\(account)?secret=".count))
    #expect(seed.count == 64)
    // The device's file holds that very seed.
    let device = try String(contentsOfFile: sandbox.store + "/mfa-devices/bob-phone.json", encoding: .utf8)
    #expect(device.contains("\"seed\": \"\(seed)\""))
  }

  /// After creation the seed is in the device's file and nowhere else: not in any other file of
  /// the store, not in what any later command prints, not in -d.
  @Test func theSeedIsKeptInTheDevicesFileAlone() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["usercreate", "-u", "alice"]])
    let created = sandbox.iam("virtualmfadevicecreate", "-s", "alice-phone", "-b", "Base32StringSeed", "-d")
    try #require(created.status == 0, "\(created)")
    let seed = created.stdoutLines[1]
    #expect(!created.stderr.contains(seed), "-d printed the seed")
    var outputs: [String] = []
    for command in [
      ["virtualmfadevicelist", "-t", "Any", "-v", "-d"], ["userlistmfadevices", "-u", "alice", "-d"],
      ["userdel", "-u", "alice", "-r", "-p", "-d"],
    ] {
      let result = sandbox.iam(command)
      outputs.append(result.stdout + result.stderr)
    }
    #expect(outputs.allSatisfy { !$0.contains(seed) })
    let holders = try FileManager.default.subpathsOfDirectory(atPath: sandbox.store).filter { path in
      let text = (try? String(contentsOfFile: sandbox.store + "/" + path, encoding: .utf8)) ?? ""
      return text.contains(seed)
    }
    #expect(holders == ["mfa-devices/alice-phone.json"])
  }
}
