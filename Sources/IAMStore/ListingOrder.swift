#if canImport(Glibc)
  import Glibc
#endif

/// The order of every listing, defined once: the byte order of the names with the ASCII letters
/// lower-cased (IAM names are ASCII), so `-b` < `.a` < `0` < `_z` < `a` < `a-b` < `Zed`. Names
/// that differ only in case, as policy names may, follow in byte order: `Foo` before `foo`.
///
/// A key may also be a record's file stem, the lower-cased name with a leading dot escaped as
/// `%2E` (`StoreLayout.caseFoldedStem`); the escape is compared as the dot it stands for. No IAM
/// name contains `%`, so no name is mistaken for an escape.
public enum ListingOrder {
  public static func precedes(_ a: String, _ b: String) -> Bool {
    precedes(Key(a), Key(b))
  }

  /// `keys` in listing order. Each key is folded once, and keys are then compared with memcmp:
  /// a listing sorts all 5,000 users of a full account on every page.
  public static func sorted(_ keys: [String]) -> [String] {
    let folded = keys.map(Key.init)
    return folded.indices.sorted { precedes(folded[$0], folded[$1]) }.map { keys[$0] }
  }

  private struct Key {
    let folded: [UInt8]
    let raw: String

    init(_ key: String) {
      raw = key
      let escapedDot = key.utf8.starts(with: "%2E".utf8)
      var bytes: [UInt8] = escapedDot ? [UInt8(ascii: ".")] : []
      bytes.reserveCapacity(key.utf8.count)
      for byte in key.utf8.dropFirst(escapedDot ? 3 : 0) { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
      folded = bytes
    }
  }

  private static func precedes(_ a: Key, _ b: Key) -> Bool {
    let order = compare(a.folded, b.folded)
    if order != 0 { return order < 0 }
    return compare(Array(a.raw.utf8), Array(b.raw.utf8)) < 0
  }

  private static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
    let common = min(a.count, b.count)
    guard common > 0 else { return a.count - b.count }
    let order = a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in memcmp(x.baseAddress!, y.baseAddress!, common) } }
    return order != 0 ? Int(order) : a.count - b.count
  }
}
