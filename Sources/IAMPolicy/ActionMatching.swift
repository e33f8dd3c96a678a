/// How an `Action`/`NotAction` pattern is compared with a request's action.
enum ActionMatching {
  /// Whether `pattern` covers `action`, both written `service:name` and compared ignoring case.
  /// Wildcards work within the action name only: the service prefix is compared as written, so
  /// `iam:*User*` is meaningful but `*:GetObject` names a service called `*` and covers nothing.
  /// Only the pattern `*` alone covers every action.
  static func matches(pattern: String, action: String) -> Bool {
    if pattern == "*" { return true }
    return withUTF8(Substring(pattern)) { p in
      withUTF8(Substring(action)) { a in
        // One pass over the prefix: it must be the same service, up to and including the colon.
        var index = 0
        while true {
          guard index < p.count, index < a.count, Glob.same(p[index], a[index], true) else { return false }
          index += 1
          if p[index - 1] == UInt8(ascii: ":") { break }
        }
        return Glob.match(
          UnsafeBufferPointer(rebasing: p[index...]), wildcards: nil, UnsafeBufferPointer(rebasing: a[index...]),
          ignoringASCIICase: true)
      }
    }
  }

  /// Whether any pattern of `list` covers `action`, before `NotAction` inverts it.
  static func anyMatches(_ list: PatternList, action: String) -> Bool {
    list.patterns.contains { matches(pattern: $0, action: action) }
  }
}
