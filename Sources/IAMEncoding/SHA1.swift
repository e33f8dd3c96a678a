/// SHA-1 as specified in FIPS 180-4, section 6.1.
///
/// Not for security: certificates are identified by the SHA-1 fingerprint of their DER, as
/// `openssl x509 -fingerprint -sha1` shows it, and TOTP is defined over HMAC-SHA-1. Written here
/// because the project takes no third-party packages (D7); checked against the FIPS vectors and openssl.
public enum SHA1: BlockHash {
  public static let digestByteCount = 20

  public struct State: Sendable {
    var h: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476, 0xc3d2_e1f0)
  }

  public static var initialState: State { State() }

  public static func write(_ state: State, to output: UnsafeMutableRawPointer) {
    withUnsafeBytes(of: state.h) { storeWords($0.bindMemory(to: UInt32.self), to: output) }
  }

  @inline(__always)
  public static func compress(_ state: inout State, _ block: UnsafeRawPointer) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
      let w = w.baseAddress!
      loadWords(block, into: w)
      for t in 16..<80 { w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1) }
      var (a, b, c, d, e) = state.h
      // A loop for each of the four functions, rather than a choice among them every round.
      @inline(__always)
      func round(_ t: Int, _ f: UInt32, _ k: UInt32) {
        let temp = rotl(a, 5) &+ f &+ e &+ k &+ w[t]
        e = d
        d = c
        c = rotl(b, 30)
        b = a
        a = temp
      }
      for t in 0..<20 { round(t, (b & c) | (~b & d), 0x5a82_7999) }
      for t in 20..<40 { round(t, b ^ c ^ d, 0x6ed9_eba1) }
      for t in 40..<60 { round(t, (b & c) | (b & d) | (c & d), 0x8f1b_bcdc) }
      for t in 60..<80 { round(t, b ^ c ^ d, 0xca62_c1d6) }
      let old = state.h
      state.h = (old.0 &+ a, old.1 &+ b, old.2 &+ c, old.3 &+ d, old.4 &+ e)
    }
  }

  @inline(__always)
  private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
}
