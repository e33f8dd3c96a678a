/// The codeword sequence of a QR code: the data stream, its Reed-Solomon blocks, and their
/// interleaving (ISO/IEC 18004, 7.4 and 7.6).
enum QRCodewords {
  /// One byte mode segment for `bytes`, then the terminator and the padding that fill the version's
  /// data codewords. The caller has checked that the bytes fit.
  static func byteModeData(_ bytes: [UInt8], version: Int, level: QRCode.ErrorCorrection) -> [UInt8] {
    let capacity = QRCapacity.dataCodewords(version: version, level: level)
    var bits = BitBuffer()
    bits.append(0b0100, width: 4)
    bits.append(bytes.count, width: QRCapacity.byteCountBits(version: version))
    for byte in bytes { bits.append(Int(byte), width: 8) }
    bits.append(0, width: min(4, capacity * 8 - bits.count))
    bits.append(0, width: (8 - bits.count % 8) % 8)
    var codewords = bits.bytes
    // The pad codewords 11101100 and 00010001 take turns (7.4.10).
    var pad: UInt8 = 0xEC
    while codewords.count < capacity {
      codewords.append(pad)
      pad ^= 0xEC ^ 0x11
    }
    return codewords
  }

  /// The data split into the version's blocks, each followed by its error correction, and then
  /// read out column by column so that a local smudge damages many blocks a little, not one a lot.
  static func interleaved(_ data: [UInt8], version: Int, level: QRCode.ErrorCorrection) -> [UInt8] {
    let blockCount = QRCapacity.blockCount(version: version, level: level)
    let eccLength = QRCapacity.errorCorrectionCodewordsPerBlock(version: version, level: level)
    let total = QRCapacity.totalCodewords(version: version)
    precondition(data.count == total - blockCount * eccLength, "the data must fill the version's data codewords")
    // Blocks differ by at most one data codeword; the longer ones come last.
    let shortBlocks = blockCount - total % blockCount
    let shortDataLength = total / blockCount - eccLength
    let code = ReedSolomon(degree: eccLength)
    var dataBlocks: [ArraySlice<UInt8>] = []
    var eccBlocks: [[UInt8]] = []
    var start = 0
    for index in 0..<blockCount {
      let end = start + shortDataLength + (index < shortBlocks ? 0 : 1)
      dataBlocks.append(data[start..<end])
      eccBlocks.append(code.remainder(data[start..<end]))
      start = end
    }
    var result: [UInt8] = []
    result.reserveCapacity(total)
    for column in 0...shortDataLength {
      for block in dataBlocks where column < block.count {
        result.append(block[block.startIndex + column])
      }
    }
    for column in 0..<eccLength {
      for block in eccBlocks { result.append(block[column]) }
    }
    return result
  }
}
