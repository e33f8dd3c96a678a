/// SHA-1 as specified in FIPS 180-4, section 6.1.
///
/// Not for security: certificates are identified by the SHA-1 fingerprint of their DER, as
/// `openssl x509 -fingerprint -sha1` shows it, and TOTP is defined over HMAC-SHA-1. Written here
/// because the project takes no third-party packages (D7); checked against the FIPS vectors and openssl.
public enum SHA1 {
  public static let digestByteCount = 20

  /// The digest of `bytes`. One pass over the message, one 80-word schedule reused for every block.
  public static func hash(_ bytes: [UInt8]) -> [UInt8] {
    var state: (UInt32, UInt32, UInt32, UInt32, UInt32) = (
      0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476, 0xc3d2_e1f0
    )
    var schedule = [UInt32](repeating: 0, count: 80)
    let wholeBlocks = bytes.count / 64 * 64
    schedule.withUnsafeMutableBufferPointer { w in
      bytes.withUnsafeBufferPointer { message in
        var offset = 0
        while offset < wholeBlocks {
          compress(&state, UnsafeBufferPointer(rebasing: message[offset..<offset + 64]), w)
          offset += 64
        }
      }
      for block in paddedTail(of: bytes, from: wholeBlocks) {
        block.withUnsafeBufferPointer { compress(&state, $0, w) }
      }
    }
    var digest: [UInt8] = []
    digest.reserveCapacity(digestByteCount)
    for word in [state.0, state.1, state.2, state.3, state.4] {
      digest.append(UInt8(truncatingIfNeeded: word >> 24))
      digest.append(UInt8(truncatingIfNeeded: word >> 16))
      digest.append(UInt8(truncatingIfNeeded: word >> 8))
      digest.append(UInt8(truncatingIfNeeded: word))
    }
    return digest
  }

  /// The last partial block with the 0x80 marker, zeros and the 64-bit bit length: one or two blocks.
  private static func paddedTail(of bytes: [UInt8], from start: Int) -> [[UInt8]] {
    var tail = Array(bytes[start...])
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    let bitLength = UInt64(bytes.count) &* 8
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    return tail.count == 64 ? [tail] : [Array(tail[0..<64]), Array(tail[64..<128])]
  }

  private static func compress(
    _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32), _ block: UnsafeBufferPointer<UInt8>,
    _ w: UnsafeMutableBufferPointer<UInt32>
  ) {
    for t in 0..<16 {
      w[t] =
        UInt32(block[4 * t]) << 24 | UInt32(block[4 * t + 1]) << 16 | UInt32(block[4 * t + 2]) << 8
        | UInt32(block[4 * t + 3])
    }
    for t in 16..<80 { w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1) }
    var (a, b, c, d, e) = state
    for t in 0..<80 {
      let f: UInt32
      let k: UInt32
      switch t {
      case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5a82_7999)
      case 20..<40: (f, k) = (b ^ c ^ d, 0x6ed9_eba1)
      case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc)
      default: (f, k) = (b ^ c ^ d, 0xca62_c1d6)
      }
      let temp = rotl(a, 5) &+ f &+ e &+ k &+ w[t]
      e = d
      d = c
      c = rotl(b, 30)
      b = a
      a = temp
    }
    state = (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e)
  }

  @inline(__always)
  private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
}
