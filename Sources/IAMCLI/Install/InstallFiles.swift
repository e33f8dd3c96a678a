#if canImport(Glibc)
  import Glibc
#endif
import IAMStore

/// File operations for installing, which differ from the store's: what is installed is meant to
/// be read by every user of the machine, so directories are 0755 rather than the store's 0700.
enum InstallFiles {
  /// Creates `path` and its missing parents, returning the directories it created, outermost first.
  @discardableResult
  static func makeDirectories(_ path: String) throws(StoreError) -> [String] {
    if path.isEmpty || path == "/" || isDirectory(path) { return [] }
    let parent = FileSystem.split(path).directory
    var created = parent == path ? [] : try makeDirectories(parent)
    if mkdir(path, 0o755) == 0 {
      created.append(path)
    } else if errno != EEXIST {
      throw .io(operation: "create directory", path: path, errno: errno)
    }
    return created
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// Whether `path` is a regular file or a symbolic link: something install may have made.
  static func isFileOrLink(_ path: String) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0 else { return false }
    let type = info.st_mode & S_IFMT
    return type == S_IFREG || type == S_IFLNK
  }
}
