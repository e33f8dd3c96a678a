/// How an `Action`/`NotAction` pattern is compared with a request's action.
enum ActionMatching {
  /// Whether `pattern` covers `action`, both written `service:name` and compared ignoring case.
  /// Wildcards work within the action name only: the service prefix is compared as written, so
  /// `iam:*User*` is meaningful but `*:GetObject` names a service called `*` and covers nothing.
  /// Only the pattern `*` alone covers every action.
  static func matches(pattern: String, action: String) -> Bool {
    if pattern == "*" { return true }
    // Most patterns a request meets name another service, which their first letter shows.
    guard let first = pattern.utf8.first, let actionFirst = action.utf8.first, Glob.same(first, actionFirst, true)
    else { return false }
    return withUTF8(pattern) { p in
      withUTF8(action) { a in
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

  /// The service an action belongs to, as patterns are filed and compared by it: the part
  /// before the colon, with ASCII letters lower-cased as `matches` compares them.
  static func service(of action: String) -> String {
    let prefix = action.utf8.prefix { $0 != UInt8(ascii: ":") }
    return String(decoding: prefix.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
  }

  /// Whether `pattern` may cover some action of `service` (as `service(of:)` gives it): `*`, or
  /// a pattern whose service part is that service. One that cannot covers none of its actions.
  static func mayMatch(pattern: String, service: String) -> Bool {
    if pattern == "*" { return true }
    return withUTF8(pattern) { p in
      withUTF8(service) { s in
        guard p.count > s.count, p[s.count] == UInt8(ascii: ":") else { return false }
        for index in 0..<s.count where !Glob.same(p[index], s[index], true) { return false }
        return true
      }
    }
  }

  /// Whether any pattern of `list` covers `action`, before `NotAction` inverts it.
  static func anyMatches(_ list: PatternList, action: String) -> Bool {
    list.patterns.contains { matches(pattern: $0, action: action) }
  }
}
