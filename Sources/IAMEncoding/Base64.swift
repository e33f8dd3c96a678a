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
  public static func decode(_ text: String) -> [UInt8]? {
    var text = text
    return text.withUTF8 { decode($0) }
  }

  /// The same for text given as its bytes, as PEM collects a block's lines.
  public static func decode(_ text: [UInt8]) -> [UInt8]? {
    text.withUnsafeBufferPointer { decode($0) }
  }

  /// One pass, writing into storage of the final size, each character looked up in a table:
  /// PEM chains of megabytes come through here, and a certificate and its key through every
  /// upload.
  private static func decode(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var valid = true
    let out = [UInt8](unsafeUninitializedCapacity: text.count / 4 * 3 + 2) { buffer, written in
      var accumulator: UInt32 = 0
      var pending = 0
      var padding = 0
      var count = 0
      valid = decodingTable.withUnsafeBufferPointer { table in
        for c in text {
          let v = table[Int(c)]
          if v < 64 {
            guard padding == 0 else { return false }
            accumulator = accumulator << 6 | UInt32(v)
            pending += 1
            if pending == 4 {
              buffer[count] = UInt8(truncatingIfNeeded: accumulator >> 16)
              buffer[count + 1] = UInt8(truncatingIfNeeded: accumulator >> 8)
              buffer[count + 2] = UInt8(truncatingIfNeeded: accumulator)
              count += 3
              accumulator = 0
              pending = 0
            }
          } else if v == padCharacter {
            padding += 1
          } else if v != lineBreak {
            return false
          }
        }
        return (pending + padding) % 4 == 0 && padding <= 2
      }
      guard valid else { return }
      // Two characters carry one byte and four spare bits, three carry two bytes and two spare bits.
      if pending == 2 {
        buffer[count] = UInt8(truncatingIfNeeded: accumulator >> 4)
        count += 1
      }
      if pending == 3 {
        buffer[count] = UInt8(truncatingIfNeeded: accumulator >> 10)
        buffer[count + 1] = UInt8(truncatingIfNeeded: accumulator >> 2)
        count += 2
      }
      written = count
    }
    return valid ? out : nil
  }

  private static let lineBreak: UInt8 = 0xFE
  private static let padCharacter: UInt8 = 0xFD

  /// Each byte's value in the alphabet; `lineBreak` for the line ends that are passed over,
  /// `padCharacter` for "=", and 0xFF for anything else.
  private static let decodingTable: [UInt8] = (0...255).map { c in
    switch UInt8(c) {
    case UInt8(ascii: "\n"), UInt8(ascii: "\r"): lineBreak
    case UInt8(ascii: "="): padCharacter
    default: value(UInt8(c)) ?? 0xFF
    }
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
