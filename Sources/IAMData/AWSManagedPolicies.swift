/// The AWS managed policies, as a snapshot taken from moto's copy of them (spec §6), read in place
/// from the text the compiler put into the binary.
///
/// Nothing is built when the program starts or when the catalogue is first used: a policy is found
/// by a binary search over the table of names, and only the record found is read. A command that
/// never looks at the catalogue never touches its pages.
public enum AWSManagedPolicies {
  /// Where the catalogue comes from and how recent it is.
  public struct Snapshot: Sendable {
    /// The moto release the policies were taken from, such as `moto 5.2.1`.
    public var source: String
    /// The date of the most recent change among the policies (`YYYY-MM-DD`).
    public var latestUpdate: String
    public var count: Int
  }

  /// The number of policies.
  public static var count: Int { offsets.utf8CodeUnitCount / offsetWidth }

  /// The policy named `name` (exactly, case and all), or nil.
  public static func policy(named name: String) -> AWSManagedPolicy? {
    var name = name
    return name.withUTF8 { key in
      let index = firstIndex(notBefore: key)
      guard index < count else { return nil }
      let candidate = record(at: index)
      return NameOrder.same(candidate.name, key) ? candidate : nil
    }
  }

  /// The policy at `index`, in the order listings use: by name, letters lower-cased first.
  public static func policy(at index: Int) -> AWSManagedPolicy {
    precondition(index >= 0 && index < count, "no AWS managed policy at \(index)")
    return record(at: index)
  }

  /// The index of the first policy whose name does not come before `name` in listing order.
  public static func firstIndex(notBefore name: String) -> Int {
    var name = name
    return name.withUTF8 { firstIndex(notBefore: $0) }
  }

  private static func firstIndex(notBefore key: UnsafeBufferPointer<UInt8>) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if NameOrder.compare(nameBytes(at: mid), key) < 0 { low = mid + 1 } else { high = mid }
    }
    return low
  }

  // MARK: Reading the records

  private static let offsetWidth = 8

  private static func record(at index: Int) -> AWSManagedPolicy {
    let text = bytes(records)
    let start = offset(at: index)
    let end = index + 1 < count ? offset(at: index + 1) : text.count
    return AWSManagedPolicy(record: UnsafeBufferPointer(rebasing: text[start..<end]))
  }

  /// The name of the policy at `index`, all that a step of the binary search reads: from the
  /// table of names, a few pages, rather than from the records, whose megabytes a search would
  /// touch a page of at every step.
  private static func nameBytes(at index: Int) -> UnsafeBufferPointer<UInt8> {
    let text = bytes(names)
    let start = hexNumber(in: nameOffsets, at: index, width: nameOffsetWidth)
    var end = start
    while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
    return UnsafeBufferPointer(rebasing: text[start..<end])
  }

  private static let nameOffsetWidth = 6

  private static func offset(at index: Int) -> Int { hexNumber(in: offsets, at: index, width: offsetWidth) }

  /// The `index`th number of a table of fixed-width lower-case hex numbers.
  private static func hexNumber(in table: StaticString, at index: Int, width: Int) -> Int {
    let digits = bytes(table)
    var value = 0
    for byte in digits[(index * width)..<((index + 1) * width)] {
      value = value << 4 | Int(byte <= UInt8(ascii: "9") ? byte - UInt8(ascii: "0") : byte - UInt8(ascii: "a") + 10)
    }
    return value
  }

  /// The bytes of a literal; they live in the binary for as long as the program runs.
  private static func bytes(_ literal: StaticString) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
  }
}

/// The order of every listing (the project's ListingOrder): the bytes of the names with ASCII
/// letters lower-cased, then the bytes as they are. Written out again here, on bytes, because this
/// layer depends on nothing.
enum NameOrder {
  /// Whether the two names are the same bytes.
  static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    a.count == b.count && compare(a, b, fold: false) == 0
  }

  static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
    let folded = compare(a, b, fold: true)
    return folded != 0 ? folded : compare(a, b, fold: false)
  }

  private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, fold: Bool) -> Int {
    for i in 0..<min(a.count, b.count) {
      let x = fold ? lower(a[i]) : a[i]
      let y = fold ? lower(b[i]) : b[i]
      if x != y { return x < y ? -1 : 1 }
    }
    return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
  }

  private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
}
