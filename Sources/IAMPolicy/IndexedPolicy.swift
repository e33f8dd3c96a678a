import IAMEncoding

#if canImport(Glibc)
  import Glibc
#endif

/// A validated policy stored with each statement's actions filed by service, as the catalogue of
/// AWS managed policies keeps its documents: a request then reads only its own service's actions,
/// and decodes only the statements those can make apply. ReadOnlyAccess lists some 2,700 actions;
/// a request for iam:GetUser reads the few dozen of them that start with `iam:`.
///
/// The form (scripts/generate-aws-managed-policies writes it): first the services that some
/// statement's action test can pass for, then one statement after another.
///
///     I <service> <service> ...
///     S <effect A|D><A for Action, N for NotAction> <bytes of its service lines> <first column> <last column> <the statement without its actions, as JSON>
///     <service> <pattern> <pattern> ...
///
/// A service line holds the patterns whose service part is that service, lower-cased; `*` holds
/// those that may match any service (`*`, `*:Get*`), and on the I line it stands for a statement
/// that may pass for any service (a NotAction one among them). The columns place the statement's
/// braces in the one-line document the form was made from.
public enum IndexedPolicy {
  /// The service part of `action` as the form files it: before the colon, its ASCII letters
  /// lower-cased, as patterns are compared with actions.
  public static func service(of action: String) -> String { ActionMatching.service(of: action) }

  /// The form's index of services, as bytes, for `index(_:concerns:)`: one who asks about many
  /// services finds it once.
  public static func index(of form: UnsafeBufferPointer<UInt8>) throws(MalformedPolicy) -> UnsafeBufferPointer<UInt8> {
    guard form.count >= 1, form[0] == UInt8(ascii: "I") else { throw damaged("the service line was expected") }
    let end = lineEnd(form, from: 0)
    return UnsafeBufferPointer(rebasing: form[min(2, end)..<end])
  }

  /// Whether `index` lets a statement pass for an action of the service whose name (as
  /// `service(of:)` gives it) has the UTF-8 bytes `service`: it names that service, or `*`.
  public static func index(_ index: UnsafeBufferPointer<UInt8>, concerns service: [UInt8]) -> Bool {
    startsWithAnyService(index, separator: 0x20) || entry(service, in: index, separator: 0x20) != nil
  }

  /// The document `form` describes, reduced to the statements that can decide a request for an
  /// action of `service` (as `service(of:)` gives it), each with only the patterns that can
  /// match: the evaluator reaches the same decision with it as with the whole document. With a
  /// nil `service`, every statement with every pattern.
  /// Given `actions` (all of that service), it keeps only the patterns that cover one of them:
  /// it decides each of those actions as the whole does, and a simulation of several actions of
  /// a service does not build the hundreds of patterns of ReadOnlyAccess that concern none.
  public static func document(
    _ form: UnsafeBufferPointer<UInt8>, version: String?, service: String?, actions: [String]? = nil
  ) throws(MalformedPolicy) -> PolicyDocument {
    guard let base = form.baseAddress, form.count >= 1, form[0] == UInt8(ascii: "I") else {
      throw damaged("the service line was expected")
    }
    let indexEnd = lineEnd(form, from: 0)
    // A service with a space or a line feed can have no line of its own; only `*` lines serve it.
    let serviceKey = service.map { Array($0.utf8) }.map { $0.contains(0x20) || $0.contains(0x0A) ? anyService : $0 }
    // Most policies name other services only: one look at their index, and nothing is decoded.
    if let serviceKey, !index(UnsafeBufferPointer(rebasing: form[min(2, indexEnd)..<indexEnd]), concerns: serviceKey) {
      return PolicyDocument(version: version, statements: [])
    }
    let wanted = actions.map { $0.map { Array($0.utf8) } }
    var statements: [PolicyStatement] = []
    var number = 0
    var position = indexEnd + 1
    while position < form.count {
      number += 1
      let headerEnd = lineEnd(form, from: position)
      let header = UnsafeBufferPointer(rebasing: form[position..<headerEnd])
      guard header.count > 5, header[0] == UInt8(ascii: "S"), header[2] == UInt8(ascii: "A") || header[2] == UInt8(ascii: "D")
      else { throw damaged("a statement line was expected") }
      var reader = FieldReader(header, from: 5)
      guard let blockSize = reader.number(), let firstColumn = reader.number(), let lastColumn = reader.number(),
        headerEnd + blockSize <= form.count
      else { throw damaged("a statement line is incomplete") }
      let negated = header[3] == UInt8(ascii: "N")
      // The form's last line feed may have been trimmed, even right after a header.
      position = min(headerEnd + 1 + blockSize, form.count)
      let block = UnsafeBufferPointer(start: base + min(headerEnd + 1, form.count), count: max(0, position - headerEnd - 1))
      var patterns: [String] = []
      if let serviceKey {
        appendPatterns(in: block, key: serviceKey, coveringOneOf: wanted, to: &patterns)
        if serviceKey != anyService, startsWithAnyService(block, separator: 0x0A) {
          appendPatterns(in: block, key: anyService, coveringOneOf: wanted, to: &patterns)
        }
      } else {
        for line in block.split(separator: UInt8(ascii: "\n")) {
          patterns += line.split(separator: UInt8(ascii: " ")).dropFirst().map { String(decoding: $0, as: UTF8.self) }
        }
      }
      // An Action list with nothing that can match never applies; a NotAction list with nothing
      // that can match always passes its action test, so it stays, with no patterns.
      if patterns.isEmpty && !negated { continue }
      let rest: JSONValue
      do {
        rest = try JSONParser.parse(Array(header[reader.index...]))
      } catch {
        throw damaged("a statement is not JSON (\(error.message))")
      }
      var statement = try PolicySyntax.decodeStatement(rest, kind: .managed).statement
      statement.actions = PatternList(patterns: patterns, negated: negated)
      statement.number = number
      statement.position = StatementPosition(
        start: TextPosition(line: 1, column: firstColumn), end: TextPosition(line: 1, column: lastColumn))
      statements.append(statement)
    }
    return PolicyDocument(version: version, statements: statements)
  }

