import IAMEncoding

/// The changes one command makes to the store, staged in memory until `Store` commits them all
/// at once. Reads see the transaction's own staged changes, so a composite command (create a
/// user, then add it to a group) observes its earlier steps exactly as separate API calls would.
public final class Transaction {
  /// One staged change to a file or directory below the store root.
  public enum Change: Sendable, Equatable {
    case write([UInt8])
    case remove
    case removeDirectory
    /// Writes the bytes at an offset and ends the file after them: how a commit adds to the audit
    /// trail. Only the store makes it, at commit time; a transaction stages trail lines instead.
    case append(at: Int, [UInt8])
  }

  private let directory: StoreDirectory
  private var staged: [String: Change] = [:]
  private var order: [String] = []
  private var fileCache: [String: [UInt8]?] = [:]
  private var jsonCache: [String: JSONValue] = [:]
  private var directoryCache: [String: [String]] = [:]
  /// Lines for the audit trail, kept whether or not the transaction commits.
  public private(set) var trailLines: [UInt8] = []

  init(directory: StoreDirectory) { self.directory = directory }

  /// The store directory.
  public var root: String { directory.root }

  /// The changes in the order they were last staged.
  public var changes: [(path: String, change: Change)] { order.map { ($0, staged[$0]!) } }

  public var hasChanges: Bool { !order.isEmpty }

  public func absolutePath(_ relative: String) -> String { directory.absolutePath(relative) }

  // MARK: Files

  /// The content of `relative` as this transaction sees it, or nil when there is none.
  public func read(_ relative: String) throws(StoreError) -> [UInt8]? {
    try read(relative, caching: true)
  }

  /// `read`, keeping the bytes for a later read only when `caching` is set (that a file is
  /// missing is always kept): a JSON file's parsed value is kept instead, and a listing reads a
  /// thousand records.
  private func read(_ relative: String, caching: Bool) throws(StoreError) -> [UInt8]? {
    switch staged[relative] {
    case .write(let bytes): return bytes
    case .remove, .removeDirectory: return nil
    case .append, nil: break
    }
    if let cached = fileCache[relative] { return cached }
    let bytes = try directory.read(relative, limit: StoreLayout.readLimit(relative))
    if caching || bytes == nil { fileCache[relative] = bytes }
    return bytes
  }

  /// A trail file, which may be larger than any record and is never staged.
  func readTrailFile(_ relative: String) throws(StoreError) -> [UInt8]? {
    try directory.read(relative, limit: TrailLayout.readLimit)
  }

  /// The size of a trail file, without reading it; 0 when there is none.
  func trailFileSize(_ relative: String) throws(StoreError) -> Int {
    try directory.entry(relative).map { Int($0.st_size) } ?? 0
  }

  public func write(_ relative: String, _ bytes: [UInt8]) { stage(relative, .write(bytes)) }

  public func remove(_ relative: String) { stage(relative, .remove) }

  public func removeDirectory(_ relative: String) { stage(relative, .removeDirectory) }

  private func stage(_ relative: String, _ change: Change) {
    if staged.updateValue(change, forKey: relative) != nil {
      order.removeAll { $0 == relative }
    }
    order.append(relative)
    jsonCache[relative] = nil
  }

  /// The names in directory `relative` as this transaction sees them, in no particular order:
  /// listings put them in `ListingOrder`.
  public func list(_ relative: String) throws(StoreError) -> [String] {
    let onDisk: [String]
    if let cached = directoryCache[relative] {
      onDisk = cached
    } else {
      onDisk = try directory.list(relative)
      directoryCache[relative] = onDisk
    }
    let prefix = relative + "/"
    let changed = order.filter { $0.hasPrefix(prefix) && !$0.utf8.dropFirst(prefix.utf8.count).contains(UInt8(ascii: "/")) }
    guard !changed.isEmpty else { return onDisk }
    var names = Set(onDisk)
    for path in changed {
      let name = String(path.dropFirst(prefix.count))
      switch staged[path]! {
      case .write, .append: names.insert(name)
      case .remove, .removeDirectory: names.remove(name)
      }
    }
    return Array(names)
  }

  // MARK: The audit trail

  /// Adds one record to the audit trail. Unlike every other change it is written even when the
  /// transaction is rolled back: a refused or failed call is recorded too. A committed change
  /// and its records are written together, so one is never on disk without the other.
  public func appendToTrail(_ record: JSONValue) {
    trailLines.append(contentsOf: JSONWriter.compact(record).utf8)
    trailLines.append(10)
  }

  // MARK: JSON documents

  /// The parsed JSON of `relative`, or nil when the file does not exist.
  public func json(_ relative: String) throws(StoreError) -> JSONValue? {
    if let cached = jsonCache[relative] { return cached }
    guard let bytes = try read(relative, caching: false) else { return nil }
    do {
      let value = try JSONParser.parse(bytes)
      jsonCache[relative] = value
      return value
    } catch {
      let reason = bytes.isEmpty ? "the file is empty" : "not valid JSON (\(error.message) at byte \(error.offset))"
      throw .damaged(path: absolutePath(relative), reason: reason)
    }
  }

  public func writeJSON(_ relative: String, _ value: JSONValue) {
    write(relative, JSONWriter.prettyUTF8(value))
    jsonCache[relative] = value
  }
}
