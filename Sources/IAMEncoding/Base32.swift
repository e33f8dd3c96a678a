/// Base32 with the RFC 4648 alphabet (`A`-`Z`, `2`-`7`), without padding.
///
/// IAM's unique ids and access key ids use exactly this alphabet, and list markers use it so that
/// they are opaque but safe to paste into a shell.
public enum Base32 {
  public static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

  /// Inlinable so that callers in other modules get code for their own byte type: the generic
  /// version looked up the sequence's associated types at run time.
  @inlinable public static func encode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    var out: [UInt8] = []
    var buffer: UInt32 = 0
    var bits = 0
    for byte in bytes {
      buffer = (buffer << 8) | UInt32(byte)
      bits += 8
      while bits >= 5 {
        bits -= 5
        out.append(alphabet[Int((buffer >> UInt32(bits)) & 0x1f)])
      }
    }
    if bits > 0 {
      out.append(alphabet[Int((buffer << UInt32(5 - bits)) & 0x1f)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes of unpadded base32 `text`, or nil for a character outside the alphabet or a
  /// length that no byte string encodes to. Lower-case letters are accepted.
  public static func decode(_ text: String) -> [UInt8]? {
    var out: [UInt8] = []
    var buffer: UInt32 = 0
    var bits = 0
    for c in text.utf8 {
      let value: UInt8
      switch c {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = c - UInt8(ascii: "A")
      case UInt8(ascii: "a")...UInt8(ascii: "z"): value = c - UInt8(ascii: "a")
      case UInt8(ascii: "2")...UInt8(ascii: "7"): value = c - UInt8(ascii: "2") + 26
      default: return nil
      }
      buffer = (buffer << 5) | UInt32(value)
      bits += 5
      if bits >= 8 {
        bits -= 8
        out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
      }
    }
    // Leftover bits must be padding zeros, and fewer than one character's worth.
    if bits >= 5 || (buffer & ((1 << UInt32(bits)) - 1)) != 0 { return nil }
    return out
  }
}
