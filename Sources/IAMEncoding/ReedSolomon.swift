/// The Reed-Solomon error correction codewords of a QR code block (ISO/IEC 18004, 7.5.2): the
/// remainder of the data polynomial times x^n divided by the generator (x - α^0)...(x - α^(n-1)).
struct ReedSolomon {
  /// The generator's coefficients from x^(n-1) down to x^0; the leading 1 of x^n is implied.
  let generator: [UInt8]

  init(degree: Int) {
    precondition(degree >= 1 && degree <= 255, "a Reed-Solomon degree must be 1...255")
    var coefficients = [UInt8](repeating: 0, count: degree)
    coefficients[degree - 1] = 1
    // Multiply by (x - α^i) one root at a time; in GF(2^8) minus is plus.
    var root: UInt8 = 1
    for _ in 0..<degree {
      for j in 0..<degree {
        coefficients[j] = GF256.multiply(coefficients[j], root)
        if j + 1 < degree { coefficients[j] ^= coefficients[j + 1] }
      }
      root = GF256.multiply(root, 2)
    }
    generator = coefficients
  }

  /// The `generator.count` error correction codewords for `data`, by polynomial long division.
  func remainder<Data: Collection>(_ data: Data) -> [UInt8] where Data.Element == UInt8 {
    let degree = generator.count
    var result = [UInt8](repeating: 0, count: degree)
    // Multiplication in log form: the generator's logarithms are taken once per block, not per term.
    let exp = GF256.exp
    let log = GF256.log
    let generatorLogs = generator.map { $0 == 0 ? -1 : Int(log[Int($0)]) }
    for byte in data {
      let factor = byte ^ result[0]
      for i in 0..<degree - 1 { result[i] = result[i + 1] }
      result[degree - 1] = 0
      if factor == 0 { continue }
      let factorLog = Int(log[Int(factor)])
      for i in 0..<degree where generatorLogs[i] >= 0 {
        result[i] ^= exp[generatorLogs[i] + factorLog]
      }
    }
    return result
  }
}
