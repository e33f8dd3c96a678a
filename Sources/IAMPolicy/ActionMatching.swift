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
        let colon = UInt8(ascii: ":")
        guard let patternColon = p.firstIndex(of: colon), let actionColon = a.firstIndex(of: colon),
          patternColon == actionColon,
          (0..<patternColon).allSatisfy({ Glob.same(p[$0], a[$0], true) })
        else { return false }
        return Glob.match(
          UnsafeBufferPointer(rebasing: p[(patternColon + 1)...]), wildcards: nil,
          UnsafeBufferPointer(rebasing: a[(actionColon + 1)...]), ignoringASCIICase: true)
      }
    }
  }

  /// Whether any pattern of `list` covers `action`, before `NotAction` inverts it.
  static func anyMatches(_ list: PatternList, action: String) -> Bool {
    list.patterns.contains { matches(pattern: $0, action: action) }
  }
}
