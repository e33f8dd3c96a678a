#if canImport(Glibc)
  import Glibc
#endif

/// How a store is opened.
public struct StoreOptions: Sendable {
  /// The store directory (`AWS_SIM_HOME` or `~/.aws-sim`).
  public var root: String
  /// Flush every commit to disk before returning. Without it a commit survives the death of the
  /// process at any instant, but not necessarily a power cut.
  public var durable: Bool
  /// Test hook: kill the process with SIGKILL at this step of the next commit (1-based).
  public var crashAtStep: Int?
  /// Test hook: make this step of the commit fail as a full disk does (1-based).
  public var failAtStep: Int?
  /// The largest journal a commit writes and a recovery reads; lowered by tests.
  public var journalLimit = StoreLayout.journalLimit

  public init(root: String, durable: Bool = false, crashAtStep: Int? = nil, failAtStep: Int? = nil) {
    // `store/` names the same directory as `store`, but opening it follows a link even with
    // O_NOFOLLOW: a store that is a link would be used when named with a slash at its end.
    var root = root
    while root.utf8.count > 1 && root.hasSuffix("/") { root.removeLast() }
    self.root = root
    self.durable = durable
    self.crashAtStep = crashAtStep
    self.failAtStep = failAtStep
  }
}

/// The account store: a directory of JSON files, changed only in transactions that hold the
/// account lock, so that concurrent commands serialise and each one commits all or nothing.
public final class Store {
  public let options: StoreOptions
  private var steps = 0
  private var opened: StoreDirectory?
  /// What the store did on its own that the user should hear about, such as discarding an
  /// unfinished commit or leaving a committed one to be finished by the next command.
  public private(set) var notices: [String] = []

  public init(options: StoreOptions) { self.options = options }

  /// Forgets the notices once they have been passed on.
  public func clearNotices() { notices.removeAll() }

  public var root: String { options.root }

  /// Runs `body` as one transaction under the exclusive account lock and commits its changes if
  /// it returns; if it throws, nothing it staged is written.
  public func transaction<T>(_ body: (Transaction) throws -> T) throws -> T {
    guard let directory = try directory(create: true) else {
      throw StoreError.io(operation: "create directory", path: root, errno: ENOENT)
    }
    let locks = try acquireLocks(directory)
    // Directories below the root are opened afresh under the lock: one kept from before it could
    // have been removed or replaced by another command since.
    directory.forgetSubdirectories()
    defer {
      directory.forgetSubdirectories()
      for lock in locks.reversed() { lock.release() }
    }
    let (journal, journalSize) = try directory.openForWriting(StoreLayout.journal)
    defer { close(journal) }
    try recover(directory, journal: journal, size: journalSize)
    let transaction = Transaction(directory: directory)
    let result: T
    do {
      result = try body(transaction)
    } catch {
      appendTrailAlone(transaction.trailLines, directory)
      throw error
    }
    try commit(transaction, directory, journal: journal)
    return result
  }

  /// Whether the store holds an account already; a hint only, read without the lock.
  public var hasAccount: Bool { FileSystem.exists(root + "/" + StoreLayout.account) }

  /// Whether a killed commit left its journal behind, so that files read outside a transaction
  /// (the root credential file) may be half written until the next transaction finishes it.
  public var hasPendingJournal: Bool {
    guard let info = FileSystem.entryStatus(root + "/" + StoreLayout.journal) else { return false }
    return info.st_size > 0
  }

  /// A store file read without the lock, with the same checks as in a transaction, and its
  /// permission bits; nil when the store or the file does not exist.
  public func readUnlocked(_ relative: String) throws(StoreError) -> (bytes: [UInt8], mode: mode_t)? {
    guard let directory = try directory(create: false) else { return nil }
    defer { directory.forgetSubdirectories() }
    return try directory.readWithMode(relative, limit: StoreLayout.readLimit(relative))
  }

  /// A view of the store without taking the lock, for read-only helpers such as shell completion
  /// that must answer at once even while another command holds the lock; nil when there is no
  /// store.
  public func unlockedSnapshot() throws(StoreError) -> Transaction? {
    guard let directory = try directory(create: false) else { return nil }
    return Transaction(directory: directory)
  }

