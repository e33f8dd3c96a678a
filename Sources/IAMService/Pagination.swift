import IAMEncoding
import IAMStore

/// Pages through a listing whose keys are in `ListingOrder`.
///
/// A marker is the base32 text of the key where the next page starts, so it stays valid when
/// entities before it are added or deleted, and it is safe to paste into a shell.
enum Pagination {
  static let defaultMaxItems = 100

  /// Collects up to `maxItems` items, starting at `marker`, from the keys for which `include`
  /// returns an item; the page is truncated when one more key would have been included.
  static func page<Item>(
    keys: [String], marker: String?, maxItems: Int?, include: (String) throws -> Item?
  ) throws -> Page<Item> {
    let limit = maxItems ?? defaultMaxItems
    var index = 0
    if let marker {
      guard let bytes = Base32.decode(marker), let start = String(validating: bytes, as: UTF8.self) else {
        throw IAMError(.invalidInput, "The marker \(ParameterValidation.shown(marker)) is not valid.")
      }
      index = firstIndex(in: keys, notBefore: start)
    }
    var items: [Item] = []
    while index < keys.count {
      if let item = try include(keys[index]) {
        if items.count == limit {
          return Page(items: items, isTruncated: true, marker: Base32.encode(Array(keys[index].utf8)))
        }
        items.append(item)
      }
      index += 1
    }
    return Page(items: items, isTruncated: false, marker: nil)
  }

  private static func firstIndex(in keys: [String], notBefore key: String) -> Int {
    var low = 0
    var high = keys.count
    while low < high {
      let mid = (low + high) / 2
      if ListingOrder.precedes(keys[mid], key) { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// The order in which an operation considers policies, which `-d` shows; listings use `ListingOrder`.
  static func sortedByBytes(_ keys: [String]) -> [String] {
    keys.sorted(by: ByteOrder.precedes)
  }
}
