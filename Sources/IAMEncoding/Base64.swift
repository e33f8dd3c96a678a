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
        var index = 0
        while index < text.count {
          // Four alphabet characters at a quantum's start, as nearly all are, make three bytes
          // at once; anything else (a line break, padding, the end) goes one character at a time.
          if pending == 0 && padding == 0 && index + 4 <= text.count {
            let a = table[Int(text[index])]
            let b = table[Int(text[index + 1])]
            let c = table[Int(text[index + 2])]
            let d = table[Int(text[index + 3])]
            if (a | b | c | d) < 64 {
              let quantum = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
              buffer[count] = UInt8(truncatingIfNeeded: quantum >> 16)
              buffer[count + 1] = UInt8(truncatingIfNeeded: quantum >> 8)
              buffer[count + 2] = UInt8(truncatingIfNeeded: quantum)
              count += 3
              index += 4
              continue
            }
          }
          let v = table[Int(text[index])]
          index += 1
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

  /// Each byte's value in the alphabet; `lineBreak` (0xFE) for the line ends that are passed
  /// over, `padCharacter` (0xFD) for "=", and 0xFF for anything else. Written out, so that it is
  /// data in the program rather than built on first use.
  private static let decodingTable: [UInt8] = [
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0xFF, 0xFE, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x3E, 0xFF, 0xFF, 0xFF, 0x3F,
    0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x3B, 0x3C, 0x3D, 0xFF, 0xFF, 0xFF, 0xFD, 0xFF, 0xFF,
    0xFF, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E,
    0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28,
    0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x31, 0x32, 0x33, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
  ]
}
