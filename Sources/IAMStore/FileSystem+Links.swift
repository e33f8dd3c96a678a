#if canImport(Glibc)
  import Glibc
#endif

/// Symbolic links, for installing the `iam-<command>` names.
extension FileSystem {
  /// The target of the link at `path`, or nil when `path` is not a symbolic link.
  public static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Makes `path` a symbolic link to `target`, replacing a link that is already there.
  public static func makeLink(_ path: String, to target: String) throws(StoreError) {
    if linkTarget(path) != nil { try removeFile(path) }
    if symlink(target, path) != 0 { throw .io(operation: "create link", path: path, errno: errno) }
  }

  /// Whether anything, even a dangling link, exists at `path`.
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }
}
