#if canImport(Glibc)
  import Glibc
#endif

/// The order of strings by their UTF-8 bytes, which for valid UTF-8 is the order of their code
/// points. The generic `utf8.lexicographicallyPrecedes` walks both strings through an iterator,
/// and sorting JSON keys and policy names with it was a visible part of every command.
public enum ByteOrder {
  public static func precedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { y in compare(x, y) < 0 } }
  }

  /// memcmp order, a shorter string first when it is the start of the other.
  public static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let common = min(a.count, b.count)
    if common > 0, let x = a.baseAddress, let y = b.baseAddress {
      let order = memcmp(x, y, common)
      if order != 0 { return Int(order) }
    }
    return a.count - b.count
  }
}
