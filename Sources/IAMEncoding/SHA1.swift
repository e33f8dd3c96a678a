/// SHA-1 as specified in FIPS 180-4, section 6.1.
///
/// Not for security: certificates are identified by the SHA-1 fingerprint of their DER, as
/// `openssl x509 -fingerprint -sha1` shows it, and TOTP is defined over HMAC-SHA-1. Written here
/// because the project takes no third-party packages (D7); checked against the FIPS vectors and openssl.
public enum SHA1: BlockHash {
  public static let digestByteCount = 20

  public struct State: Sendable {
    var h0: UInt32 = 0x6745_2301, h1: UInt32 = 0xefcd_ab89, h2: UInt32 = 0x98ba_dcfe
    var h3: UInt32 = 0x1032_5476, h4: UInt32 = 0xc3d2_e1f0
  }

  public static var initialState: State { State() }

  public static func write(_ state: State, to output: UnsafeMutableRawPointer) {
    output.storeBytes(of: state.h0.bigEndian, toByteOffset: 0, as: UInt32.self)
    output.storeBytes(of: state.h1.bigEndian, toByteOffset: 4, as: UInt32.self)
    output.storeBytes(of: state.h2.bigEndian, toByteOffset: 8, as: UInt32.self)
    output.storeBytes(of: state.h3.bigEndian, toByteOffset: 12, as: UInt32.self)
    output.storeBytes(of: state.h4.bigEndian, toByteOffset: 16, as: UInt32.self)
  }

  @inline(__always)
  public static func compress(_ state: inout State, _ block: UnsafeRawPointer) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
      let w = w.baseAddress!
      for t in 0..<16 {
        w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self))
      }
      for t in 16..<80 { w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1) }
      var a = state.h0, b = state.h1, c = state.h2, d = state.h3, e = state.h4
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
      state.h0 &+= a
      state.h1 &+= b
      state.h2 &+= c
      state.h3 &+= d
      state.h4 &+= e
    }
  }

  @inline(__always)
  private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
}
