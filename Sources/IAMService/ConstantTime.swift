/// Compares secrets' hashes in a time that does not depend on where they differ, so that timing
/// a refused request tells nothing about how close a guess came.
enum ConstantTime {
  static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for index in 0..<a.count { difference |= a[index] ^ b[index] }
    return difference == 0
  }
}