  /// The store directory, opened once per process: every command reads it, and most run one
  /// transaction after reading the root credential file.
  private func directory(create: Bool) throws(StoreError) -> StoreDirectory? {
    if let opened { return opened }
    opened = try StoreDirectory.open(root: root, create: create)
    return opened
  }

  /// Takes the account lock: an exclusive `flock` on the store directory itself. A lock file
  /// could be deleted while held (a "stale lock" clean-up), after which the next command would
  /// lock a new file and run alongside the holder; the directory cannot be removed from under
  /// the commands that hold it open.
  ///
  /// An iam of schema 1 locked the file `lock` instead, and creates it wherever it runs; where
  /// it stands, that lock is taken too (after the directory's, as such an iam takes no other),
  /// so that one still running while iam is upgraded cannot write beside, or during, the
  /// migration.
  private func acquireLocks(_ directory: StoreDirectory) throws(StoreError) -> [StoreDirectory.Lock] {
    let lock = try directory.lockExclusively()
    do throws(StoreError) {
      guard let legacy = try directory.lockExclusively(StoreLayout.legacyLock) else { return [lock] }
      return [lock, legacy]
    } catch {
      lock.release()
      throw error
    }
  }

  /// Finishes a commit that an earlier process did not live to complete, or discards one that
  /// never reached its commit point.
  private func recover(_ directory: StoreDirectory, journal: Int32, size: Int) throws(StoreError) {
    let path = directory.absolutePath(StoreLayout.journal)
    // Refused by its size, as every store file is: reading up to the limit first cost every
    // command a quarter of a gigabyte and seconds.
    guard size <= options.journalLimit,
      let bytes = try FileSystem.readAll(journal, limit: options.journalLimit, path: path)
    else {
      throw StoreError.damaged(path: path, reason: "it is larger than any change iam writes")
    }
    switch try Journal.state(of: bytes, file: path) {
    case .empty:
      return
    case .unfinished:
      notices.append("discarded an unfinished change that an interrupted iam left in \(path); none of it had been applied")
    case .committed(let changes):
      try applyAll(changes, directory)
    }
    try emptyJournal(journal, path: path)
  }

  private func commit(_ transaction: Transaction, _ directory: StoreDirectory, journal: Int32) throws(StoreError) {
    var changes = transaction.changes
    guard !changes.isEmpty else {
      appendTrailAlone(transaction.trailLines, directory)
      return
    }
    let path = directory.absolutePath(StoreLayout.journal)
    // What can be found out before the commit point should be: something other than a regular
    // file where one is to be written or removed, or a directory others may change, leaves the
    // transaction undone instead of half applied. Nothing is created yet, so that a commit killed
    // before its commit point leaves no trace.
    for (relative, change) in changes {
      switch change {
      case .write: try directory.checkWritable(relative)
      case .remove: try directory.checkRemovable(relative, as: .file)
      case .removeDirectory: try directory.checkRemovable(relative, as: .directory)
      case .append: break
      }
    }
    // The records of a change go into its journal, so that both happen or neither does.
    let trail = transaction.trailLines
    if !trail.isEmpty {
      try directory.checkWritable(TrailLayout.current)
      let offset = try directory.prepareTrailAppend(adding: trail.count, durable: options.durable)
      changes.append((TrailLayout.current, .append(at: offset, trail)))
    }
    // The payload first, then the header that makes it count, each flushed first in durable
    // mode so that a header can never reach the disk before its payload.
    let payload = Journal.payload(changes)
    // A journal that recovery would refuse to read could never finish the change it commits.
    if Journal.headerSize + payload.count > options.journalLimit {
      throw .io(operation: "write", path: path, errno: EFBIG)
    }
    do throws(StoreError) {
      try FileSystem.writeAll(journal, payload, at: Journal.headerSize, path: path)
      if options.durable && fsync(journal) != 0 { throw .io(operation: "sync", path: path, errno: errno) }
      try reachedStep(path)
      try FileSystem.writeAll(journal, Journal.header(for: payload), at: 0, path: path)
      if options.durable && fsync(journal) != 0 { throw .io(operation: "sync", path: path, errno: errno) }
    } catch {
      // Short of its commit point the change never happened; what was written of it goes, so
      // that the store is left exactly as it was (and the space it took is given back).
      _ = ftruncate(journal, 0)
      throw error
    }
    // The commit point is behind us: the change has happened, whatever becomes of the files now.
    // If they cannot be written (a full disk), the journal keeps the change, the next command
    // finishes it, and this one still succeeds, so that what it prints (a new secret, shown
    // only once) is not lost.
    do throws(StoreError) {
      try reachedStep(path)
      try applyAll(changes, directory)
      try emptyJournal(journal, path: path)
    } catch {
      notices.append(
        "the change is saved in \(path) but could not be written out yet (\(error.message)); the next iam command will finish it"
      )
    }
    try reachedStep(path, canFail: false)
  }

