/// The penalty a masked symbol scores (ISO/IEC 18004, 7.8.3): long runs of one colour, 2×2
/// blocks, shapes a reader could take for a finder pattern, and dark and light out of balance.
/// The encoder keeps the mask that scores least.
///
/// The standard's wording leaves details open; this reading is the one that makes the standard's
/// own worked example (annex I) choose the mask it shows: a finder-like pattern is dark-light-
/// dark-dark-dark-light-dark one module each, counted once when four light modules precede or
/// follow it, with the quiet zone beyond the edges counting as light.
enum QRPenalty {
  static func score(_ modules: [Bool], size: Int) -> Int {
    modules.withUnsafeBufferPointer { cells in
      var total = 0
      for line in 0..<size {
        total += lineScore(Line(cells: cells, start: line * size, stride: 1, count: size))
        total += lineScore(Line(cells: cells, start: line, stride: size, count: size))
      }
      for y in 0..<size - 1 {
        for x in 0..<size - 1 {
          let colour = cells[y * size + x]
          if colour == cells[y * size + x + 1] && colour == cells[(y + 1) * size + x]
            && colour == cells[(y + 1) * size + x + 1]
          {
            total += 3
          }
        }
      }
      var dark = 0
      for cell in cells where cell { dark += 1 }
      // 10 points for each whole 5% by which the dark share strays from 50%.
      let all = size * size
      total += abs(dark * 20 - all * 10) / all * 10
      return total
    }
  }

  /// One row or column of the symbol.
  private struct Line {
    let cells: UnsafeBufferPointer<Bool>
    let start: Int
    let stride: Int
    let count: Int

    /// Whether module `i` is dark; beyond the ends lies the light quiet zone.
    subscript(i: Int) -> Bool { i >= 0 && i < count && cells[start + i * stride] }
  }

  private static func lineScore(_ line: Line) -> Int { runPenalty(line) + finderLikePenalty(line) }

  /// 3 points for a run of five modules of one colour, and 1 for each module beyond five.
  private static func runPenalty(_ line: Line) -> Int {
    var total = 0
    var run = 1
    for i in 1...line.count {
      if i < line.count && line[i] == line[i - 1] {
        run += 1
      } else {
        if run >= 5 { total += run - 2 }
        run = 1
      }
    }
    return total
  }

  /// 40 points for each finder-like pattern with four light modules before or after it.
  private static func finderLikePenalty(_ line: Line) -> Int {
    var total = 0
    for i in 0...line.count - 7 where isFinderLike(line, at: i) {
      let lightBefore = (i - 4..<i).allSatisfy { !line[$0] }
      let lightAfter = (i + 7..<i + 11).allSatisfy { !line[$0] }
      if lightBefore || lightAfter { total += 40 }
    }
    return total
  }

  /// The two line rules' points for one row of modules, for checking them one at a time.
  static func linePenalties(_ row: [Bool]) -> (runs: Int, finderLike: Int) {
    row.withUnsafeBufferPointer { cells in
      let line = Line(cells: cells, start: 0, stride: 1, count: row.count)
      return (runPenalty(line), finderLikePenalty(line))
    }
  }

  private static func isFinderLike(_ line: Line, at i: Int) -> Bool {
    line[i] && !line[i + 1] && line[i + 2] && line[i + 3] && line[i + 4] && !line[i + 5] && line[i + 6]
  }
}
