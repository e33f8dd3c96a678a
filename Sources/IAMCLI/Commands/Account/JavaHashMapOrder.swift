/// The order in which a `java.util.HashMap<String, _>` of Java 8 or later yields its keys, given
/// the order they were put in: IAMCli printed the account summary from such a map (spec
/// Appendix C), so legacy mode prints it in this order.
///
/// The map has 16 buckets and doubles them whenever it holds more than three quarters as many
/// keys; a key's bucket is `(h ^ (h >>> 16)) & (buckets - 1)` with `h` its `String.hashCode()`.
/// Iteration visits the buckets in order, and the keys of one bucket in the order they were put
/// in (Java 8's resize keeps that order).
enum JavaHashMapOrder {
  static func order(_ keys: [String]) -> [String] {
    var buckets = 16
    while keys.count > buckets * 3 / 4 { buckets *= 2 }
    let mask = UInt32(buckets - 1)
    let placed = keys.enumerated().map { (bucket: spread(hashCode($0.element)) & mask, position: $0.offset, key: $0.element) }
    return placed.sorted { ($0.bucket, $0.position) < ($1.bucket, $1.position) }.map(\.key)
  }

  /// `String.hashCode()`: `s[0]*31^(n-1) + ... + s[n-1]` over the UTF-16 code units, in 32 bits.
  static func hashCode(_ key: String) -> UInt32 {
    key.utf16.reduce(UInt32(0)) { $0 &* 31 &+ UInt32($1) }
  }

  private static func spread(_ h: UInt32) -> UInt32 { h ^ (h >> 16) }
}
