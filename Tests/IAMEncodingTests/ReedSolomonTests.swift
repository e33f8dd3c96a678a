import Testing

@testable import IAMEncoding

@Suite struct ReedSolomonTests {
  @Test func fieldPowersFollowTheReducingPolynomial() {
    // α^8 = α^4 + α^3 + α^2 + 1 = 0x1D, and α^255 = 1: the field's multiplicative group has order 255.
    #expect(GF256.exp[8] == 0x1D)
    #expect(GF256.exp[255] == 1)
    #expect(Set(GF256.exp[0..<255]).count == 255)
    for a in 1...255 {
      #expect(GF256.multiply(UInt8(a), 1) == UInt8(a))
      #expect(GF256.multiply(UInt8(a), GF256.exp[255 - Int(GF256.log[a])]) == 1, "inverse of \(a)")
    }
    #expect(GF256.multiply(0, 0x53) == 0)
  }

  /// Generator polynomials as ISO/IEC 18004 annex A lists them, as exponents of α from x^(n-1) down.
  @Test(arguments: [
    (7, [87, 229, 146, 149, 238, 102, 21]),
    (10, [251, 67, 46, 61, 118, 70, 64, 94, 32, 45]),
  ])
  func generatorPolynomials(degree: Int, exponents: [Int]) {
    #expect(ReedSolomon(degree: degree).generator == exponents.map { GF256.exp[$0] })
  }

  /// The worked example of ISO/IEC 18004 annex I ("01234567" at 1-M) and the widely published
  /// "HELLO WORLD" at 1-M.
  @Test(arguments: [
    (
      [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17],
      [165, 36, 212, 193, 237, 54, 199, 135, 44, 85]
    ),
    (
      [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17],
      [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]
    ),
  ] as [([UInt8], [UInt8])])
  func publishedCodewords(data: [UInt8], expected: [UInt8]) {
    #expect(ReedSolomon(degree: 10).remainder(data) == expected)
  }

  /// A codeword (data then remainder) is a multiple of the generator, so it vanishes at every root α^i.
  @Test func codewordsVanishAtTheGeneratorsRoots() {
    for degree in [7, 18, 30] {
      let data = randomBytes(120)
      let codeword = data + ReedSolomon(degree: degree).remainder(data)
      for i in 0..<degree {
        var value: UInt8 = 0
        for coefficient in codeword { value = GF256.multiply(value, GF256.exp[i]) ^ coefficient }
        #expect(value == 0, "degree \(degree), root α^\(i)")
      }
    }
  }
}
