import IAMEncoding

/// The redo log that makes every commit atomic.
///
/// `journal.json` stays in the store and is empty between commits. A commit writes its changes
/// into it, the payload first and then a fixed-size header holding the payload's length and
/// SHA-256: the instant the header is complete, the transaction counts as committed. The changes
/// are then written over the files in place and the journal emptied. A process that dies before
/// the header is written leaves a journal with nothing where the header goes, which the next
/// command discards, since none of its changes had been applied; one that dies later leaves a complete
/// journal, which the next command applies again under the lock. Every change is idempotent. A
/// complete header over changes that do not match it is damage, never discarded.
///
/// Writing in place instead of through a temporary file and a rename is what keeps a command's
/// cost low: creating and renaming inodes is most of what a commit costs on common file systems.
enum Journal {
  /// 2 added appends to the audit trail; a journal of format 1 is one of 2 without them.
  static let formatVersion = 2
  static let readableVersions = 1...2
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
      case .append(let offset, let bytes):
        return .object([
          "path": .string(entry.path), "append": .string(String(decoding: bytes, as: UTF8.self)), "at": .int(offset),
        ])
      }
    }
    let document = JSONValue.object(["changes": .array(entries), "journal": .int(formatVersion)])
    return JSONWriter.compactUTF8(document)
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

  /// What a journal left in the store holds.
  enum State {
    /// Nothing: the last commit finished.
    case empty
    /// A commit whose writer died before its header was complete: none of it was applied, and
    /// it never counted.
    case unfinished
    case committed([(path: String, change: Transaction.Change)])
  }

  /// Reads a journal. A complete header is the commit point, so a complete header whose payload
  /// does not match it cannot come from a killed commit: it is damage, and refused, since
  /// discarding it could leave a committed change half applied.
  static func state(of bytes: [UInt8], file: String) throws(StoreError) -> State {
    if bytes.isEmpty { return .empty }
    func damaged(_ reason: String) -> StoreError { .damaged(path: file, reason: reason) }
    guard let header = Header(bytes) else {
      // A commit writes its payload after the header's place, then the header in one write of
      // 128 bytes, which a killed process cannot leave half done (nor a power cut, in durable
      // mode, since it fits in one sector). So an unfinished commit has nothing at all where its
      // header goes; anything else there is damage, and discarding it could lose a commit.
      guard bytes.prefix(headerSize).allSatisfy({ $0 == 0 }) else {
        throw damaged("its header is not one iam writes; if no command is running, the store was changed by hand")
      }
      return .unfinished
    }
    guard readableVersions.contains(header.version) else {
      throw damaged("it was written by an iam with journal format \(header.version); finish its change with that iam")
    }
    let body = Array(bytes[headerSize...])
    guard header.length == body.count else {
      throw damaged("its header promises \(header.length) bytes of changes, but \(body.count) follow")
    }
    guard header.digest == Hex.encode(SHA256.hash(body)) else {
      throw damaged("its changes do not match the checksum in its header")
    }
    return .committed(try decode(body, file: file))
  }

  /// A header as a commit writes it, all at once: anything else in its place is a header that
  /// was never finished.
  private struct Header {
    let version: Int
    let length: Int
    let digest: String

    init?(_ bytes: [UInt8]) {
      guard bytes.count >= headerSize, bytes[headerSize - 1] == 10 else { return nil }
      let line = bytes[..<(headerSize - 1)]
      let fields = line.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
      guard fields.count == 4, fields[0] == magic, let version = Int(fields[1]), let length = Int(fields[2]),
        length >= 0, fields[3].utf8.count == 64,
        fields[3].utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }),
        line.allSatisfy({ $0 >= 0x20 && $0 < 0x7F })
      else { return nil }
      self.version = version
      self.length = length
      self.digest = fields[3]
    }
  }

  private static func decode(_ bytes: [UInt8], file: String) throws(StoreError) -> [(path: String, change: Transaction.Change)] {
    func damaged(_ reason: String) -> StoreError { .damaged(path: file, reason: reason) }
    let document: JSONValue
    do { document = try JSONParser.parse(bytes) } catch { throw damaged("not valid JSON") }
    guard let version = document["journal"]?.intValue, readableVersions.contains(version), let entries = document["changes"]?.arrayValue else {
      throw damaged("not a journal this iam can replay")
    }
    var changes: [(path: String, change: Transaction.Change)] = []
    for entry in entries {
      guard let path = entry["path"]?.stringValue, isSafe(path) else { throw damaged("a change has a bad path") }
      if let text = entry["write"]?.stringValue {
        changes.append((path, .write(Array(text.utf8))))
      } else if let text = entry["append"]?.stringValue, let offset = entry["at"]?.intValue, offset >= 0 {
        changes.append((path, .append(at: offset, Array(text.utf8))))
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

  /// Paths in a journal stay below the store root, at a depth the store uses: checked before
  /// anything is replayed, so that a bad path leaves the journal wholly unapplied.
  private static func isSafe(_ path: String) -> Bool { StoreDirectory.lastNameOffset(of: path) != nil }
}
