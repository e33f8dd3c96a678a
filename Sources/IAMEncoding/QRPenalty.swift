/// The penalty a masked symbol scores (ISO/IEC 18004, 7.8.3): long runs of one colour, 2×2
/// blocks, shapes a reader could take for a finder pattern, and dark and light out of balance.
/// The encoder keeps the mask that scores least.
///
/// The standard's wording leaves details open; this reading is the one that makes the standard's
/// own worked example (annex I) choose the mask it shows: a finder-like pattern is dark-light-
/// dark-dark-dark-light-dark one module each, counted once when four light modules precede or
/// follow it, with the quiet zone beyond the edges counting as light.
///
/// Every mask of every symbol is scored, so the loops avoid branches that depend on the modules.
enum QRPenalty {
  static func score(_ modules: [Bool], size: Int) -> Int {
    withBytes(of: modules) { cells in
      var total = 0
      for line in 0..<size {
        total += lineScore(cells, start: line * size, stride: 1, count: size)
        total += lineScore(cells, start: line, stride: size, count: size)
      }
      var dark = 0
      for cell in cells { dark += Int(cell) }
      for y in 0..<size - 1 {
        for x in y * size..<y * size + size - 1 {
          let colour = cells[x]
          let differ = (colour ^ cells[x + 1]) | (colour ^ cells[x + size]) | (colour ^ cells[x + size + 1])
          total += Int(differ ^ 1) * 3
        }
      }
      // 10 points for each whole 5% by which the dark share strays from 50%.
      let all = size * size
      return total + abs(dark * 20 - all * 10) / all * 10
    }
  }

  /// The points of the two line rules for one row of modules, for checking them on their own.
  static func lineScore(_ row: [Bool]) -> Int {
    withBytes(of: row) { lineScore($0, start: 0, stride: 1, count: row.count) }
  }

  /// A Bool is stored as the byte 0 or 1, which lets the rules do arithmetic on colours.
  private static func withBytes(of modules: [Bool], _ body: (UnsafeBufferPointer<UInt8>) -> Int) -> Int {
    modules.withUnsafeBufferPointer { $0.withMemoryRebound(to: UInt8.self, body) }
  }

  /// In one row or column: 3 points for a run of five modules of one colour and 1 for each module
  /// beyond five, and 40 for each finder-like pattern.
  private static func lineScore(_ cells: UnsafeBufferPointer<UInt8>, start: Int, stride: Int, count: Int) -> Int {
    var total = 0
    var run = 0
    var previous = cells[start]
    // The last fifteen modules, newest in bit 0; the light quiet zone shifts in at both ends.
    var window: UInt32 = 0
    var index = start
    for _ in 0..<count {
      let cell = cells[index]
      index &+= stride
      // A run goes on when the colour does (1 - 0 = 1) and starts again when it changes (0 + 1).
      run = run &* Int(1 &- (cell ^ previous)) &+ 1
      previous = cell
      total &+= Int(truncatingIfNeeded: UInt8(run >= 5 ? 1 : 0) &+ UInt8(run == 5 ? 2 : 0))
      window = (window << 1 | UInt32(cell)) & 0x7FFF
      total &+= finderLike(window)
    }
    for _ in 0..<4 {
      window = (window << 1) & 0x7FFF
      total += finderLike(window)
    }
    return total
  }

  /// 40 when the window ends in four light modules and the pattern (once, counted here because the
  /// light comes before it), or in the pattern and four light modules without four light before it.
  @inline(__always) private static func finderLike(_ window: UInt32) -> Int {
    let last11 = window & 0x7FF
    if last11 == 0b0000_1011101 { return 40 }
    if last11 == 0b1011101_0000 && window >> 11 != 0 { return 40 }
    return 0
  }
}
