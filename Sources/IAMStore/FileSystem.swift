#if canImport(Glibc)
  import Glibc
#endif

/// The few POSIX file operations the tool needs, with errors that name the path.
///
/// Files are created 0600 and directories 0700: the store holds credentials.
public enum FileSystem {
  public static let fileMode: mode_t = 0o600
  public static let directoryMode: mode_t = 0o700

  /// What reading a file named by the user gave.
  public enum InputRead: Sendable, Equatable {
    case bytes([UInt8])
    case missing
    /// The file holds more than the limit; nothing more than the limit was read.
    case tooLarge(limit: Int)
    /// Something that is not a file stands there, such as "a directory".
    case notAFile(String)
  }

  /// Reads a file named by the user (a policy document, a credential file), following links as
  /// any command would, but reading at most `limit` bytes: a large file is refused by its size
  /// without reading it, and an endless device (`/dev/zero`) after `limit` bytes. A pipe reached
  /// through a link, such as `/dev/stdin` or a shell's `<(...)`, is read like a file; a named
  /// pipe given by its own path is refused rather than waited on.
  public static func readInput(_ path: String, limit: Int) throws(StoreError) -> InputRead {
    var info = stat()
    if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFIFO { return .notAFile(describe(S_IFIFO)) }
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    if fd < 0 {
      if errno == ENOENT { return .missing }
      if errno == ENXIO, stat(path, &info) == 0 { return .notAFile(describe(info.st_mode & S_IFMT)) }
      throw .io(operation: "open", path: path, errno: errno)
    }
    defer { close(fd) }
    if fstat(fd, &info) != 0 { throw .io(operation: "inspect", path: path, errno: errno) }
    let type = info.st_mode & S_IFMT
    switch type {
    case S_IFREG:
      if Int(info.st_size) > limit { return .tooLarge(limit: limit) }
      guard let bytes = try readAll(fd, limit: limit, path: path, regularFile: true) else { return .tooLarge(limit: limit) }
      return .bytes(bytes)
    case S_IFIFO, S_IFCHR:
      // Opened without blocking so that opening cannot hang; reading may wait for the writer.
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    default:
      return .notAFile(describe(type))
    }
    guard let bytes = try readAll(fd, limit: limit, path: path) else { return .tooLarge(limit: limit) }
    return .bytes(bytes)
  }

  /// The content of `path`, at most `limit` bytes of it, or nil when it does not exist; anything
  /// else that is not a file's content is an error that says what stands there.
  public static func readFile(_ path: String, limit: Int) throws(StoreError) -> [UInt8]? {
    switch try readInput(path, limit: limit) {
    case .bytes(let bytes): return bytes
    case .missing: return nil
    case .tooLarge(let limit): throw .io(operation: "read more than \(limit) bytes of", path: path, errno: EFBIG)
    case .notAFile(let kind): throw .damaged(path: path, reason: "it is \(kind), not a file")
    }
  }

  /// Everything `fd` has to read, or nil as soon as it has more than `limit` bytes.
  ///
  /// For a regular file a short read is its end (POSIX), which saves the read that would only
  /// confirm it; pipes and devices are read until a read returns nothing.
  static func readAll(
    _ fd: Int32, limit: Int, path: @autoclosure () -> String, regularFile: Bool = false
  ) throws(StoreError) -> [UInt8]? {
    // The chunk is left uninitialised: zeroing 16 KB for every record read was a tenth of what a
    // listing of 1,000 users cost.
    var failure: Int32 = 0
    let result = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16384) { chunk -> [UInt8]? in
      var result: [UInt8] = []
      while true {
        let n = read(fd, chunk.baseAddress, chunk.count)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return nil
        }
        if n == 0 { return result }
        if result.count + n > limit { return nil }
        result.append(contentsOf: chunk[0..<n])
        if regularFile && n < chunk.count { return result }
      }
    }
    if failure != 0 && failure != EISDIR { throw .io(operation: "read", path: path(), errno: failure) }
    return result
  }

  /// How a file type is named in messages.
  public static func describe(_ type: mode_t) -> String {
    switch type {
    case S_IFLNK: return "a symbolic link"
    case S_IFDIR: return "a directory"
    case S_IFREG: return "a regular file"
    case S_IFIFO: return "a named pipe (FIFO)"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFSOCK: return "a socket"
    default: return "not a regular file"
    }
  }

  /// Permission bits as `chmod` writes them: `0755`.
  static func octal(_ mode: mode_t) -> String {
    let digits = String(mode, radix: 8)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// `path` as one shell word, quoted only when it needs to be, for commands a message suggests.
  public static func shellWord(_ path: String) -> String {
    let plain = path.utf8.allSatisfy { byte in
      (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || "/._-+=@%:,".utf8.contains(byte)
    }
    if plain && !path.isEmpty { return path }
    var quoted = "'"
    for character in path { quoted += character == "'" ? #"'\''"# : String(character) }
    return quoted + "'"
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

  /// Writes `bytes` to `path` only if nothing is there: the file appears whole or not at all,
  /// and an existing file or link is never replaced. Returns false when `path` exists.
  public static func writeNewFile(_ path: String, _ bytes: [UInt8], mode: mode_t = fileMode) throws(StoreError) -> Bool {
    let (directory, name) = split(path)
    let temporary = directory + "/." + name + ".tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, mode)
    if fd < 0 { throw .io(operation: "create", path: temporary, errno: errno) }
    do throws(StoreError) {
      try writeAll(fd, bytes, path: temporary)
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    close(fd)
    // A hard link is made only where no name exists: the no-replace counterpart of rename.
    let linked = link(temporary, path) == 0
    let code = errno
    unlink(temporary)
    if linked { return true }
    if code == EEXIST { return false }
    throw .io(operation: "create", path: path, errno: code)
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: @autoclosure () -> String) throws(StoreError) {
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(offset + done)) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .io(operation: "write", path: path(), errno: errno)
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

  /// The names in a directory, without `.`/`..` and without hidden (dot) files, which are the
  /// store's temporary files. A missing directory lists as empty.
  public static func listDirectory(_ path: String) throws(StoreError) -> [String] {
    guard let dir = opendir(path) else {
      if errno == ENOENT { return [] }
      throw .io(operation: "list", path: path, errno: errno)
    }
    defer { closedir(dir) }
    return names(in: dir)
  }

  /// The names an open directory stream lists, dot files left out.
  static func names(in stream: OpaquePointer) -> [String] {
    var names: [String] = []
    while let entry = readdir(stream) {
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

  /// What stands at `path` itself, a link not followed; nil when nothing does.
  public static func entryStatus(_ path: String) -> stat? {
    var info = stat()
    return lstat(path, &info) == 0 ? info : nil
  }

  public static func isDirectory(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }

  private static func syncDirectory(_ path: String) throws(StoreError) {
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