  /// Writes, then removals of files, then removals of directories: the end state is the same in
  /// any order (every path has one change, and a directory is only removed when empty), and
  /// this one keeps the file system from interleaving creations and deletions, which made a
  /// group of 5,000 members take seconds to rename on ext4.
  private func applyAll(
    _ changes: [(path: String, change: Transaction.Change)], _ directory: StoreDirectory
  ) throws(StoreError) {
    for change in changes {
      switch change.change {
      case .write, .append: try apply(change, directory)
      case .remove, .removeDirectory: break
      }
    }
    for change in changes where change.change == .remove { try apply(change, directory) }
    for change in changes where change.change == .removeDirectory { try apply(change, directory) }
    try syncDirectories(of: changes, directory)
  }

  private func apply(_ entry: (path: String, change: Transaction.Change), _ directory: StoreDirectory) throws(StoreError) {
    let path = directory.absolutePath(entry.path)
    switch entry.change {
    case .write(let bytes):
      try directory.writeInPlace(entry.path, bytes, durable: options.durable) { () throws(StoreError) in
        try reachedStep(path)
      }
    case .remove:
      try directory.remove(entry.path)
    case .removeDirectory:
      try directory.removeDirectory(entry.path)
    case .append(let offset, let bytes):
      try directory.writeEnd(entry.path, bytes, at: offset, durable: options.durable)
    }
    try reachedStep(path)
  }

  /// Adds the records of a command that changed nothing, or whose changes were rolled back, to
  /// the trail. Nothing depends on them reaching the disk, so they are not journaled or flushed:
  /// a command killed while writing them leaves an unfinished line, cut off by the next append.
  /// A trail that cannot be written does not fail the command; the user hears why.
  private func appendTrailAlone(_ lines: [UInt8], _ directory: StoreDirectory) {
    guard !lines.isEmpty else { return }
    do throws(StoreError) {
      let offset = try directory.prepareTrailAppend(adding: lines.count, durable: options.durable)
      try directory.writeEnd(TrailLayout.current, lines, at: offset, durable: false)
    } catch {
      notices.append("this call is missing from the audit trail: \(error.message)")
    }
  }

  private func emptyJournal(_ journal: Int32, path: String) throws(StoreError) {
    if ftruncate(journal, 0) != 0 { throw .io(operation: "empty", path: path, errno: errno) }
    if options.durable && fsync(journal) != 0 { throw .io(operation: "sync", path: path, errno: errno) }
  }

  /// In durable mode, the directory entries that the changes created or removed are flushed
  /// before the journal that could redo them is emptied. A directory the changes removed has
  /// nothing left to flush: its removal is an entry of its parent, which is flushed.
  private func syncDirectories(
    of changes: [(path: String, change: Transaction.Change)], _ directory: StoreDirectory
  ) throws(StoreError) {
    guard options.durable else { return }
    var parents: Set<String> = [""]
    for (path, _) in changes {
      var parent = path
      while let slash = parent.utf8.lastIndex(of: UInt8(ascii: "/")) {
        parent = String(parent[..<slash])
        parents.insert(parent)
      }
    }
    for parent in parents.sorted() { try directory.syncDirectory(parent) }
  }

  /// Counts the steps of a commit for the crash and full-disk tests.
  private func reachedStep(_ path: String, canFail: Bool = true) throws(StoreError) {
    steps += 1
    if steps == options.crashAtStep { kill(getpid(), SIGKILL) }
    if canFail && steps == options.failAtStep { throw .io(operation: "write", path: path, errno: ENOSPC) }
  }
}
