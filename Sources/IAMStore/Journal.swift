import IAMEncoding

/// The redo log that makes a multi-file commit atomic.
///
/// A commit first writes every change into `journal.json` (atomically, by rename): from that
/// instant the transaction counts as committed. The changes are then applied file by file and the
/// journal removed. If the process dies half-way, the next command finds the journal under the
/// lock and applies it again; every change is idempotent, so replaying twice is harmless.
enum Journal {
  static let formatVersion = 1

  static func encode(_ changes: [(path: String, change: Transaction.Change)]) -> [UInt8] {
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

  static func decode(_ bytes: [UInt8], file: String) throws(StoreError) -> [(path: String, change: Transaction.Change)] {
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