  /// The key of the lines of patterns that may match any service.
  private static let anyService: [UInt8] = [UInt8(ascii: "*")]

  /// Whether the first entry of `text` is keyed `*`, which sorts before every service name (the
  /// generator checks that each is written in lower-case letters, digits and hyphens).
  private static func startsWithAnyService(_ text: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Bool {
    !text.isEmpty && text[0] == UInt8(ascii: "*") && (text.count == 1 || text[1] == 0x20 || text[1] == separator)
  }

  /// Appends the patterns of the service line of `key` in `block` to `patterns`: those that
  /// cover one of `actions`, or all of them when it is nil.
  private static func appendPatterns(
    in block: UnsafeBufferPointer<UInt8>, key: [UInt8], coveringOneOf actions: [[UInt8]]?, to patterns: inout [String]
  ) {
    guard let line = entry(key, in: block, separator: 0x0A) else { return }
    var start = line.lowerBound + key.count + 1
    while start < line.upperBound {
      var end = start
      while end < line.upperBound && block[end] != 0x20 { end += 1 }
      let pattern = UnsafeBufferPointer(rebasing: block[start..<end])
      if !pattern.isEmpty,
        actions?.contains(where: { action in action.withUnsafeBufferPointer { ActionMatching.matches(pattern: pattern, action: $0) } })
          ?? true
      {
        patterns.append(String(decoding: pattern, as: UTF8.self))
      }
      start = end + 1
    }
  }

  /// Where the entry whose key is `key` is in `text`: entries separated by `separator`, each
  /// keyed by what comes before its first space, and sorted by key bytes as the form is. A
  /// binary search, because ReadOnlyAccess files hundreds of services in one statement; each
  /// step reads the first entry that starts in the second half, found forward with memchr, as
  /// a service line may be long.
  private static func entry(_ key: [UInt8], in text: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Range<Int>? {
    guard let base = text.baseAddress else { return nil }
    func next(_ separator: UInt8, from start: Int, before end: Int) -> Int {
      guard start < end, let found = memchr(base + start, Int32(separator), end - start) else { return end }
      return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
    // `low` is always where an entry starts; no entry that starts at `high` or later is the one.
    var low = 0
    var high = text.count
    while low < high {
      let middle = (low + high) / 2
      let start = middle == low ? low : next(separator, from: middle - 1, before: high) + 1
      guard start < high else {
        high = middle
        continue
      }
      let end = next(separator, from: start, before: text.count)
      let order = compare(UnsafeBufferPointer(rebasing: text[start..<next(0x20, from: start, before: end)]), key)
      if order == 0 { return start..<end }
      if order < 0 { low = end + 1 } else { high = start }
    }
    return nil
  }

  /// The order of two byte strings: bytes first, then length.
  private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Int {
    for index in 0..<min(a.count, b.count) where a[index] != b[index] {
      return a[index] < b[index] ? -1 : 1
    }
    return a.count == b.count ? 0 : a.count < b.count ? -1 : 1
  }

  /// Where the line that starts at `start` ends: at its line feed, or at the end of the text.
  private static func lineEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard start < text.count, let base = text.baseAddress,
      let found = memchr(base + start, Int32(UInt8(ascii: "\n")), text.count - start)
    else { return text.count }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
  }

  private static func damaged(_ explanation: String) -> MalformedPolicy {
    MalformedPolicy(message: "The indexed policy is damaged: \(explanation).")
  }

  /// The decimal numbers of a statement header, one after another, each ended by a space.
  private struct FieldReader {
    let header: UnsafeBufferPointer<UInt8>
    var index: Int

    init(_ header: UnsafeBufferPointer<UInt8>, from index: Int) {
      self.header = header
      self.index = index
    }

    mutating func number() -> Int? {
      var value = 0
      let start = index
      while index < header.count, header[index] != UInt8(ascii: " ") {
        guard header[index] >= UInt8(ascii: "0"), header[index] <= UInt8(ascii: "9"), index - start < 9 else { return nil }
        value = value * 10 + Int(header[index] - UInt8(ascii: "0"))
        index += 1
      }
      guard index > start, index < header.count else { return nil }
      index += 1
      return value
    }
  }
}
