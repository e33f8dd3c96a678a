/// A QR code symbol under construction: its modules, and which of them belong to the function
/// patterns that carry no data and are never masked (ISO/IEC 18004, 6.3 and 7.7).
struct QRMatrix {
  let version: Int
  let size: Int
  /// Row by row, `true` for dark.
  private(set) var modules: [Bool]
  private(set) var isFunction: [Bool]

  /// A symbol with its function patterns drawn and the format and version areas reserved.
  init(version: Int) {
    self.version = version
    size = QRCapacity.size(version: version)
    modules = [Bool](repeating: false, count: size * size)
    isFunction = modules
    drawTimingPatterns()
    for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] { drawFinderPattern(centreX: x, centreY: y) }
    drawAlignmentPatterns()
    drawFormatInformation(level: .medium, mask: 0)  // reserves the area; the real bits come last
    drawVersionInformation()
  }

  private mutating func setFunction(x: Int, y: Int, dark: Bool) {
    modules[y * size + x] = dark
    isFunction[y * size + x] = true
  }

  private mutating func drawTimingPatterns() {
    for i in 0..<size {
      setFunction(x: 6, y: i, dark: i % 2 == 0)
      setFunction(x: i, y: 6, dark: i % 2 == 0)
    }
  }

  /// A 7×7 finder pattern with its light separator, clipped at the symbol's edges.
  private mutating func drawFinderPattern(centreX: Int, centreY: Int) {
    for dy in -4...4 {
      for dx in -4...4 {
        let x = centreX + dx
        let y = centreY + dy
        guard x >= 0, x < size, y >= 0, y < size else { continue }
        let ring = max(abs(dx), abs(dy))
        setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
      }
    }
  }

  private mutating func drawAlignmentPatterns() {
    let centres = Self.alignmentPatternCentres(version: version)
    let last = centres.count - 1
    for (i, y) in centres.enumerated() {
      for (j, x) in centres.enumerated() {
        // The three corners where a finder pattern already stands have none.
        if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
        for dy in -2...2 {
          for dx in -2...2 { setFunction(x: x + dx, y: y + dy, dark: max(abs(dx), abs(dy)) != 1) }
        }
      }
    }
  }

  /// The rows (and columns) of alignment pattern centres (ISO/IEC 18004, annex E): from 6 to
  /// size - 7, evenly spaced by an even step, with any unevenness taken up by the first gap.
  static func alignmentPatternCentres(version: Int) -> [Int] {
    guard version >= 2 else { return [] }
    let count = version / 7 + 2
    let last = QRCapacity.size(version: version) - 7
    // Version 32 is the one exception to the rounding rule.
    let step = version == 32 ? 26 : (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
    return [6] + (0..<count - 1).reversed().map { last - $0 * step }
  }

  /// Both copies of the 15 format bits, and the dark module beside the lower left finder pattern.
  private mutating func drawFormatInformation(level: QRCode.ErrorCorrection, mask: Int) {
    let bits = QRFormatInformation.formatBits(level: level, mask: mask)
    func bit(_ i: Int) -> Bool { bits >> i & 1 == 1 }
    // Around the upper left finder pattern, skipping the timing patterns.
    for i in 0...5 { setFunction(x: 8, y: i, dark: bit(i)) }
    setFunction(x: 8, y: 7, dark: bit(6))
    setFunction(x: 8, y: 8, dark: bit(7))
    setFunction(x: 7, y: 8, dark: bit(8))
    for i in 9..<15 { setFunction(x: 14 - i, y: 8, dark: bit(i)) }
    // Split between the other two finder patterns.
    for i in 0..<8 { setFunction(x: size - 1 - i, y: 8, dark: bit(i)) }
    for i in 8..<15 { setFunction(x: 8, y: size - 15 + i, dark: bit(i)) }
    setFunction(x: 8, y: size - 8, dark: true)
  }

  /// Two 6×3 copies of the version information, from version 7 on.
  private mutating func drawVersionInformation() {
    guard version >= 7 else { return }
    let bits = QRFormatInformation.versionBits(version: version)
    for i in 0..<18 {
      let dark = bits >> i & 1 == 1
      let across = size - 11 + i % 3
      let down = i / 3
      setFunction(x: across, y: down, dark: dark)
      setFunction(x: down, y: across, dark: dark)
    }
  }

  /// Fills the data area with `codewords`, most significant bit first, in two-module columns that
  /// zigzag up and down from the lower right corner; any remainder bits stay light.
  mutating func placeCodewords(_ codewords: [UInt8]) {
    let bitCount = codewords.count * 8
    var index = 0
    var right = size - 1
    while right >= 1 {
      if right == 6 { right = 5 }  // the vertical timing pattern is skipped as a whole column
      let upward = (right + 1) & 2 == 0
      for step in 0..<size {
        let y = upward ? size - 1 - step : step
        for x in stride(from: right, through: right - 1, by: -1) where !isFunction[y * size + x] && index < bitCount {
          modules[y * size + x] = codewords[index >> 3] >> (7 - UInt8(index & 7)) & 1 == 1
          index += 1
        }
      }
      right -= 2
    }
    precondition(index == bitCount, "the codewords must fill the version's data area")
  }

  /// A copy with `mask` applied to the data modules and the format information that names it.
  func masked(_ mask: Int, level: QRCode.ErrorCorrection) -> QRMatrix {
    var copy = self
    copy.modules.withUnsafeMutableBufferPointer { modules in
      isFunction.withUnsafeBufferPointer { isFunction in
        var i = 0
        for y in 0..<size {
          for x in 0..<size {
            modules[i] = modules[i] != (!isFunction[i] && QRMask.inverts(mask, x: x, y: y))
            i += 1
          }
        }
      }
    }
    copy.drawFormatInformation(level: level, mask: mask)
    return copy
  }
}
