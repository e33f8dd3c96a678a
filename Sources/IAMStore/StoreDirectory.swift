#if canImport(Glibc)
  import Glibc
#endif

/// The store's directory tree, reached only through descriptors (D10).
///
/// Every directory is opened relative to its parent with `O_NOFOLLOW`, starting from the store
/// root, so no symbolic link anywhere below the root is followed, and no path built from a name
/// can leave the store: a component that is empty, `.`, `..` or holds a `/` is refused before
/// any system call sees it. Everything opened is checked with `fstat` on the open descriptor
/// (its type, its owner, that neither group nor others may write it, and that a file has no
/// other name), which costs nothing measurable and cannot be raced. Directory descriptors are
/// kept for the life of the value, so each directory is opened and checked once per command.
final class StoreDirectory {
  let root: String
  /// Open directories by their path relative to the root; "" is the root itself.
  private var directories: [String: Int32] = [:]
  private let owner = geteuid()

  /// Opens the store root, creating it (and its missing parents) first when `create` is set;
  /// nil when it does not exist and `create` is not set.
  static func open(root: String, create: Bool) throws(StoreError) -> StoreDirectory? {
    var fd = Glibc.open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    if fd < 0 && errno == ENOENT {
      guard create else { return nil }
      try FileSystem.makeDirectories(root)
      fd = Glibc.open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    }
    if fd < 0 { throw StoreDirectory.openFailure(root, errno: errno, wanted: .directory) }
    // Should the check fail, the new value's deinit closes the descriptor.
    let directory = StoreDirectory(root: root, fd: fd)
    try directory.check(fd, path: root, as: .directory)
    return directory
  }

  private init(root: String, fd: Int32) {
    self.root = root
    directories[""] = fd
  }

  deinit {
    for fd in directories.values { close(fd) }
  }

  func absolutePath(_ relative: String) -> String { relative.isEmpty ? root : root + "/" + relative }

  // MARK: Reading

  /// The whole content of the regular file `relative`, or nil when there is none; a file larger
  /// than `limit` bytes is damage, and is not read.
  func read(_ relative: String, limit: Int) throws(StoreError) -> [UInt8]? {
    try readWithMode(relative, limit: limit)?.bytes
  }

  /// `read`, with the file's permission bits.
  func readWithMode(_ relative: String, limit: Int) throws(StoreError) -> (bytes: [UInt8], mode: mode_t)? {
    guard let (fd, info) = try openFile(relative, flags: O_RDONLY) else { return nil }
    defer { close(fd) }
    guard Int(info.st_size) <= limit,
      let bytes = try FileSystem.readAll(fd, limit: limit, path: absolutePath(relative), regularFile: true)
    else {
      throw .damaged(path: absolutePath(relative), reason: "it is larger than any file iam writes (\(limit) bytes)")
    }
    return (bytes, info.st_mode & 0o7777)
  }

  /// Closes the directories below the root, which are only safe to keep while the lock is held.
  func forgetSubdirectories() {
    for (path, fd) in directories where !path.isEmpty { close(fd) }
    directories = directories.filter { $0.key.isEmpty }
  }

  /// The names in directory `relative`, without `.`/`..` and without dot files, which are the
  /// store's temporary files; a missing directory lists as empty.
  func list(_ relative: String) throws(StoreError) -> [String] {
    guard let fd = try directory(relative, create: false) else { return [] }
    // fdopendir takes the descriptor it is given, so it gets a copy of the cached one.
    let copy = dup(fd)
    guard copy >= 0, let stream = fdopendir(copy) else {
      let code = errno
      if copy >= 0 { close(copy) }
      throw .io(operation: "list", path: absolutePath(relative), errno: code)
    }
    defer { closedir(stream) }
    rewinddir(stream)
    return FileSystem.names(in: stream)
  }

  // MARK: Writing

  /// Opens the regular file `relative` for reading and writing, creating it (and its directory)
  /// when missing; with its size as it was opened.
  func openForWriting(_ relative: String) throws(StoreError) -> (fd: Int32, size: Int) {
    guard let (fd, info) = try openFile(relative, flags: O_RDWR | O_CREAT) else {
      throw .io(operation: "create", path: absolutePath(relative), errno: ENOENT)
    }
    return (fd, Int(info.st_size))
  }

