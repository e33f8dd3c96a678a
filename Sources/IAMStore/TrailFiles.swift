#if canImport(Glibc)
  import Glibc
#endif

/// Where the audit trail lives and how large it grows.
///
/// The trail is a log of one JSON record per line. It is appended under the account lock, so
/// appends never interleave; a line is only ever added whole at the end of the file, so a
/// reader needs to know nothing but "a line without its newline is not finished".
public enum TrailLayout {
  public static let current = "trail/current.jsonl"
  public static let previous = "trail/previous.jsonl"
  /// A trail file that has reached this size is set aside as the previous one (replacing the
  /// one before it) before the next record is added.
  public static let rotationSize = 4 << 20
  /// The largest trail file a reader accepts: a full file plus what one command can add at once
  /// (a group of many thousand members deleted with its members) is far smaller.
  public static let readLimit = 64 << 20
}

extension StoreDirectory {
  /// Where the next record goes: the end of the current file, once a line that a killed command
  /// left unfinished is cut off and a full file has been set aside. Creates nothing.
  func prepareTrailAppend(adding count: Int, durable: Bool) throws(StoreError) -> Int {
    var size = try trailSizeWithoutTornLine()
    if size > 0 && size + count > TrailLayout.rotationSize {
      try rename(TrailLayout.current, to: TrailLayout.previous, durable: durable)
      size = 0
    }
    return size
  }

  /// Writes `bytes` at `offset` of the file `relative` and makes that its end. Doing it again
  /// gives the same file, which is what lets a journal replay an append.
  func writeEnd(_ relative: String, _ bytes: [UInt8], at offset: Int, durable: Bool) throws(StoreError) {
    let path = absolutePath(relative)
    let (fd, size) = try openForWriting(relative)
    defer { close(fd) }
    try FileSystem.writeAll(fd, bytes, at: offset, path: path)
    if size > offset + bytes.count && ftruncate(fd, off_t(offset + bytes.count)) != 0 {
      throw .io(operation: "write", path: path, errno: errno)
    }
    if durable && fsync(fd) != 0 { throw .io(operation: "sync", path: path, errno: errno) }
  }

  /// The current file's size after cutting off an unfinished last line: a command killed while
  /// appending a record it did not journal (one that changed nothing) leaves at most that.
  private func trailSizeWithoutTornLine() throws(StoreError) -> Int {
    guard let info = try entry(TrailLayout.current), info.st_size > 0 else { return 0 }
    let size = Int(info.st_size)
    guard size <= TrailLayout.readLimit else {
      throw .damaged(path: absolutePath(TrailLayout.current), reason: "it is larger than any trail file iam writes")
    }
    let (fd, _) = try openForWriting(TrailLayout.current)
    defer { close(fd) }
    let path = absolutePath(TrailLayout.current)
    var end = size
    // Backwards, a block at a time, to the last newline: normally the very last byte.
    var block = [UInt8](repeating: 0, count: 4096)
    while end > 0 {
      let start = max(0, end - block.count)
      let count = end - start
      let n = block.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(start)) }
      if n != count { throw .io(operation: "read", path: path, errno: n < 0 ? errno : EIO) }
      if let newline = block[0..<count].lastIndex(of: 10) {
        end = start + newline + 1
        break
      }
      end = start
    }
    if end < size && ftruncate(fd, off_t(end)) != 0 { throw .io(operation: "repair", path: path, errno: errno) }
    return end
  }
}

extension Transaction {
  /// Where the trail stands, as the sizes of its two files: what sets apart the records of
  /// consecutive commands in a deterministic run, whose clock does not move.
  public func trailPosition() throws(StoreError) -> String {
    "\(try trailFileSize(TrailLayout.previous))/\(try trailFileSize(TrailLayout.current))"
  }

  /// Calls `body` with each finished line of the trail, oldest first, with the file and line
  /// number it came from. The last line of a file is skipped when it has no newline: a command
  /// was killed while writing it, and the next append cuts it off.
  public func forEachTrailLine(
    _ body: (_ line: ArraySlice<UInt8>, _ file: String, _ number: Int) throws -> Void
  ) throws {
    for relative in [TrailLayout.previous, TrailLayout.current] {
      guard let bytes = try readTrailFile(relative) else { continue }
      let file = absolutePath(relative)
      var number = 0
      var start = bytes.startIndex
      while let newline = bytes[start...].firstIndex(of: 10) {
        number += 1
        try body(bytes[start..<newline], file, number)
        start = newline + 1
      }
    }
  }
}
