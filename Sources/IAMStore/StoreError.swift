#if canImport(Glibc)
  import Glibc
#endif

/// A failure of the account store itself, as opposed to an IAM error about its contents.
public enum StoreError: Error, Sendable, Equatable {
  /// A system call on `path` failed with `errno`.
  case io(operation: String, path: String, errno: Int32)
  /// A file exists but cannot be understood; nothing is written while this stands.
  case damaged(path: String, reason: String)
  /// Someone other than the user could change what stands at `path`; nothing is used while
  /// this stands, since the next command could otherwise be made to act on their behalf.
  case unsafe(path: String, problem: String, remedy: String)
  /// The store was written by a newer version of the tool.
  case newerSchema(path: String, found: Int, supported: Int)

  /// What went wrong, without the path: "Permission denied", "it is a directory".
  public var reason: String {
    switch self {
    case .io(_, _, let code): return String(cString: strerror(code))
    case .damaged(_, let reason): return reason
    case .unsafe(_, let problem, _): return problem
    case .newerSchema: return message
    }
  }

  public var message: String {
    switch self {
    case .io(let operation, let path, let code):
      return "cannot \(operation) \(path): \(String(cString: strerror(code)))"
    case .damaged(let path, let reason):
      return "store file \(path) is damaged: \(reason)"
    case .unsafe(let path, let problem, let remedy):
      return "\(path) \(problem); \(remedy)"
    case .newerSchema(let path, let found, let supported):
      return
        "store \(path) has schema version \(found), but this iam understands versions up to \(supported); use a newer iam"
    }
  }
}