  /// Overwrites `relative` with `bytes`, creating it and its directory if needed. Not atomic on
  /// its own: the store only writes in place what its journal can redo.
  func writeInPlace(
    _ relative: String, _ bytes: [UInt8], durable: Bool, afterOpening: () throws(StoreError) -> Void
  ) throws(StoreError) {
    let fd = try openForWriting(relative).fd
    defer { close(fd) }
    try afterOpening()
    // No O_TRUNC: truncating a file to zero makes ext4 flush it (its guard for programs that
    // rewrite files that way), which costs more than the rest of the commit. The new bytes are
    // written over the old ones and the file cut to their length instead.
    try FileSystem.writeAll(fd, bytes, at: 0, path: absolutePath(relative))
    if ftruncate(fd, off_t(bytes.count)) != 0 { throw .io(operation: "write", path: absolutePath(relative), errno: errno) }
    if durable && fsync(fd) != 0 { throw .io(operation: "sync", path: absolutePath(relative), errno: errno) }
  }

  /// Removes the file `relative`; one that is already gone is not an error.
  func remove(_ relative: String) throws(StoreError) {
    let (parent, name) = try StoreDirectory.split(relative, root: root)
    guard let parentFD = try directory(parent, create: false) else { return }
    if unlinkat(parentFD, name, 0) != 0 && errno != ENOENT {
      throw .io(operation: "remove", path: absolutePath(relative), errno: errno)
    }
  }

  /// Removes the directory `relative` if it is empty; a missing or non-empty one is left alone.
  func removeDirectory(_ relative: String) throws(StoreError) {
    let (parent, name) = try StoreDirectory.split(relative, root: root)
    guard let parentFD = try directory(parent, create: false) else { return }
    if unlinkat(parentFD, name, AT_REMOVEDIR) != 0 && errno != ENOENT && errno != ENOTEMPTY && errno != EEXIST {
      throw .io(operation: "remove", path: absolutePath(relative), errno: errno)
    }
    if let fd = directories.removeValue(forKey: relative) { close(fd) }
  }

  /// Gives the file `source` the name `target`, replacing what had it; both are in the same
  /// directory.
  func rename(_ source: String, to target: String, durable: Bool) throws(StoreError) {
    let (parent, name) = try StoreDirectory.split(source, root: root)
    let (targetParent, targetName) = try StoreDirectory.split(target, root: root)
    precondition(parent == targetParent, "a rename stays in its directory")
    guard let parentFD = try directory(parent, create: false) else { return }
    if renameat(parentFD, name, parentFD, targetName) != 0 {
      throw .io(operation: "rename", path: absolutePath(source), errno: errno)
    }
    if durable { try syncDirectory(parent) }
  }

  /// Flushes the entries of directory `relative`; one that no longer exists has nothing to
  /// flush (its removal is its parent's entry).
  func syncDirectory(_ relative: String) throws(StoreError) {
    guard let fd = try directory(relative, create: false) else { return }
    if fsync(fd) != 0 { throw .io(operation: "sync", path: absolutePath(relative), errno: errno) }
  }

  /// Checks, before a commit, that `relative` can be written as a regular file: nothing but a
  /// regular file that an open would accept may stand there, and nothing but directories on the
  /// way to it.
  func checkWritable(_ relative: String) throws(StoreError) {
    // The checks of an open, so that a file only written (never read first) is refused before
    // the commit point instead of after it.
    try checkParentWritable(relative)
    guard let info = try entry(relative) else { return }
    try vet(info, path: absolutePath(relative), as: .file)
    try vetWritable(info, path: absolutePath(relative), as: .file)
  }

  /// Checks, before a commit, that `relative` can be removed as a `kind`: the directory it is
  /// removed from passes the checks of an open, and nothing of the other kind stands there. A
  /// removal is often the only thing a command does in that directory.
  func checkRemovable(_ relative: String, as kind: Kind) throws(StoreError) {
    try checkParentWritable(relative)
    guard let info = try entry(relative) else { return }
    let type = info.st_mode & S_IFMT
    if (type == S_IFDIR) != (kind == .directory) { throw StoreDirectory.wrongType(absolutePath(relative), type, wanted: kind) }
  }

