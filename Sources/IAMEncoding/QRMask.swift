/// The eight data mask patterns (ISO/IEC 18004, 7.8.2) and the choice between them.
enum QRMask {
  static let all = 0..<8

  /// Whether `mask` inverts the module in column `x` and row `y` (the standard's j and i).
  static func inverts(_ mask: Int, x: Int, y: Int) -> Bool {
    switch mask {
    case 0: (x + y) % 2 == 0
    case 1: y % 2 == 0
    case 2: x % 3 == 0
    case 3: (x + y) % 3 == 0
    case 4: (x / 3 + y / 2) % 2 == 0
    case 5: x * y % 2 + x * y % 3 == 0
    case 6: (x * y % 2 + x * y % 3) % 2 == 0
    case 7: ((x + y) % 2 + x * y % 3) % 2 == 0
    default: preconditionFailure("a QR code mask is 0-7")
    }
  }

  /// The mask whose symbol, format information included, scores the lowest penalty; the first of
  /// equals wins.
  static func leastPenalty(for matrix: QRMatrix, level: QRCode.ErrorCorrection) -> Int {
    var best = (mask: 0, penalty: Int.max)
    for mask in all {
      let candidate = matrix.masked(mask, level: level)
      let penalty = QRPenalty.score(candidate.modules, size: candidate.size)
      if penalty < best.penalty { best = (mask, penalty) }
    }
    return best.mask
  }
}
