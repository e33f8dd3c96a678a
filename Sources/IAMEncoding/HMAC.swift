/// HMAC (RFC 2104) over any `BlockHash`: HMAC-SHA-256 for passwords, HMAC-SHA-1 for TOTP.
///
/// The key's two padded blocks are absorbed once, at initialisation; each message then costs only
/// the blocks of the message itself and one block of the outer hash. Checked against RFC 4231
/// (SHA-256) and RFC 2202 (SHA-1).
public struct HMAC<Hash: BlockHash>: Sendable {
  /// The hash state after the key XOR ipad, and after the key XOR opad.
  let inner: Hash.State
  let outer: Hash.State

  public init(key: [UInt8]) {
    // A key longer than a block is replaced by its digest; a shorter one is padded with zeros.
    let key = key.count > Hash.blockByteCount ? Hash.hash(key) : key
    var inner = Hash.initialState
    var outer = Hash.initialState
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { block in
      for index in 0..<64 { block[index] = (index < key.count ? key[index] : 0) ^ 0x36 }
      Hash.compress(&inner, UnsafeRawPointer(block.baseAddress!))
      for index in 0..<64 { block[index] ^= 0x36 ^ 0x5c }
      Hash.compress(&outer, UnsafeRawPointer(block.baseAddress!))
      for index in 0..<64 { block[index] = 0 }
    }
    self.inner = inner
    self.outer = outer
  }

  /// The authentication code of `message`.
  public func authenticate(_ message: [UInt8]) -> [UInt8] {
    let innerDigest = message.withUnsafeBytes { Hash.finish(inner, absorbed: 64, $0) }
    return innerDigest.withUnsafeBytes { Hash.finish(outer, absorbed: 64, $0) }
  }

  /// The authentication code of `message` under `key`, in one call.
  public static func authenticate(_ message: [UInt8], key: [UInt8]) -> [UInt8] {
    HMAC(key: key).authenticate(message)
  }
}
