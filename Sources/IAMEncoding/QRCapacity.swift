/// How many codewords each QR code version holds and how its error correction is laid out in
/// blocks (ISO/IEC 18004, tables 1 and 9).
enum QRCapacity {
  static let versions = 1...40

  /// The sides of a symbol: 21 modules for version 1, four more for each version after it.
  static func size(version: Int) -> Int { 17 + 4 * version }

  /// Codewords of all kinds a version holds: its modules less the function patterns and the
  /// format and version information, divided by eight (the few bits left over are remainder bits).
  static func totalCodewords(version: Int) -> Int {
    let side = size(version: version)
    var modules = side * side
    modules -= 3 * 64 + 31  // finder patterns with their separators, format information and the dark module
    modules -= 2 * (side - 16)  // timing patterns
    if version >= 2 {
      let count = version / 7 + 2  // alignment pattern centres along one side
      let patterns = count * count - 3  // none where a finder pattern is
      let onTiming = 2 * (count - 2)  // these share five modules each with a timing pattern
      modules -= patterns * 25 - onTiming * 5
    }
    if version >= 7 { modules -= 36 }  // two copies of the version information
    return modules / 8
  }

  static func blockCount(version: Int, level: QRCode.ErrorCorrection) -> Int {
    Int(blockStructure[version - 1][level.tableIndex].blocks)
  }

  static func errorCorrectionCodewordsPerBlock(version: Int, level: QRCode.ErrorCorrection) -> Int {
    Int(blockStructure[version - 1][level.tableIndex].codewords)
  }

  static func dataCodewords(version: Int, level: QRCode.ErrorCorrection) -> Int {
    totalCodewords(version: version)
      - blockCount(version: version, level: level) * errorCorrectionCodewordsPerBlock(version: version, level: level)
  }

  /// The width of a byte mode segment's character count (ISO/IEC 18004, table 3).
  static func byteCountBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

  /// The most bytes one byte mode segment carries in `version` at `level`.
  static func byteCapacity(version: Int, level: QRCode.ErrorCorrection) -> Int {
    (dataCodewords(version: version, level: level) * 8 - 4 - byteCountBits(version: version)) / 8
  }

  // Table 9: for each version, the error correction codewords per block and the number of blocks
  // at L, M, Q and H.
  private static let blockStructure: [[(codewords: UInt8, blocks: UInt8)]] = [
    [(7, 1), (10, 1), (13, 1), (17, 1)],  // 1
    [(10, 1), (16, 1), (22, 1), (28, 1)],  // 2
    [(15, 1), (26, 1), (18, 2), (22, 2)],  // 3
    [(20, 1), (18, 2), (26, 2), (16, 4)],  // 4
    [(26, 1), (24, 2), (18, 4), (22, 4)],  // 5
    [(18, 2), (16, 4), (24, 4), (28, 4)],  // 6
    [(20, 2), (18, 4), (18, 6), (26, 5)],  // 7
    [(24, 2), (22, 4), (22, 6), (26, 6)],  // 8
    [(30, 2), (22, 5), (20, 8), (24, 8)],  // 9
    [(18, 4), (26, 5), (24, 8), (28, 8)],  // 10
    [(20, 4), (30, 5), (28, 8), (24, 11)],  // 11
    [(24, 4), (22, 8), (26, 10), (28, 11)],  // 12
    [(26, 4), (22, 9), (24, 12), (22, 16)],  // 13
    [(30, 4), (24, 9), (20, 16), (24, 16)],  // 14
    [(22, 6), (24, 10), (30, 12), (24, 18)],  // 15
    [(24, 6), (28, 10), (24, 17), (30, 16)],  // 16
    [(28, 6), (28, 11), (28, 16), (28, 19)],  // 17
    [(30, 6), (26, 13), (28, 18), (28, 21)],  // 18
    [(28, 7), (26, 14), (26, 21), (26, 25)],  // 19
    [(28, 8), (26, 16), (30, 20), (28, 25)],  // 20
    [(28, 8), (26, 17), (28, 23), (30, 25)],  // 21
    [(28, 9), (28, 17), (30, 23), (24, 34)],  // 22
    [(30, 9), (28, 18), (30, 25), (30, 30)],  // 23
    [(30, 10), (28, 20), (30, 27), (30, 32)],  // 24
    [(26, 12), (28, 21), (30, 29), (30, 35)],  // 25
    [(28, 12), (28, 23), (28, 34), (30, 37)],  // 26
    [(30, 12), (28, 25), (30, 34), (30, 40)],  // 27
    [(30, 13), (28, 26), (30, 35), (30, 42)],  // 28
    [(30, 14), (28, 28), (30, 38), (30, 45)],  // 29
    [(30, 15), (28, 29), (30, 40), (30, 48)],  // 30
    [(30, 16), (28, 31), (30, 43), (30, 51)],  // 31
    [(30, 17), (28, 33), (30, 45), (30, 54)],  // 32
    [(30, 18), (28, 35), (30, 48), (30, 57)],  // 33
    [(30, 19), (28, 37), (30, 51), (30, 60)],  // 34
    [(30, 19), (28, 38), (30, 53), (30, 63)],  // 35
    [(30, 20), (28, 40), (30, 56), (30, 66)],  // 36
    [(30, 21), (28, 43), (30, 59), (30, 70)],  // 37
    [(30, 22), (28, 45), (30, 62), (30, 74)],  // 38
    [(30, 24), (28, 47), (30, 65), (30, 77)],  // 39
    [(30, 25), (28, 49), (30, 68), (30, 81)],  // 40
  ]
}
