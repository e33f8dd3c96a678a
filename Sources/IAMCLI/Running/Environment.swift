#if canImport(Glibc)
  import Glibc
#endif

/// The environment variables one run sees: the program's own, each read when a command asks for
/// it, or a fixed set given by a test. Copying the whole environment into a dictionary at start-up
/// cost as much as a small command's own work, and more the larger the user's environment.
public struct Environment: Sendable, ExpressibleByDictionaryLiteral {
  private let fixed: [String: String]?
  private let undecodable: Set<String>

  /// The environment of the running process.
  public static let process = Environment(fixed: nil, undecodable: [])

  private init(fixed: [String: String]?, undecodable: Set<String>) {
    self.fixed = fixed
    self.undecodable = undecodable
  }

  /// A fixed set of variables; those in `undecodable` count as values that were not UTF-8.
  public init(_ variables: [String: String], undecodable: Set<String> = []) {
    self.init(fixed: variables, undecodable: undecodable)
  }

  public init(dictionaryLiteral elements: (String, String)...) {
    self.init(Dictionary(elements) { $1 })
  }

  /// The value of `name`, nil when unset. Bytes that are not UTF-8 are replaced (see `isUTF8`).
  public subscript(name: String) -> String? {
    if let fixed { return fixed[name] }
    return getenv(name).map { String(cString: $0) }
  }

  public subscript(name: String, default value: @autoclosure () -> String) -> String {
    self[name] ?? value()
  }

  /// Whether the value of `name` was UTF-8 as it stands; an unset variable was.
  public func isUTF8(_ name: String) -> Bool {
    if fixed != nil { return !undecodable.contains(name) }
    guard let value = getenv(name) else { return true }
    return String(validatingCString: value) != nil
  }
}