  /// Checks that the directory `relative` is created in or removed from lets its owner do so:
  /// a store its owner made read-only would otherwise take a change up to its commit point and
  /// then stop every command that tries to finish it.
  private func checkParentWritable(_ relative: String) throws(StoreError) {
    // A parent not made yet is made in its own parent: the nearest one that exists is changed.
    var (parent, _) = try StoreDirectory.split(relative, root: root)
    var parentFD = try directory(parent, create: false)
    while parentFD == nil && !parent.isEmpty {
      parent = parent.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(parent[..<$0]) } ?? ""
      parentFD = try directory(parent, create: false)
    }
    guard let parentFD else { return }
    var info = stat()
    if fstat(parentFD, &info) != 0 { throw .io(operation: "inspect", path: absolutePath(parent), errno: errno) }
    try vetWritable(info, path: absolutePath(parent), as: .directory)
  }

  /// Whether its owner may change what `info` describes: write for a file, write and search for a
  /// directory. The superuser may whatever the mode says.
  private func vetWritable(_ info: stat, path: String, as kind: Kind) throws(StoreError) {
    let needed: mode_t = kind == .file ? 0o200 : 0o300
    guard owner != 0, info.st_mode & needed != needed else { return }
    throw .unsafe(
      path: path,
      problem: "is not writable by you (mode \(FileSystem.octal(info.st_mode & 0o7777))), so this change could not be made",
      remedy: "fix it with: chmod \(kind.mode) \(FileSystem.shellWord(path))")
  }

  /// What stands at `relative`, a link not followed, once the directories on the way to it are
  /// open and checked; nil when nothing does.
  func entry(_ relative: String) throws(StoreError) -> stat? {
    let (parent, name) = try StoreDirectory.split(relative, root: root)
    guard let parentFD = try directory(parent, create: false) else { return nil }
    var info = stat()
    if fstatat(parentFD, name, &info, AT_SYMLINK_NOFOLLOW) != 0 {
      if errno == ENOENT { return nil }
      throw .io(operation: "inspect", path: absolutePath(relative), errno: errno)
    }
    return info
  }

  /// An exclusive lock on the store directory or a file in it, held until released.
  struct Lock {
    fileprivate let fd: Int32
    /// Whether the descriptor was opened for the lock alone, and is closed with it.
    fileprivate let ownsDescriptor: Bool

    func release() {
      _ = flock(fd, LOCK_UN)
      if ownsDescriptor { close(fd) }
    }
  }

  /// Waits for, then takes, the exclusive lock on the store directory.
  func lockExclusively() throws(StoreError) -> Lock {
    try StoreDirectory.lock(directories[""]!, path: root)
    return Lock(fd: directories[""]!, ownsDescriptor: false)
  }

  /// Waits for, then takes, the exclusive lock on the file `relative`, if there is one.
  func lockExclusively(_ relative: String) throws(StoreError) -> Lock? {
    guard let (fd, _) = try openFile(relative, flags: O_RDONLY) else { return nil }
    do throws(StoreError) {
      try StoreDirectory.lock(fd, path: absolutePath(relative))
    } catch {
      close(fd)
      throw error
    }
    return Lock(fd: fd, ownsDescriptor: true)
  }

  private static func lock(_ fd: Int32, path: String) throws(StoreError) {
    while flock(fd, LOCK_EX) != 0 {
      if errno == EINTR { continue }
      throw .io(operation: "lock", path: path, errno: errno)
    }
  }

  // MARK: Descriptors

  /// The open, checked directory `relative`; nil when missing and `create` is not set.
  private func directory(_ relative: String, create: Bool) throws(StoreError) -> Int32? {
    if let fd = directories[relative] { return fd }
    let (parent, name) = try StoreDirectory.split(relative, root: root)
    guard let parentFD = try directory(parent, create: create) else { return nil }
    var fd = openat(parentFD, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    if fd < 0 && errno == ENOENT {
      guard create else { return nil }
      if mkdirat(parentFD, name, FileSystem.directoryMode) != 0 && errno != EEXIST {
        throw .io(operation: "create directory", path: absolutePath(relative), errno: errno)
      }
      fd = openat(parentFD, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    }
    if fd < 0 {
      throw StoreDirectory.openFailure(absolutePath(relative), errno: errno, wanted: .directory, parent: parentFD, name: name)
    }
    try checked(fd, path: absolutePath(relative), as: .directory)
    directories[relative] = fd
    return fd
  }

  /// Opens the file `relative` with `flags` (never following a link, never blocking on a FIFO,
  /// never becoming a controlling terminal) and checks it; nil when it does not exist.
  private func openFile(_ relative: String, flags: Int32) throws(StoreError) -> (fd: Int32, info: stat)? {
    let (parent, name) = try StoreDirectory.split(relative, root: root)
    guard let parentFD = try directory(parent, create: flags & O_CREAT != 0) else { return nil }
    let fd = openat(
      parentFD, name, flags | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, FileSystem.fileMode)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw StoreDirectory.openFailure(absolutePath(relative), errno: errno, wanted: .file, parent: parentFD, name: name)
    }
    return (fd, try checked(fd, path: absolutePath(relative), as: .file))
  }

  /// What `check` found out about `fd` once it passes; `fd` is closed when it does not.
  @discardableResult
  private func checked(_ fd: Int32, path: @autoclosure () -> String, as kind: Kind) throws(StoreError) -> stat {
    do throws(StoreError) {
      return try check(fd, path: path(), as: kind)
    } catch {
      close(fd)
      throw error
    }
  }

  enum Kind {
    case file, directory

    var word: String { self == .file ? "file" : "directory" }
    var mode: String { self == .file ? "600" : "700" }
  }

  /// What `fd` opened, once `vet` passes it. The path is only worked out for a message: every
  /// file and directory a command opens comes through here.
  @discardableResult
  private func check(_ fd: Int32, path: @autoclosure () -> String, as kind: Kind) throws(StoreError) -> stat {
    var info = stat()
    if fstat(fd, &info) != 0 { throw .io(operation: "inspect", path: path(), errno: errno) }
    try vet(info, path: path(), as: kind)
    return info
  }

  /// The type, owner, write permissions and, for a file, the number of names of what `info`
  /// describes.
  private func vet(_ info: stat, path: @autoclosure () -> String, as kind: Kind) throws(StoreError) {
    let type = info.st_mode & S_IFMT
    guard type == (kind == .file ? S_IFREG : S_IFDIR) else { throw StoreDirectory.wrongType(path(), type, wanted: kind) }
    guard info.st_uid == owner else {
      throw .unsafe(
        path: path(),
        problem: "belongs to user id \(info.st_uid), not to you (user id \(owner)), so its owner can change your account",
        remedy: "use a store of your own (AWS_SIM_HOME), or run iam as its owner")
    }
    if info.st_mode & 0o022 != 0 {
      let shown = path()
      throw .unsafe(
        path: shown,
        problem: "is writable by \(info.st_mode & 0o002 != 0 ? "others" : "its group") (mode \(FileSystem.octal(info.st_mode & 0o7777))), so someone else could change your account or make iam overwrite your files",
        remedy: "fix it with: chmod \(kind.mode) \(FileSystem.shellWord(shown))")
    }
    // A file written in place changes under every name it has: a hard link from the store to a
    // file elsewhere would have iam overwrite, or empty, that file.
    if kind == .file && info.st_nlink > 1 {
      let shown = path()
      let (directory, name) = FileSystem.split(shown)
      let copy = FileSystem.shellWord(directory + "/." + name + ".copy")
      throw .unsafe(
        path: shown,
        problem: "is a hard link, one of \(info.st_nlink) names of the same file, so writing it would change the file under its other names too",
        remedy: "give the store a copy of its own with: cp -p \(FileSystem.shellWord(shown)) \(copy) && mv \(copy) \(FileSystem.shellWord(shown))")
    }
  }

  private static func openFailure(
    _ path: String, errno code: Int32, wanted: Kind, parent: Int32? = nil, name: String? = nil
  ) -> StoreError {
    // O_NOFOLLOW reports a link as ELOOP, O_DIRECTORY anything else as ENOTDIR; O_NONBLOCK on a
    // FIFO that nobody reads gives ENXIO. Each is something standing where it must not.
    if code == ELOOP { return .damaged(path: path, reason: "it is a symbolic link, and iam follows no links in its store") }
    if code == ENXIO || code == EISDIR || code == ENODEV || (code == ENOTDIR && wanted == .directory) {
      var info = stat()
      // O_DIRECTORY with O_NOFOLLOW reports a link as ENOTDIR: what stands there says which.
      let found = parent.map { fstatat($0, name ?? "", &info, AT_SYMLINK_NOFOLLOW) } ?? lstat(path, &info)
      if found == 0 { return wrongType(path, info.st_mode & S_IFMT, wanted: wanted) }
      return .damaged(path: path, reason: wanted == .file ? "it is not a regular file" : "it is not a directory")
    }
    return .io(operation: "open", path: path, errno: code)
  }

  private static func wrongType(_ path: String, _ type: mode_t, wanted: Kind) -> StoreError {
    let found = FileSystem.describe(type) + (type == S_IFLNK ? ", and iam follows no links in its store," : "")
    return .damaged(path: path, reason: "it is \(found) where a \(wanted == .file ? "regular file" : "directory") belongs")
  }
}
