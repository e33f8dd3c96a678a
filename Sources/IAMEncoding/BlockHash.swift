/// A hash function built the way SHA-1 and SHA-256 are (FIPS 180-4): a state updated by a
/// compression function, one 64-byte block at a time, over the message padded with 0x80, zeros
/// and the message's length in bits as a big-endian 64-bit number.
///
/// The state and the compression are exposed, and not only `hash`, because HMAC and PBKDF2 start
/// from a state that has already absorbed the key's padded block: computed once, it saves one
/// compression per HMAC, which is half the cost of each PBKDF2 iteration.
public protocol BlockHash {
  associatedtype State: Sendable
  static var digestByteCount: Int { get }
  static var initialState: State { get }
  /// Absorbs the 64 bytes at `block`.
  static func compress(_ state: inout State, _ block: UnsafeRawPointer)
  /// Writes the digest of `state`, its words big-endian, to the `digestByteCount` bytes at `output`.
  static func write(_ state: State, to output: UnsafeMutableRawPointer)
}

extension BlockHash {
  public static var blockByteCount: Int { 64 }

  /// The digest of `bytes`.
  public static func hash(_ bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBytes { finish(initialState, absorbed: 0, $0) }
  }

  /// The digest of a message whose first `absorbed` bytes (whole blocks) `state` has taken in
  /// already and whose remaining bytes are `rest`.
  static func finish(_ state: State, absorbed: Int, _ rest: UnsafeRawBufferPointer) -> [UInt8] {
    var state = state
    let whole = rest.count / 64 * 64
    var offset = 0
    while offset < whole {
      compress(&state, rest.baseAddress! + offset)
      offset += 64
    }
    withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { tail in
      let remaining = rest.count - whole
      if remaining > 0 { tail.baseAddress!.copyMemory(from: rest.baseAddress! + whole, byteCount: remaining) }
      let blocks = pad(tail, used: remaining, messageLength: absorbed + rest.count)
      for block in 0..<blocks { compress(&state, tail.baseAddress! + 64 * block) }
    }
    var digest = [UInt8](repeating: 0, count: digestByteCount)
    digest.withUnsafeMutableBytes { write(state, to: $0.baseAddress!) }
    return digest
  }

  /// The first 16 words of the message schedule: the block's bytes as big-endian words.
  @inline(__always)
  static func loadWords(_ block: UnsafeRawPointer, into w: UnsafeMutablePointer<UInt32>) {
    for t in 0..<16 { w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * t, as: UInt32.self)) }
  }

  /// Writes `words` big-endian from `output` on: a digest.
  @inline(__always)
  static func storeWords(_ words: UnsafeBufferPointer<UInt32>, to output: UnsafeMutableRawPointer) {
    for (index, word) in words.enumerated() {
      output.storeBytes(of: word.bigEndian, toByteOffset: 4 * index, as: UInt32.self)
    }
  }

  /// Completes the last block in `tail` (its first `used` bytes hold the end of the message) with
  /// the padding and the length; returns how many blocks that makes, 1 or 2.
  @inline(__always)
  static func pad(_ tail: UnsafeMutableRawBufferPointer, used: Int, messageLength: Int) -> Int {
    let blocks = used < 56 ? 1 : 2
    tail[used] = 0x80
    let lengthAt = blocks * 64 - 8
    for index in used + 1..<lengthAt { tail[index] = 0 }
    tail.storeBytes(of: (UInt64(messageLength) &* 8).bigEndian, toByteOffset: lengthAt, as: UInt64.self)
    return blocks
  }
}
