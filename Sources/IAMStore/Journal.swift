import IAMEncoding

/// The redo log that makes every commit atomic.
///
/// `journal.json` stays in the store and is empty between commits. A commit writes its changes
/// into it, the payload first and then a fixed-size header holding the payload's length and
/// SHA-256: the instant the header is complete, the transaction counts as committed. The changes
/// are then written over the files in place and the journal emptied. A process that dies before
/// the header is complete leaves a journal that does not verify, which the next command discards,
/// since none of its changes had been applied; one that dies later leaves a complete journal,
/// which the next command applies again under the lock. Every change is idempotent.
///
/// Writing in place instead of through a temporary file and a rename is what keeps a command's
/// cost low: creating and renaming inodes is most of what a commit costs on common file systems.
enum Journal {
  static let formatVersion = 1
  static let headerSize = 128
  private static let magic = "iam-journal"

  /// The JSON list of changes that follows the header.
  static func payload(_ changes: [(path: String, change: Transaction.Change)]) -> [UInt8] {
    let entries: [JSONValue] = changes.map { entry in
      switch entry.change {
      case .write(let bytes):
        return .object(["path": .string(entry.path), "write": .string(String(decoding: bytes, as: UTF8.self))])
      case .remove:
        return .object(["path": .string(entry.path), "remove": .string("file")])
      case .removeDirectory:
        return .object(["path": .string(entry.path), "remove": .string("directory")])
      }
    }
    let document = JSONValue.object(["changes": .array(entries), "journal": .int(formatVersion)])
    return Array(JSONWriter.compact(document).utf8)
  }

  /// `iam-journal 1 <length> <sha256>`, padded with blanks to `headerSize` and ended by a newline.
  static func header(for payload: [UInt8]) -> [UInt8] {
    let line = "\(magic) \(formatVersion) \(payload.count) \(Hex.encode(SHA256.hash(payload)))"
    return Array(line.utf8) + [UInt8](repeating: UInt8(ascii: " "), count: headerSize - 1 - line.utf8.count) + [10]
  }

  /// A complete journal file: what a commit leaves once its header is written.
  static func file(_ changes: [(path: String, change: Transaction.Change)]) -> [UInt8] {
    let body = payload(changes)
    return header(for: body) + body
  }

  /// The changes of a committed journal, or nil when the file holds no finished commit (it is
  /// empty, or its writer died before completing the header).
  static func committedChanges(
    _ bytes: [UInt8], file: String
  ) throws(StoreError) -> [(path: String, change: Transaction.Change)]? {
    guard bytes.count > headerSize else { return nil }
    let fields = bytes[..<headerSize].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
    guard fields.count >= 4, fields[0] == magic, fields[1] == String(formatVersion),
      Int(fields[2]) == bytes.count - headerSize
    else { return nil }
    let body = Array(bytes[headerSize...])
    guard fields[3].hasPrefix(Hex.encode(SHA256.hash(body))) else { return nil }
    return try decode(body, file: file)
  }

  private static func decode(_ bytes: [UInt8], file: String) throws(StoreError) -> [(path: String, change: Transaction.Change)] {
    func damaged(_ reason: String) -> StoreError { .damaged(path: file, reason: reason) }
    let document: JSONValue
    do { document = try JSONParser.parse(bytes) } catch { throw damaged("not valid JSON") }
    guard document["journal"]?.intValue == formatVersion, let entries = document["changes"]?.arrayValue else {
      throw damaged("not a journal this iam can replay")
    }
    var changes: [(path: String, change: Transaction.Change)] = []
    for entry in entries {
      guard let path = entry["path"]?.stringValue, isSafe(path) else { throw damaged("a change has a bad path") }
      if let text = entry["write"]?.stringValue {
        changes.append((path, .write(Array(text.utf8))))
      } else if entry["remove"]?.stringValue == "file" {
        changes.append((path, .remove))
      } else if entry["remove"]?.stringValue == "directory" {
        changes.append((path, .removeDirectory))
      } else {
        throw damaged("a change is neither a write nor a removal")
      }
    }
    return changes
  }

  /// Paths in a journal stay below the store root.
  private static func isSafe(_ path: String) -> Bool {
    !path.isEmpty && !path.hasPrefix("/")
      && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
  }
}
