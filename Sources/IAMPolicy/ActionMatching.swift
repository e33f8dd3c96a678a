/// How an `Action`/`NotAction` pattern is compared with a request's action.
enum ActionMatching {
  /// Whether `pattern` covers `action`: the whole `service:name` compared ignoring case, with `*`
  /// and `?` wildcards anywhere (so `*:Get*` and `iam:*User*` are both meaningful).
  static func matches(pattern: String, action: String) -> Bool {
    if pattern == "*" { return true }
    return Glob.matches(Substring(pattern), Substring(action), ignoringASCIICase: true)
  }

  /// Whether any pattern of `list` covers `action`, before `NotAction` inverts it.
  static func anyMatches(_ list: PatternList, action: String) -> Bool {
    list.patterns.contains { matches(pattern: $0, action: action) }
  }
}
