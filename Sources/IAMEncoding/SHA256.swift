/// SHA-256 as specified in FIPS 180-4, section 6.2.
///
/// Used to store secrets as salted hashes, for passwords through PBKDF2, and to derive
/// deterministic ids. Written here because the project takes no third-party packages (D7); checked
/// against the FIPS test vectors.
public struct SHA256: Sendable {
  public static let digestByteCount = 32

  public struct State: Sendable {
    var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
  }

  private var state = State()
  private var pending: [UInt8] = []
  private var messageLength = 0

  public init() {}

  /// The digest of `bytes` in one call.
  public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
    // Callers in other modules run a generic entry point unspecialised, one witness call per
    // byte; copying into an array once lets the hashing run as compiled for [UInt8].
    let array = Array(bytes)
    return array.withUnsafeBytes { finish(State(), absorbed: 0, $0) }
  }

  public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    pending.append(contentsOf: bytes)
    let whole = pending.count / 64 * 64
    guard whole > 0 else { return }
    pending.withUnsafeBytes { buffer in
      var offset = 0
      while offset < whole {
        SHA256.compress(&state, buffer.baseAddress! + offset)
        offset += 64
      }
    }
    messageLength += whole
    pending.removeFirst(whole)
  }

  public consuming func finalize() -> [UInt8] {
    let absorbed = messageLength
    let state = self.state
    return pending.withUnsafeBytes { SHA256.finish(state, absorbed: absorbed, $0) }
  }
}

extension SHA256: BlockHash {
  public static var initialState: State { State() }

  public static func write(_ state: State, to output: UnsafeMutableRawPointer) {
    withUnsafeBytes(of: state.h) { storeWords($0.bindMemory(to: UInt32.self), to: output) }
  }

  /// One block. PBKDF2 spends nearly all its time here, so the schedule lives on the stack and
  /// the loops touch no array that would need bounds checks or reference counting.
  @inline(__always)
  public static func compress(_ state: inout State, _ block: UnsafeRawPointer) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
      let w = w.baseAddress!
      loadWords(block, into: w)
      for t in 16..<64 {
        let x = w[t - 15]
        let y = w[t - 2]
        let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
        let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
      }
      var (a, b, c, d, e, f, g, h) = state.h
      // Eight rounds at a time, each naming the working variables in turn, so that the values
      // stay where they are instead of moving down one variable every round.
      roundConstants.withUnsafeBufferPointer { k in
        for t in stride(from: 0, to: 64, by: 8) {
          round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
          round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
          round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
          round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
          round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
          round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
          round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
          round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
        }
      }
      let old = state.h
      state.h = (old.0 &+ a, old.1 &+ b, old.2 &+ c, old.3 &+ d, old.4 &+ e, old.5 &+ f, old.6 &+ g, old.7 &+ h)
    }
  }

  /// One round of FIPS 180-4 6.2.2 step 3 on working variables a to h: `d` becomes the next
  /// round's `e` and `h` its `a`; the others keep their values under the next round's names.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ constantAndWord: UInt32
  ) {
    let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ constantAndWord
    let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
    d = d &+ t1
    h = t1 &+ t2
  }

  @inline(__always)
  private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]
}
