#if canImport(Glibc)
  import Glibc
#endif

/// The few POSIX file operations the tool needs, with errors that name the path.
///
/// Files are created 0600 and directories 0700: the store holds credentials.
public enum FileSystem {
  public static let fileMode: mode_t = 0o600
  public static let directoryMode: mode_t = 0o700

  /// The whole content of `path`, or nil when it does not exist.
  public static func readFile(_ path: String) throws(StoreError) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw .io(operation: "open", path: path, errno: errno)
    }
    defer { close(fd) }
    var result: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 16384)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .io(operation: "read", path: path, errno: errno)
      }
      if n == 0 { break }
      result.append(contentsOf: chunk[0..<n])
    }
    return result
  }

  /// Replaces `path` with `bytes` atomically: readers see the old file or the new one, never a
  /// mix, even if the process is killed half-way. With `durable`, the data and the directory
  /// entry are also flushed to disk before returning.
  public static func writeFileAtomically(
    _ path: String, _ bytes: [UInt8], mode: mode_t = fileMode, durable: Bool,
    beforeRename: () -> Void = {}
  ) throws(StoreError) {
    let (directory, name) = split(path)
    let temporary = directory + "/." + name + ".tmp"
    var fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    if fd < 0 && errno == ENOENT {
      try makeDirectories(directory)
      fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
    }
    if fd < 0 { throw .io(operation: "create", path: temporary, errno: errno) }
    do throws(StoreError) {
      try writeAll(fd, bytes, path: temporary)
      if durable && fsync(fd) != 0 { throw StoreError.io(operation: "sync", path: temporary, errno: errno) }
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    close(fd)
    beforeRename()
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw .io(operation: "rename", path: path, errno: code)
    }
    if durable { try syncDirectory(directory) }
  }

  /// Overwrites `path` with `bytes`, creating it and its directory if needed. Not atomic on its
  /// own: the store only writes in place what its journal can redo.
  static func writeFileInPlace(
    _ path: String, _ bytes: [UInt8], durable: Bool, afterOpening: () -> Void = {}
  ) throws(StoreError) {
    // No O_TRUNC: truncating a file to zero makes ext4 flush it (its guard for programs that
    // rewrite files that way), which costs more than the rest of the commit. The new bytes are
    // written over the old ones and the file cut to their length instead.
    var fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, fileMode)
    if fd < 0 && errno == ENOENT {
      try makeDirectories(split(path).directory)
      fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, fileMode)
    }
    if fd < 0 { throw .io(operation: "write", path: path, errno: errno) }
    defer { close(fd) }
    afterOpening()
    try writeAll(fd, bytes, at: 0, path: path)
    if ftruncate(fd, off_t(bytes.count)) != 0 { throw .io(operation: "write", path: path, errno: errno) }
    if durable && fsync(fd) != 0 { throw .io(operation: "sync", path: path, errno: errno) }
  }

  /// Writes a journal: the payload first, then the header that makes it count, each flushed
  /// first in durable mode so that a header can never reach the disk before its payload.
  static func writeJournal(
    _ path: String, header: [UInt8], payload: [UInt8], headerOffset: Int, payloadOffset: Int, durable: Bool,
    betweenWrites: () -> Void
  ) throws(StoreError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, fileMode)
    if fd < 0 { throw .io(operation: "write", path: path, errno: errno) }
    defer { close(fd) }
    try writeAll(fd, payload, at: payloadOffset, path: path)
    if durable && fsync(fd) != 0 { throw .io(operation: "sync", path: path, errno: errno) }
    betweenWrites()
    try writeAll(fd, header, at: headerOffset, path: path)
    if durable && fsync(fd) != 0 { throw .io(operation: "sync", path: path, errno: errno) }
  }

  /// Empties a file, keeping it.
  static func truncateFile(_ path: String, durable: Bool) throws(StoreError) {
    let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
    if fd < 0 { throw .io(operation: "empty", path: path, errno: errno) }
    defer { close(fd) }
    if durable && fsync(fd) != 0 { throw .io(operation: "sync", path: path, errno: errno) }
  }

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(StoreError) {
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .io(operation: "write", path: path, errno: errno)
      }
      done += n
    }
  }

  /// Writes `bytes` to a new file that must not exist yet (used for the first credential file).
  public static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .io(operation: "write", path: path, errno: errno)
      }
      offset += n
    }
  }

  /// Removes a file; a file that is already gone is not an error.
  public static func removeFile(_ path: String) throws(StoreError) {
    if unlink(path) != 0 && errno != ENOENT {
      throw .io(operation: "remove", path: path, errno: errno)
    }
  }

  /// Removes an empty directory; a missing or non-empty one is left alone.
  public static func removeDirectory(_ path: String) throws(StoreError) {
    if rmdir(path) != 0 && errno != ENOENT && errno != ENOTEMPTY && errno != EEXIST {
      throw .io(operation: "remove", path: path, errno: errno)
    }
  }

  /// Creates `path` and any missing parents, each with mode 0700.
  public static func makeDirectories(_ path: String) throws(StoreError) {
    if mkdir(path, directoryMode) == 0 { return }
    if errno == EEXIST {
      // Something by that name: fine if it is a directory, an error to report now if not.
      guard let info = try status(path), isDirectory(info) else {
        throw .io(operation: "create directory", path: path, errno: ENOTDIR)
      }
      return
    }
    guard errno == ENOENT else { throw .io(operation: "create directory", path: path, errno: errno) }
    let (parent, _) = split(path)
    if parent != path && !parent.isEmpty { try makeDirectories(parent) }
    if mkdir(path, directoryMode) != 0 && errno != EEXIST {
      throw .io(operation: "create directory", path: path, errno: errno)
    }
  }

  /// Throws ENOTDIR when something other than a directory stands at `path` or at one of the
  /// ancestors that `makeDirectories` would need; missing directories are fine.
  static func checkDirectoryPath(_ path: String) throws(StoreError) {
    guard let info = try status(path) else {
      let parent = split(path).directory
      if parent != path && !parent.isEmpty && parent != "." { try checkDirectoryPath(parent) }
      return
    }
    guard isDirectory(info) else { throw .io(operation: "create directory", path: path, errno: ENOTDIR) }
  }

  /// The names in a directory, without `.`/`..` and without hidden (dot) files, which are the
  /// store's temporary files. A missing directory lists as empty.
  public static func listDirectory(_ path: String) throws(StoreError) -> [String] {
    guard let dir = opendir(path) else {
      if errno == ENOENT { return [] }
      throw .io(operation: "list", path: path, errno: errno)
    }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name.utf8.first == UInt8(ascii: ".") { continue }
      names.append(name)
    }
    return names
  }

  /// The permission bits and type of `path`, or nil when it does not exist.
  public static func status(_ path: String) throws(StoreError) -> stat? {
    var info = stat()
    if stat(path, &info) != 0 {
      if errno == ENOENT { return nil }
      throw .io(operation: "inspect", path: path, errno: errno)
    }
    return info
  }

  public static func isDirectory(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }

  static func syncDirectory(_ path: String) throws(StoreError) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if fd < 0 { throw .io(operation: "open", path: path, errno: errno) }
    defer { close(fd) }
    if fsync(fd) != 0 { throw .io(operation: "sync", path: path, errno: errno) }
  }

  /// Splits `a/b/c` into `a/b` and `c`; a bare name lives in `.`.
  public static func split(_ path: String) -> (directory: String, name: String) {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
    let directory = String(path[..<slash])
    let name = String(path[path.index(after: slash)...])
    return (directory.isEmpty ? "/" : directory, name)
  }

  /// `path` resolved against `base` unless it is already absolute.
  public static func resolve(_ path: String, against base: String) -> String {
    if path.hasPrefix("/") || base.isEmpty || base == "." { return path }
    return base.hasSuffix("/") ? base + path : base + "/" + path
  }
}
