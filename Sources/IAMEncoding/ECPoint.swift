/// A public point on an elliptic curve as SEC 1 (section 2.3.3) encodes it: `04 || X || Y`
/// uncompressed, `02 || X` or `03 || X` compressed (the prefix gives Y's parity), or the rarely
/// seen hybrid `06/07 || X || Y`.
struct ECPoint {
  let x: ArraySlice<UInt8>
  /// Nil for a compressed point, which carries only Y's parity.
  let y: ArraySlice<UInt8>?
  let yIsOdd: Bool

  /// Nil when `encoding` is not a point of a curve whose coordinates take `coordinateLength`
  /// bytes (any length when the curve is not one this project names).
  init?(_ encoding: [UInt8], coordinateLength: Int?) {
    guard let prefix = encoding.first else { return nil }
    let body = encoding.dropFirst()
    switch prefix {
    case 0x02, 0x03:
      guard !body.isEmpty, coordinateLength.map({ body.count == $0 }) ?? true else { return nil }
      (x, y, yIsOdd) = (body, nil, prefix == 0x03)
    case 0x04, 0x06, 0x07:
      guard !body.isEmpty, body.count % 2 == 0, coordinateLength.map({ body.count == 2 * $0 }) ?? true else {
        return nil
      }
      let half = body.startIndex + body.count / 2
      let y = body[half...]
      let odd = y.last! & 1 == 1
      guard prefix == 0x04 || odd == (prefix == 0x07) else { return nil }
      (x, self.y, yIsOdd) = (body[..<half], y, odd)
    default:
      return nil
    }
  }

  /// The same point, whichever way each side is encoded.
  func isSame(as other: ECPoint) -> Bool {
    guard x.elementsEqual(other.x), yIsOdd == other.yIsOdd else { return false }
    guard let y, let otherY = other.y else { return true }
    return y.elementsEqual(otherY)
  }
}

/// The NIST curves certificates use, by the OIDs of RFC 5480 section 2.1.1.1.
enum NamedCurve {
  static func name(_ oid: String) -> String? {
    switch oid {
    case "1.2.840.10045.3.1.7": return "P-256"
    case "1.3.132.0.34": return "P-384"
    case "1.3.132.0.35": return "P-521"
    default: return nil
    }
  }

  static func coordinateLength(_ oid: String) -> Int? {
    switch oid {
    case "1.2.840.10045.3.1.7": return 32
    case "1.3.132.0.34": return 48
    case "1.3.132.0.35": return 66
    default: return nil
    }
  }
}
