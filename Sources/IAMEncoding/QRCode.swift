/// A QR code symbol (ISO/IEC 18004, Model 2) carrying a byte string: what a phone's authenticator
/// app scans to learn a virtual MFA device's secret. Written here because the project takes no
/// third-party packages (D7); checked against the standard's published example and a real decoder.
public struct QRCode: Sendable, Equatable {
  /// How much of a symbol may be unreadable before its data is lost: about 7, 15, 25 or 30 percent
  /// of its codewords. More protection makes a larger symbol for the same data.
  public enum ErrorCorrection: Sendable, CaseIterable {
    case low, medium, quartile, high
  }

  /// 1-40: a symbol has 17 + 4 × version modules a side.
  public let version: Int
  /// The level asked for: the encoder never raises it on its own, so the caller's choice is what a
  /// test or a user sees.
  public let errorCorrection: ErrorCorrection
  /// Which of the eight data masks was applied (0-7): the one that least resembles the finder
  /// patterns and has the fewest long runs, so that readers lock on reliably.
  public let mask: Int
  /// Modules a side, without the quiet zone.
  public let size: Int
  private let modules: [Bool]

  /// Whether the module in column `x` and row `y` is dark. Anything outside the symbol is light,
  /// so a renderer can draw the quiet zone by asking beyond the edges.
  public func isDark(x: Int, y: Int) -> Bool {
    guard x >= 0, y >= 0, x < size, y < size else { return false }
    return modules[y * size + x]
  }

  /// The smallest symbol that carries `bytes` in byte mode at `errorCorrection`. Medium is the
  /// default because it survives a smudged or glaring phone screen at little cost in size.
  public static func encode(_ bytes: [UInt8], errorCorrection: ErrorCorrection = .medium) throws(QRCodeError)
    -> QRCode
  {
    guard
      let version = QRCapacity.versions.first(where: {
        bytes.count <= QRCapacity.byteCapacity(version: $0, level: errorCorrection)
      })
    else {
      throw .dataTooLong(
        byteCount: bytes.count, capacity: QRCapacity.byteCapacity(version: 40, level: errorCorrection))
    }
    let data = QRCodewords.byteModeData(bytes, version: version, level: errorCorrection)
    return QRCode(version: version, errorCorrection: errorCorrection, dataCodewords: data)
  }

  /// The symbol for data codewords already made (mode, count, data, terminator and padding): the
  /// point where the standard's worked example, which is in numeric mode, can be checked.
  init(version: Int, errorCorrection: ErrorCorrection, dataCodewords: [UInt8]) {
    var matrix = QRMatrix(version: version)
    matrix.placeCodewords(QRCodewords.interleaved(dataCodewords, version: version, level: errorCorrection))
    let mask = QRMask.leastPenalty(for: matrix, level: errorCorrection)
    matrix = matrix.masked(mask, level: errorCorrection)
    self.version = version
    self.errorCorrection = errorCorrection
    self.mask = mask
    self.size = matrix.size
    self.modules = matrix.modules
  }
}

/// Why no symbol could be made; the only cause is size, which the caller may want to report in bytes.
public enum QRCodeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// More bytes than the largest symbol (version 40) holds at the chosen error correction level.
  case dataTooLong(byteCount: Int, capacity: Int)

  public var description: String {
    switch self {
    case .dataTooLong(let byteCount, let capacity):
      return
        "\(byteCount) bytes do not fit in a QR code, which holds at most \(capacity) at this error correction level"
    }
  }
}

extension QRCode.ErrorCorrection {
  /// The row of ISO/IEC 18004 table 9 that describes this level.
  var tableIndex: Int {
    switch self {
    case .low: 0
    case .medium: 1
    case .quartile: 2
    case .high: 3
    }
  }

  /// The two bits that name the level in the format information, which are not in L, M, Q, H order.
  var formatBits: Int {
    switch self {
    case .low: 0b01
    case .medium: 0b00
    case .quartile: 0b11
    case .high: 0b10
    }
  }
}
