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
    Int(blocks[level.tableIndex][version - 1])
  }

  static func errorCorrectionCodewordsPerBlock(version: Int, level: QRCode.ErrorCorrection) -> Int {
    Int(codewordsPerBlock[level.tableIndex][version - 1])
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

  // Table 9, by level (L, M, Q, H) and then version 1-40.
  private static let codewordsPerBlock: [[UInt8]] = [
    [
      7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
      28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
      10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
      26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ],
    [
      13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
      28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
      17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
      30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
  ]

  private static let blocks: [[UInt8]] = [
    [
      1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
      8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
    ],
    [
      1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
      17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ],
    [
      1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
      23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
    ],
    [
      1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
      25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
    ],
  ]
}
