/// How an `Action`/`NotAction` pattern is compared with a request's action.
enum ActionMatching {
  /// Whether `pattern` covers `action`, both written `service:name` as UTF-8 and compared ignoring
  /// case. Wildcards work within the action name only: the service prefix is compared as written,
  /// so `iam:*User*` is meaningful but `*:GetObject` names a service called `*` and covers nothing.
  /// Only the pattern `*` alone covers every action. A pattern of another service fails at its
  /// first byte, which is what most patterns a request meets do.
  static func matches(pattern p: UnsafeBufferPointer<UInt8>, action a: UnsafeBufferPointer<UInt8>) -> Bool {
    if p.count == 1 && p[0] == UInt8(ascii: "*") { return true }
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

  /// The service an action belongs to, as patterns are filed and compared by it: the part
  /// before the colon, with ASCII letters lower-cased as `matches` compares them.
  static func service(of action: String) -> String {
    withUTF8(action) { bytes in
      // Cut at the colon's byte, even inside a character that a combining mark joins to it.
      let prefix = UnsafeBufferPointer(rebasing: bytes[..<(bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.count)])
      // Services are written in lower case nearly always: then the name is taken as it is.
      guard prefix.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return String(decoding: prefix, as: UTF8.self) }
      return String(decoding: prefix.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
  }

  /// Whether the pattern is `*` alone, which covers every action: on bytes, as comparing two
  /// strings that differ takes the standard library's slow path.
  static func coversEverything(_ pattern: String) -> Bool {
    pattern.utf8.count == 1 && pattern.utf8.first == UInt8(ascii: "*")
  }

  /// Whether any pattern of `list` covers `action`, before `NotAction` inverts it.
  static func anyMatches(_ list: PatternList, action: String) -> Bool {
    // The action's bytes are had once for all the patterns; a pattern of another service then
    // fails at its first byte.
    withUTF8(action) { action in
      list.patterns.contains { pattern in withUTF8(pattern) { matches(pattern: $0, action: action) } }
    }
  }
}
