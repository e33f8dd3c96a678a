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

  public init(root: String, durable: Bool = false, crashAtStep: Int? = nil) {
    self.root = root
    self.durable = durable
    self.crashAtStep = crashAtStep
  }
}

/// The account store: a directory of JSON files, changed only in transactions that hold the
/// account lock, so that concurrent commands serialise and each one commits all or nothing.
public final class Store {
  public let options: StoreOptions
  private var crashSteps = 0

  public init(options: StoreOptions) { self.options = options }

  public var root: String { options.root }

  /// Runs `body` as one transaction under the exclusive account lock and commits its changes if
  /// it returns; if it throws, nothing it staged is written.
  public func transaction<T>(_ body: (Transaction) throws -> T) throws -> T {
    let lock = try acquireLock()
    defer { close(lock) }
    try recover()
    let transaction = Transaction(root: root)
    let result = try body(transaction)
    try commit(transaction)
    return result
  }

  /// A view of the store without taking the lock, for read-only helpers such as shell completion
  /// that must answer at once even while another command holds the lock.
  /// Whether the store holds an account already; a hint only, read without the lock.
  public var hasAccount: Bool { FileSystem.exists(root + "/" + StoreLayout.account) }

  /// Whether a killed commit left its journal behind, so that files read outside a transaction
  /// (the root credential file) may be half written until the next transaction finishes it.
  public var hasPendingJournal: Bool {
    guard let info = try? FileSystem.status(root + "/" + StoreLayout.journal) else { return false }
    return info.st_size > 0
  }

  public func unlockedSnapshot() -> Transaction { Transaction(root: root) }

  private func acquireLock() throws(StoreError) -> Int32 {
    if let info = try FileSystem.status(root) {
      guard FileSystem.isDirectory(info) else { throw .io(operation: "use", path: root, errno: ENOTDIR) }
    } else {
      try FileSystem.makeDirectories(root)
    }
    let path = root + "/" + StoreLayout.lock
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, FileSystem.fileMode)
    if fd < 0 { throw .io(operation: "open", path: path, errno: errno) }
    while flock(fd, LOCK_EX) != 0 {
      if errno == EINTR { continue }
      let code = errno
      close(fd)
      throw .io(operation: "lock", path: path, errno: code)
    }
    return fd
  }

  /// Finishes a commit that an earlier process did not live to complete, or discards one that
  /// never reached its commit point.
  private func recover() throws(StoreError) {
    let path = root + "/" + StoreLayout.journal
    guard let bytes = try FileSystem.readFile(path), !bytes.isEmpty else { return }
    if let changes = try Journal.committedChanges(bytes, file: path) {
      for change in changes { try apply(change) }
      try syncDirectories(of: changes)
    }
    try FileSystem.truncateFile(path, durable: options.durable)
  }

  private func commit(_ transaction: Transaction) throws(StoreError) {
    let changes = transaction.changes
    guard !changes.isEmpty else { return }
    let journal = root + "/" + StoreLayout.journal
    // What can be found out before the commit point should be: a file standing where a
    // directory must go then leaves the transaction undone instead of half applied. Nothing is
    // created yet, so that a commit killed before its commit point leaves no trace at all.
    for (path, change) in changes {
      if case .write = change { try FileSystem.checkDirectoryPath(FileSystem.split(root + "/" + path).directory) }
    }
    let payload = Journal.payload(changes)
    try FileSystem.writeJournal(
      journal, header: Journal.header(for: payload), payload: payload, headerOffset: 0,
      payloadOffset: Journal.headerSize, durable: options.durable, betweenWrites: { reachedStep() })
    reachedStep()
    for change in changes { try apply(change) }
    try syncDirectories(of: changes)
    try FileSystem.truncateFile(journal, durable: options.durable)
    reachedStep()
  }

  private func apply(_ entry: (path: String, change: Transaction.Change)) throws(StoreError) {
    let path = root + "/" + entry.path
    switch entry.change {
    case .write(let bytes):
      try FileSystem.writeFileInPlace(path, bytes, durable: options.durable, afterOpening: { reachedStep() })
    case .remove:
      try FileSystem.removeFile(path)
    case .removeDirectory:
      try FileSystem.removeDirectory(path)
    }
    reachedStep()
  }

  /// In durable mode, the directory entries that the changes created or removed are flushed
  /// before the journal that could redo them is emptied.
  private func syncDirectories(of changes: [(path: String, change: Transaction.Change)]) throws(StoreError) {
    guard options.durable else { return }
    var directories: Set<String> = []
    for (path, _) in changes { directories.insert(FileSystem.split(root + "/" + path).directory) }
    for directory in directories.sorted() { try FileSystem.syncDirectory(directory) }
  }

  private func reachedStep() {
    crashSteps += 1
    if crashSteps == options.crashAtStep { kill(getpid(), SIGKILL) }
  }
}
