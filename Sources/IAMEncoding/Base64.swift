/// Standard base64 (RFC 4648 section 4) with padding.
///
/// A 40-character secret access key is exactly the base64 text of 30 random bytes, which gives the
/// `[A-Za-z0-9+/]` alphabet that AWS secrets use.
public enum Base64 {
  private static let alphabet: [UInt8] = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  public static func encode<Bytes: Collection>(_ bytes: Bytes) -> String
  where Bytes.Element == UInt8 {
    let input = Array(bytes)
    var out: [UInt8] = []
    out.reserveCapacity((input.count + 2) / 3 * 4)
    var i = 0
    while i + 3 <= input.count {
      let n = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(alphabet[Int(n >> 6 & 63)])
      out.append(alphabet[Int(n & 63)])
      i += 3
    }
    let rest = input.count - i
    if rest > 0 {
      var n = UInt32(input[i]) << 16
      if rest == 2 { n |= UInt32(input[i + 1]) << 8 }
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(rest == 2 ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
      out.append(UInt8(ascii: "="))
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes of padded base64 `text`; nil when it is not valid base64. Line breaks are ignored.
  /// One pass, without intermediate arrays: PEM chains of megabytes come through here.
  public static func decode(_ text: String) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count / 4 * 3)
    var accumulator: UInt32 = 0
    var pending = 0
    var padding = 0
    for c in text.utf8 {
      if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { continue }
      if c == UInt8(ascii: "=") {
        padding += 1
        continue
      }
      guard padding == 0, let v = value(c) else { return nil }
      accumulator = accumulator << 6 | UInt32(v)
      pending += 1
      if pending == 4 {
        out.append(UInt8(truncatingIfNeeded: accumulator >> 16))
        out.append(UInt8(truncatingIfNeeded: accumulator >> 8))
        out.append(UInt8(truncatingIfNeeded: accumulator))
        accumulator = 0
        pending = 0
      }
    }
    guard (pending + padding) % 4 == 0, padding <= 2 else { return nil }
    // Two characters carry one byte and four spare bits, three carry two bytes and two spare bits.
    if pending == 2 { out.append(UInt8(truncatingIfNeeded: accumulator >> 4)) }
    if pending == 3 {
      out.append(UInt8(truncatingIfNeeded: accumulator >> 10))
      out.append(UInt8(truncatingIfNeeded: accumulator >> 2))
    }
    return out
  }

  private static func value(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"): return c - UInt8(ascii: "A")
    case UInt8(ascii: "a")...UInt8(ascii: "z"): return c - UInt8(ascii: "a") + 26
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0") + 52
    case UInt8(ascii: "+"): return 62
    case UInt8(ascii: "/"): return 63
    default: return nil
    }
  }
}
