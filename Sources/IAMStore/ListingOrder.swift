import IAMEncoding

/// The order of every listing, defined once: the byte order of the names with the ASCII letters
/// lower-cased (IAM names are ASCII), so `-b` < `.a` < `0` < `_z` < `a` < `a-b` < `Zed`. Names
/// that differ only in case, as policy names may, follow in byte order: `Foo` before `foo`.
///
/// A key may also be a record's file stem, the lower-cased name with a leading dot escaped as
/// `%2E` (`StoreLayout.caseFoldedStem`); the escape is compared as the dot it stands for. No IAM
/// name contains `%`, so no name is mistaken for an escape.
public enum ListingOrder {
  public static func precedes(_ a: String, _ b: String) -> Bool {
    var x: [UInt8] = []
    var y: [UInt8] = []
    fold(a, into: &x)
    fold(b, into: &y)
    let byFolded = x.withUnsafeBufferPointer { p in y.withUnsafeBufferPointer { q in ByteOrder.compare(p, q) } }
    if byFolded != 0 { return byFolded < 0 }
    return ByteOrder.precedes(a, b)
  }

  /// Appends the bytes `key` is ordered by: lower-cased ASCII letters, `%2E` read as a dot.
  private static func fold(_ key: String, into bytes: inout [UInt8]) {
    let escapedDot = key.utf8.starts(with: "%2E".utf8)
    if escapedDot { bytes.append(UInt8(ascii: ".")) }
    for byte in key.utf8.dropFirst(escapedDot ? 3 : 0) { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
  }

  /// `keys` in listing order. Every key is folded once into one flat buffer, and keys are then
  /// compared with memcmp through pointers, without reference counting: a listing sorts all
  /// 5,000 users of a full account for every page it prints.
  public static func sorted(_ keys: [String]) -> [String] {
    var folded: [UInt8] = []
    var raw: [UInt8] = []
    var spans: [(folded: Int, raw: Int, foldedCount: Int, rawCount: Int)] = []
    spans.reserveCapacity(keys.count)
    for key in keys {
      let start = (folded: folded.count, raw: raw.count)
      fold(key, into: &folded)
      raw.append(contentsOf: key.utf8)
      spans.append((start.folded, start.raw, folded.count - start.folded, raw.count - start.raw))
    }
    let order = folded.withUnsafeBufferPointer { f in
      raw.withUnsafeBufferPointer { r in
        spans.indices.sorted { i, j in
          let a = spans[i]
          let b = spans[j]
          let byFolded = ByteOrder.compare(slice(f, a.folded, a.foldedCount), slice(f, b.folded, b.foldedCount))
          if byFolded != 0 { return byFolded < 0 }
          return ByteOrder.compare(slice(r, a.raw, a.rawCount), slice(r, b.raw, b.rawCount)) < 0
        }
      }
    }
    return order.map { keys[$0] }
  }

  private static func slice(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: buffer[start..<start + count])
  }
}
