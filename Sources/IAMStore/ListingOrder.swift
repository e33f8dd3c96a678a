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
    var key = key
    key.withUTF8 { fold($0, into: &bytes) }
  }

  private static func fold(_ key: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) {
    var rest = key[...]
    if key.count >= 3 && key[0] == UInt8(ascii: "%") && key[1] == UInt8(ascii: "2") && key[2] == UInt8(ascii: "E") {
      bytes.append(UInt8(ascii: "."))
      rest = key[3...]
    }
    let start = bytes.count
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: rest))
    bytes.withUnsafeMutableBufferPointer { folded in
      for index in start..<folded.count where folded[index] >= 0x41 && folded[index] <= 0x5A { folded[index] += 0x20 }
    }
  }

  /// `keys` in listing order. Every key is folded once into one flat buffer, and keys are then
  /// compared through pointers, without reference counting: a listing sorts all 5,000 users of a
  /// full account for every page it prints. Most comparisons are settled by the first eight
  /// folded bytes, read as one big-endian number (a shorter key padded with zeros, which orders
  /// it first as memcmp order does); only keys that share them are compared in full.
  public static func sorted(_ keys: [String]) -> [String] {
    var folded: [UInt8] = []
    var raw: [UInt8] = []
    var spans: [(folded: Int, raw: Int, foldedCount: Int, rawCount: Int)] = []
    spans.reserveCapacity(keys.count)
    for var key in keys {
      let start = (folded: folded.count, raw: raw.count)
      key.withUTF8 { bytes in
        fold(bytes, into: &folded)
        raw.append(contentsOf: bytes)
      }
      spans.append((start.folded, start.raw, folded.count - start.folded, raw.count - start.raw))
    }
    let order = folded.withUnsafeBufferPointer { f in
      raw.withUnsafeBufferPointer { r in
        spans.withUnsafeBufferPointer { spans in
          var entries = spans.indices.map { (prefix: prefix(slice(f, spans[$0].folded, spans[$0].foldedCount)), index: $0) }
          entries.sort { x, y in
            if x.prefix != y.prefix { return x.prefix < y.prefix }
            let a = spans[x.index]
            let b = spans[y.index]
            let byFolded = ByteOrder.compare(slice(f, a.folded, a.foldedCount), slice(f, b.folded, b.foldedCount))
            if byFolded != 0 { return byFolded < 0 }
            return ByteOrder.compare(slice(r, a.raw, a.rawCount), slice(r, b.raw, b.rawCount)) < 0
          }
          return entries.map(\.index)
        }
      }
    }
    return order.map { keys[$0] }
  }

  /// The first eight bytes of `bytes` as a big-endian number, zeros standing in for missing ones.
  private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var value: UInt64 = 0
    for index in 0..<8 { value = value << 8 | UInt64(index < bytes.count ? bytes[index] : 0) }
    return value
  }

  private static func slice(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: buffer[start..<start + count])
  }
}
