/// PBKDF2 (RFC 8018, section 5.2) with HMAC over a `BlockHash` as its pseudorandom function:
/// PBKDF2-HMAC-SHA256 is how the store keeps console passwords (D11).
///
/// The work is `iterations` HMACs per block of output. Each HMAC here costs two compressions:
/// the key's padded blocks were absorbed once (see `HMAC`), and the 32- or 20-byte message of
/// every iteration after the first fits, with its padding, in one block whose padding never
/// changes. Checked against the published PBKDF2-HMAC-SHA256 vectors, RFC 6070 (SHA-1), openssl
/// and Python's hashlib.
public enum PBKDF2<Hash: BlockHash> {
  public static func derive(password: [UInt8], salt: [UInt8], iterations: Int, keyByteCount: Int) -> [UInt8] {
    precondition(iterations >= 1 && keyByteCount >= 1, "PBKDF2 needs at least one iteration and one byte")
    let hmac = HMAC<Hash>(key: password)
    let size = Hash.digestByteCount
    var key: [UInt8] = []
    key.reserveCapacity(keyByteCount + size)
    var blockIndex: UInt32 = 1
    while key.count < keyByteCount {
      key += block(hmac, salt: salt, index: blockIndex, iterations: iterations)
      blockIndex += 1
    }
    return Array(key.prefix(keyByteCount))
  }

  /// T_i = U_1 ^ U_2 ^ ... ^ U_c, with U_1 = HMAC(salt || INT(i)) and U_j = HMAC(U_{j-1}).
  private static func block(_ hmac: HMAC<Hash>, salt: [UInt8], index: UInt32, iterations: Int) -> [UInt8] {
    var first = salt
    withUnsafeBytes(of: index.bigEndian) { first.append(contentsOf: $0) }
    var result = hmac.authenticate(first)
    let size = Hash.digestByteCount
    // Both HMAC stages hash a message of `size` bytes after one block of key: the same padding,
    // written once into each stage's block; only the first `size` bytes change.
    withUnsafeTemporaryAllocation(byteCount: 128, alignment: 8) { blocks in
      let innerBlock = UnsafeMutableRawBufferPointer(rebasing: blocks[0..<64])
      let outerBlock = UnsafeMutableRawBufferPointer(rebasing: blocks[64..<128])
      _ = Hash.pad(innerBlock, used: size, messageLength: 64 + size)
      _ = Hash.pad(outerBlock, used: size, messageLength: 64 + size)
      result.withUnsafeBytes { innerBlock.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: size) }
      result.withUnsafeMutableBytes { total in
        for _ in 1..<iterations {
          var state = hmac.inner
          Hash.compress(&state, innerBlock.baseAddress!)
          Hash.write(state, to: outerBlock.baseAddress!)
          state = hmac.outer
          Hash.compress(&state, outerBlock.baseAddress!)
          // U_j is the next iteration's message, and goes into T.
          Hash.write(state, to: innerBlock.baseAddress!)
          for offset in 0..<size { total[offset] ^= innerBlock[offset] }
        }
      }
    }
    return result
  }
}
