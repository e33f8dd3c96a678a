import IAMEncoding

/// How a new device's seed reaches an authenticator app: the otpauth URI that apps read from a
/// QR code, the code itself, and a drawing of it that a phone can scan from a terminal.
enum MFAProvisioning {
  /// `otpauth://totp/NAME@ACCOUNT?secret=SEED`, where ACCOUNT is the account id while the device
  /// is not yet enabled for a user, as when it is created (spec §2.1).
  static func uri(device: String, account: String, seed: String) -> String {
    "otpauth://totp/\(device)@\(account)?secret=\(seed)"
  }

  static func qrCode(_ uri: String) throws -> QRCode {
    do {
      return try QRCode.encode(Array(uri.utf8))
    } catch {
      throw CLIError.usage("the device name is too long to fit in a QR code")
    }
  }

  /// The code in Unicode half blocks, two rows of modules per line, with the quiet zone a scanner
  /// needs. As qrencode's UTF8 output does, it draws the light modules, for the usual light text
  /// on a dark terminal: the dark modules are the terminal's background.
  static func terminalDrawing(_ code: QRCode, quietZone: Int = 2) -> [String] {
    let size = code.size + 2 * quietZone
    func light(_ x: Int, _ y: Int) -> Bool {
      let (mx, my) = (x - quietZone, y - quietZone)
      guard mx >= 0, my >= 0, mx < code.size, my < code.size else { return true }
      return !code.isDark(x: mx, y: my)
    }
    var lines: [String] = []
    for y in stride(from: 0, to: size, by: 2) {
      var line = ""
      for x in 0..<size {
        switch (light(x, y), y + 1 < size ? light(x, y + 1) : false) {
        case (true, true): line += "\u{2588}"
        case (true, false): line += "\u{2580}"
        case (false, true): line += "\u{2584}"
        case (false, false): line += " "
        }
      }
      lines.append(line)
    }
    return lines
  }
}
