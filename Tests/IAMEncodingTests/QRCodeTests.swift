import Testing

@testable import IAMEncoding

@Suite struct QRCodeTests {
  static func rows(_ symbol: QRCode) -> [String] {
    (0..<symbol.size).map { y in String((0..<symbol.size).map { x in symbol.isDark(x: x, y: y) ? "1" : "0" }) }
  }

  /// The symbol of ISO/IEC 18004 annex I ("01234567" in numeric mode at 1-M), built from the
  /// annex's data codewords: the encoder must pick the annex's mask (010) and draw every module as
  /// the annex does.
  @Test func standardsWorkedExample() {
    let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
    let symbol = QRCode(version: 1, errorCorrection: .medium, dataCodewords: data)
    #expect(symbol.mask == 2)
    #expect(
      Self.rows(symbol) == [
        "111111100101101111111",
        "100000100111101000001",
        "101110101000001011101",
        "101110101100001011101",
        "101110101011101011101",
        "100000101000101000001",
        "111111101010101111111",
        "000000001001100000000",
        "101111100100101111100",
        "000101011010100101100",
        "001000110101010011111",
        "000010000100000111100",
        "000111111001010010000",
        "000000001011111001100",
        "111111100110101100000",
        "100000101011111000101",
        "101110101000100101100",
        "101110101100100100000",
        "101110101011010010100",
        "100000100000000110110",
        "111111101111010010100",
      ])
  }

  /// The data stream of a byte mode segment, worked out by hand: mode 0100, the count, the bytes,
  /// the terminator 0000, and the pad codewords 11101100 and 00010001 in turn (the same padding
  /// as in annex I's data codewords).
  @Test func byteModeDataCodewords() {
    // 0100 00000010 01100001 01100010 0000 → 40 26 16 20, then 12 pad codewords for 1-M's 16.
    #expect(
      QRCodewords.byteModeData(Array("ab".utf8), version: 1, level: .medium)
        == [0x40, 0x26, 0x16, 0x20, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11])
    // A full 1-M symbol: 4 + 8 + 14 × 8 bits leave room for the terminator and nothing else.
    let full = QRCodewords.byteModeData([UInt8](repeating: 0xFF, count: 14), version: 1, level: .medium)
    #expect(full == [0x40, 0xEF] + [UInt8](repeating: 0xFF, count: 13) + [0xF0])
    // From version 10 on the count has 16 bits: 0100 0000000000000001 01111010 0000.
    let wide = QRCodewords.byteModeData(Array("z".utf8), version: 10, level: .high)
    #expect(wide.prefix(5) == [0x40, 0x00, 0x17, 0xA0, 0xEC])
    #expect(wide.count == QRCapacity.dataCodewords(version: 10, level: .high))
  }

  /// ISO/IEC 18004 table C.1: the format information for each level and mask.
  @Test func formatInformationTable() {
    let table: [(QRCode.ErrorCorrection, [Int])] = [
      (.low, [0x77C4, 0x72F3, 0x7DAA, 0x789D, 0x662F, 0x6318, 0x6C41, 0x6976]),
      (.medium, [0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0]),
      (.quartile, [0x355F, 0x3068, 0x3F31, 0x3A06, 0x24B4, 0x2183, 0x2EDA, 0x2BED]),
      (.high, [0x1689, 0x13BE, 0x1CE7, 0x19D0, 0x0762, 0x0255, 0x0D0C, 0x083B]),
    ]
    for (level, words) in table {
      #expect((0..<8).map { QRFormatInformation.formatBits(level: level, mask: $0) } == words, "\(level)")
    }
  }

  /// ISO/IEC 18004 table D.1: the version information of versions 7-40.
  @Test func versionInformationTable() {
    let table = [
      0x07C94, 0x085BC, 0x09A99, 0x0A4D3, 0x0BBF6, 0x0C762, 0x0D847, 0x0E60D, 0x0F928, 0x10B78, 0x1145D,
      0x12A17, 0x13532, 0x149A6, 0x15683, 0x168C9, 0x177EC, 0x18EC4, 0x191E1, 0x1AFAB, 0x1B08E, 0x1CC1A,
      0x1D33F, 0x1ED75, 0x1F250, 0x209D5, 0x216F0, 0x228BA, 0x2379F, 0x24B0B, 0x2542E, 0x26A64, 0x27541,
      0x28C69,
    ]
    #expect((7...40).map { QRFormatInformation.versionBits(version: $0) } == table)
  }

  /// ISO/IEC 18004 annex E: the rows and columns of alignment pattern centres.
  @Test func alignmentPatternTable() {
    let table: [[Int]] = [
      [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
      [6, 30, 54], [6, 32, 58], [6, 34, 62], [6, 26, 46, 66], [6, 26, 48, 70], [6, 26, 50, 74], [6, 30, 54, 78],
      [6, 30, 56, 82], [6, 30, 58, 86], [6, 34, 62, 90], [6, 28, 50, 72, 94], [6, 26, 50, 74, 98],
      [6, 30, 54, 78, 102], [6, 28, 54, 80, 106], [6, 32, 58, 84, 110], [6, 30, 58, 86, 114],
      [6, 34, 62, 90, 118], [6, 26, 50, 74, 98, 122], [6, 30, 54, 78, 102, 126], [6, 26, 52, 78, 104, 130],
      [6, 30, 56, 82, 108, 134], [6, 34, 60, 86, 112, 138], [6, 30, 58, 86, 114, 142], [6, 34, 62, 90, 118, 146],
      [6, 30, 54, 78, 102, 126, 150], [6, 24, 50, 76, 102, 128, 154], [6, 28, 54, 80, 106, 132, 158],
      [6, 32, 58, 84, 110, 136, 162], [6, 26, 54, 82, 110, 138, 166], [6, 30, 58, 86, 114, 142, 170],
    ]
    #expect((1...40).map { QRMatrix.alignmentPatternCentres(version: $0) } == table)
  }

  /// ISO/IEC 18004 table 7, byte mode: the most bytes each version holds at L, M, Q and H.
  static let byteCapacities: [[Int]] = [
    [17, 14, 11, 7], [32, 26, 20, 14], [53, 42, 32, 24], [78, 62, 46, 34], [106, 84, 60, 44],
    [134, 106, 74, 58], [154, 122, 86, 64], [192, 152, 108, 84], [230, 180, 130, 98], [271, 213, 151, 119],
    [321, 251, 177, 137], [367, 287, 203, 155], [425, 331, 241, 177], [458, 362, 258, 194], [520, 412, 292, 220],
    [586, 450, 322, 250], [644, 504, 364, 280], [718, 560, 394, 310], [792, 624, 442, 338], [858, 666, 482, 382],
    [929, 711, 509, 403], [1003, 779, 565, 439], [1091, 857, 611, 461], [1171, 911, 661, 511],
    [1273, 997, 715, 535], [1367, 1059, 751, 593], [1465, 1125, 805, 625], [1528, 1190, 868, 658],
    [1628, 1264, 908, 698], [1732, 1370, 982, 742], [1840, 1452, 1030, 790], [1952, 1538, 1112, 842],
    [2068, 1628, 1168, 898], [2188, 1722, 1228, 958], [2303, 1809, 1283, 983], [2431, 1911, 1351, 1051],
    [2563, 1989, 1423, 1093], [2699, 2099, 1499, 1139], [2809, 2213, 1579, 1219], [2953, 2331, 1663, 1273],
  ]

  @Test func capacityTable() {
    let levels = QRCode.ErrorCorrection.allCases
    for version in 1...40 {
      let capacities = levels.map { QRCapacity.byteCapacity(version: version, level: $0) }
      #expect(capacities == Self.byteCapacities[version - 1], "version \(version)")
    }
    // Table 1's codeword totals for a few versions.
    for (version, total) in [(1, 26), (2, 44), (6, 172), (7, 196), (10, 346), (14, 581), (40, 3706)] {
      #expect(QRCapacity.totalCodewords(version: version) == total, "version \(version)")
    }
  }

  /// The smallest version that fits: a full version stays in it, one byte more moves up.
  @Test(arguments: QRCode.ErrorCorrection.allCases)
  func smallestVersionThatFits(level: QRCode.ErrorCorrection) throws {
    let column = QRCode.ErrorCorrection.allCases.firstIndex(of: level)!
    for version in [1, 2, 6, 9, 10] {
      let full = Self.byteCapacities[version - 1][column]
      let fits = try QRCode.encode([UInt8](repeating: 0x61, count: full), errorCorrection: level)
      let overflows = try QRCode.encode([UInt8](repeating: 0x61, count: full + 1), errorCorrection: level)
      #expect(fits.version == version)
      #expect(overflows.version == version + 1)
    }
  }

  @Test func tooLongForVersion40() throws {
    let limit = Self.byteCapacities[39][0]
    #expect(try QRCode.encode([UInt8](repeating: 0x30, count: limit), errorCorrection: .low).version == 40)
    #expect(throws: QRCodeError.dataTooLong(byteCount: limit + 1, capacity: limit)) {
      try QRCode.encode([UInt8](repeating: 0x30, count: limit + 1), errorCorrection: .low)
    }
  }

  /// Authenticator URIs with the 32 and 64 character secrets IAM uses are small symbols at M.
  @Test func otpauthURIsAtTheDefaultLevel() throws {
    let short = "otpauth://totp/alice-phone@alice?secret=" + String(repeating: "JBSWY3DP", count: 4)
    let long = "otpauth://totp/bob-phone@123456789012?secret=" + String(repeating: "JBSWY3DP", count: 8)
    let shortSymbol = try QRCode.encode(Array(short.utf8))
    #expect(shortSymbol.errorCorrection == .medium)
    #expect(shortSymbol.version == 5)
    #expect(try QRCode.encode(Array(long.utf8)).version == 7)
  }

  @Test func emptyDataIsAVersion1Symbol() throws {
    #expect(try QRCode.encode([]).size == 21)
  }

  @Test func outsideTheSymbolIsLight() throws {
    let symbol = try QRCode.encode(Array("x".utf8))
    for (x, y) in [(-1, 0), (0, -1), (21, 0), (0, 21), (-4, -4)] { #expect(!symbol.isDark(x: x, y: y)) }
    #expect(symbol.isDark(x: 0, y: 0))
  }

  /// Reads back what a decoder reads first: finder patterns, timing patterns, the dark module and
  /// both copies of the format and version information, in symbols of every structure.
  @Test(arguments: [1, 2, 6, 7, 13, 14, 21, 28, 32, 35, 40])
  func functionPatternsAndInformation(version: Int) throws {
    let level = QRCode.ErrorCorrection.allCases[version % 4]
    let count = Self.byteCapacities[version - 1][version % 4]
    let symbol = try QRCode.encode(randomBytes(count), errorCorrection: level)
    #expect(symbol.version == version)
    let size = symbol.size
    #expect(size == 17 + 4 * version)
    func dark(_ x: Int, _ y: Int) -> Bool { symbol.isDark(x: x, y: y) }
    for (left, top) in [(0, 0), (size - 7, 0), (0, size - 7)] {
      for dy in -1...7 {
        for dx in -1...7 {
          let ring = max(abs(dx - 3), abs(dy - 3))
          let expected = ring != 2 && ring != 4
          if (0..<size).contains(left + dx) && (0..<size).contains(top + dy) {
            #expect(dark(left + dx, top + dy) == expected, "finder at \(left),\(top)")
          }
        }
      }
    }
    for i in 8..<size - 8 {
      #expect(dark(i, 6) == (i % 2 == 0))
      #expect(dark(6, i) == (i % 2 == 0))
    }
    #expect(dark(8, size - 8))
    let format = QRFormatInformation.formatBits(level: level, mask: symbol.mask)
    var first = 0
    var second = 0
    let firstCopy = (0...5).map { (8, $0) } + [(8, 7), (8, 8), (7, 8)] + (9..<15).map { (14 - $0, 8) }
    let secondCopy = (0..<8).map { (size - 1 - $0, 8) } + (8..<15).map { (8, size - 15 + $0) }
    for (i, (x, y)) in firstCopy.enumerated() where dark(x, y) { first |= 1 << i }
    for (i, (x, y)) in secondCopy.enumerated() where dark(x, y) { second |= 1 << i }
    #expect(first == format)
    #expect(second == format)
    if version >= 7 {
      var upperRight = 0
      var lowerLeft = 0
      for i in 0..<18 {
        if dark(size - 11 + i % 3, i / 3) { upperRight |= 1 << i }
        if dark(i / 3, size - 11 + i % 3) { lowerLeft |= 1 << i }
      }
      #expect(upperRight == QRFormatInformation.versionBits(version: version))
      #expect(lowerLeft == upperRight)
    }
  }

  /// Each rule on a symbol whose score can be counted by hand: all light, 21×21.
  @Test func penaltyOfAnAllLightSymbol() {
    // 42 lines, each one run of 21 (3 + 16); 400 2×2 blocks (3 each); no finder-like pattern;
    // no dark modules, 50% from balance (10 × 10).
    #expect(QRPenalty.score([Bool](repeating: false, count: 441), size: 21) == 42 * 19 + 400 * 3 + 100)
  }

  /// A lone finder-like pattern in light surroundings counts once, in its row only.
  @Test func penaltyOfAFinderLikePattern() {
    var modules = [Bool](repeating: false, count: 441)
    for x in [7, 9, 10, 11, 13] { modules[10 * 21 + x] = true }
    let base = QRPenalty.score([Bool](repeating: false, count: 441), size: 21)
    // Row 10 trades its run of 21 (19) for two runs of 7 (3 + 2 each) and gains the pattern (40);
    // five columns trade theirs for two runs of 10 (2 × 8); each 2×2 block holding a dark module
    // stops counting; 5 dark modules of 441 are 48.9% from balance, 9 whole steps (one fewer).
    let blocksLost = Set([7, 9, 10, 11, 13].flatMap { [$0 - 1, $0] }).count * 2
    let expected = base - 19 + 2 * 5 + 40 - 5 * 19 + 5 * 2 * 8 - blocksLost * 3 - 10
    #expect(QRPenalty.score(modules, size: 21) == expected)
  }

  /// Finder-like patterns need four light modules on one side, where the quiet zone beyond the
  /// edge counts as light; each counts once.
  @Test(arguments: [
    ("000010111010000101010", 0, 40),  // light before and after
    ("000010111011010101010", 0, 40),  // light before only
    ("101011101000010101011", 0, 40),  // light after only
    ("101010111010101010101", 0, 0),  // no light run of four on either side
    ("101110100000000000001", 11, 40),  // at the edge, with the quiet zone before it
    ("000000000000001011101", 12, 40),  // at the other edge
    ("101110101110100000000", 6, 80),  // two overlapping: the edge before one, light after the other
    ("000000000000000000000", 19, 0),
  ])
  func linePenalties(row: String, runs: Int, finderLike: Int) {
    #expect(QRPenalty.lineScore(row.map { $0 == "1" }) == runs + finderLike)
  }

  @Test func sameInputSameSymbol() throws {
    let data = Array("otpauth://totp/x@y?secret=ABCDEFGH".utf8)
    #expect(try QRCode.encode(data) == QRCode.encode(data))
  }
}
