/// One-time passwords as virtual MFA devices compute them: RFC 4226 HOTP over HMAC-SHA-1, and
/// RFC 6238 TOTP, its counter the number of 30-second steps since 1970.
public enum OneTimePassword {
  /// The length of a TOTP step, in seconds.
  public static let step = 30

  /// The step a moment in time falls in.
  public static func counter(at seconds: Int) -> Int { seconds >= 0 ? seconds / step : (seconds - step + 1) / step }

  /// The code for `counter`: HMAC-SHA-1 of the counter as 8 big-endian bytes, dynamically
  /// truncated (RFC 4226 §5.3) to `digits` decimal digits, zero-padded.
  public static func hotp(secret: [UInt8], counter: Int, digits: Int = 6) -> String {
    let moving = UInt64(bitPattern: Int64(counter))
    let message = (0..<8).map { UInt8(truncatingIfNeeded: moving >> (56 - 8 * UInt64($0))) }
    let mac = HMAC<SHA1>.authenticate(message, key: secret)
    let offset = Int(mac[19] & 0x0f)
    let binary =
      UInt32(mac[offset] & 0x7f) << 24 | UInt32(mac[offset + 1]) << 16 | UInt32(mac[offset + 2]) << 8
      | UInt32(mac[offset + 3])
    var modulus: UInt32 = 1
    for _ in 0..<digits { modulus *= 10 }
    let code = String(binary % modulus)
    return String(repeating: "0", count: max(0, digits - code.count)) + code
  }

  /// The code a device shows at `seconds` since 1970.
  public static func totp(secret: [UInt8], at seconds: Int, digits: Int = 6) -> String {
    hotp(secret: secret, counter: counter(at: seconds), digits: digits)
  }
}
