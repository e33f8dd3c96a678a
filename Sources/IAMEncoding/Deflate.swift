/// DEFLATE (RFC 1951) as one block with the fixed Huffman code and a greedy one-candidate
/// matcher. That is enough for images of a QR code, whose rows repeat whole: a 13 KB image packs
/// into a few hundred bytes. Data that does not shrink is sent as stored blocks instead.
enum Deflate {
  static func compress(_ data: [UInt8]) -> [UInt8] {
    let packed = fixedHuffman(data)
    let storedSize = data.count + 5 * max(1, (data.count + maxStoredBlock - 1) / maxStoredBlock)
    return packed.count <= storedSize ? packed : stored(data)
  }

  private static let maxStoredBlock = 65_535
  private static let window = 32_768
  private static let hashBits = 14

  /// Blocks of type 00: a header byte (the header's three bits, padded to the byte boundary), the
  /// length and its complement, and the bytes as they are.
  static func stored(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(data.count + 5 * (data.count / maxStoredBlock + 1))
    var start = 0
    repeat {
      let end = min(start + maxStoredBlock, data.count)
      let length = end - start
      out.append(end == data.count ? 1 : 0)
      out += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8 & 0xFF)]
      out += data[start..<end]
      start = end
    } while start < data.count
    return out
  }

  /// One final block of type 01. Each position looks up the last place its next three bytes were
  /// seen; a match there of three bytes or more becomes a length and distance, anything else a literal.
  static func fixedHuffman(_ data: [UInt8]) -> [UInt8] {
    var out = DeflateBits()
    out.write(0b011, width: 3)  // BFINAL = 1, BTYPE = 01 (the fixed code), first bit first
    var lastSeen = [Int32](repeating: -1, count: 1 << hashBits)
    let count = data.count
    data.withUnsafeBufferPointer { bytes in
      func hash(_ i: Int) -> Int {
        (Int(bytes[i]) << 10 ^ Int(bytes[i + 1]) << 5 ^ Int(bytes[i + 2])) & (1 << hashBits - 1)
      }
      var i = 0
      while i < count {
        var length = 0
        var distance = 0
        if i + 2 < count {
          let key = hash(i)
          let candidate = Int(lastSeen[key])
          lastSeen[key] = Int32(i)
          if candidate >= 0 && i - candidate <= window {
            let limit = min(258, count - i)
            while length < limit && bytes[candidate + length] == bytes[i + length] { length += 1 }
            distance = i - candidate
          }
        }
        if length >= 3 {
          out.writeLength(length)
          out.writeDistance(distance)
          // Positions inside the match are remembered too, so later matches may start there.
          for j in i + 1..<min(i + length, count - 2) { lastSeen[hash(j)] = Int32(j) }
          i += length
        } else {
          out.writeSymbol(Int(bytes[i]))
          i += 1
        }
      }
    }
    out.writeSymbol(256)  // end of block
    return out.finish()
  }
}

/// Bits packed the way DEFLATE wants them: least significant first, except Huffman codes, which
/// go most significant first (RFC 1951, 3.1.1).
private struct DeflateBits {
  private var bytes: [UInt8] = []
  private var buffer: UInt64 = 0
  private var pending = 0

  mutating func write(_ value: Int, width: Int) {
    buffer |= UInt64(value) << UInt64(pending)
    pending += width
    while pending >= 8 {
      bytes.append(UInt8(truncatingIfNeeded: buffer))
      buffer >>= 8
      pending -= 8
    }
  }

  mutating func writeCode(_ code: Int, width: Int) {
    var reversed = 0
    for bit in 0..<width { reversed |= (code >> bit & 1) << (width - 1 - bit) }
    write(reversed, width: width)
  }

  /// A literal byte (0-255), the end of block (256) or a length code (257-285) in the fixed code.
  mutating func writeSymbol(_ symbol: Int) {
    switch symbol {
    case 0..<144: writeCode(0x30 + symbol, width: 8)
    case 144..<256: writeCode(0x190 + symbol - 144, width: 9)
    case 256..<280: writeCode(symbol - 256, width: 7)
    default: writeCode(0xC0 + symbol - 280, width: 8)
    }
  }

  /// A match length, 3-258: its code and the extra bits that pick the length within the code's range.
  mutating func writeLength(_ length: Int) {
    let index = Self.lengthBase.lastIndex { $0 <= length }!
    writeSymbol(257 + index)
    write(length - Self.lengthBase[index], width: Self.lengthExtraBits[index])
  }

  /// A match distance, 1-32768: a five-bit code and its extra bits.
  mutating func writeDistance(_ distance: Int) {
    let index = Self.distanceBase.lastIndex { $0 <= distance }!
    writeCode(index, width: 5)
    write(distance - Self.distanceBase[index], width: Self.distanceExtraBits[index])
  }

  mutating func finish() -> [UInt8] {
    if pending > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
    return bytes
  }

  // RFC 1951, 3.2.5.
  private static let lengthBase = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
  ]
  private static let lengthExtraBits = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
  ]
  private static let distanceExtraBits = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]
}
