import IAMEncoding

#if canImport(Glibc)
  import Glibc
#endif

/// A validated policy stored with each statement's actions filed by service, as the catalogue of
/// AWS managed policies keeps its documents: a request then reads only its own service's actions,
/// and decodes only the statements those can make apply. ReadOnlyAccess lists some 2,700 actions;
/// a request for iam:GetUser reads the few dozen of them that start with `iam:`.
///
/// The form, one statement after another (scripts/generate-aws-managed-policies writes it):
///
///     S <effect A|D><A for Action, N for NotAction> <number of service lines> <the statement without its actions, as JSON>
///     <service> <pattern> <pattern> ...
///
/// A service line holds the patterns whose service part is that service, lower-cased; `*` holds
/// those that may match any service (`*`, `*:Get*`).
public enum IndexedPolicy {
  /// The document `form` describes, reduced to what can decide a request for `action`: the
  /// statements whose action test can pass, each with only the patterns that can match. The
  /// evaluator reaches the same decision with it as with the whole document. With a nil
  /// `action`, every statement with every pattern.
  public static func document(
    _ form: UnsafeBufferPointer<UInt8>, version: String?, for action: String?
  ) throws(MalformedPolicy) -> PolicyDocument {
    let service = action.map { Array(($0.split(separator: ":", maxSplits: 1).first ?? "").lowercased().utf8) }
    var lines = Lines(form)
    var statements: [PolicyStatement] = []
    var number = 0
    while let header = lines.next() {
      number += 1
      guard header.count > 5, header.first == UInt8(ascii: "S"), let (serviceLines, restStart) = count(in: header) else {
        throw damaged("a statement line was expected")
      }
      let negated = header[header.startIndex + 3] == UInt8(ascii: "N")
      var patterns: [String] = []
      for _ in 0..<serviceLines {
        guard let line = lines.next() else { throw damaged("the statement ends early") }
        // The service is looked at first: most lines are other services', and are not split.
        let keyEnd = line.firstIndex(of: UInt8(ascii: " ")) ?? line.endIndex
        let key = line[line.startIndex..<keyEnd]
        guard !key.isEmpty else { throw damaged("a service line is empty") }
        if let service, !(key.elementsEqual("*".utf8) || key.elementsEqual(service)) { continue }
        patterns += line[keyEnd...].split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
      }
      // An Action list with nothing that can match never applies; a NotAction list with nothing
      // that can match always passes its action test, so it stays, with no patterns.
      if patterns.isEmpty && !negated { continue }
      let rest: JSONValue
      do {
        rest = try JSONParser.parse(Array(header[restStart...]))
      } catch {
        throw damaged("a statement is not JSON (\(error.message))")
      }
      var statement = try PolicySyntax.decodeStatement(rest, kind: .managed).statement
      statement.actions = PatternList(patterns: patterns, negated: negated)
      statement.number = number
      statements.append(statement)
    }
    return PolicyDocument(version: version, statements: statements)
  }

  /// The number of service lines in a statement header, and where its JSON starts.
  private static func count(in header: Slice<UnsafeBufferPointer<UInt8>>) -> (Int, Int)? {
    var index = header.startIndex + 5
    var value = 0
    while index < header.endIndex, header[index] != UInt8(ascii: " ") {
      guard header[index] >= UInt8(ascii: "0"), header[index] <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int(header[index] - UInt8(ascii: "0"))
      index += 1
    }
    return index < header.endIndex ? (value, index + 1) : nil
  }

  private static func damaged(_ explanation: String) -> MalformedPolicy {
    MalformedPolicy(message: "The indexed policy is damaged: \(explanation).")
  }

  /// The lines of the form, without their line feeds, found with memchr: a decision skips over
  /// the lines of every other service, which are most of the text.
  private struct Lines {
    let text: UnsafeBufferPointer<UInt8>
    var position: Int

    init(_ text: UnsafeBufferPointer<UInt8>) {
      self.text = text
      position = 0
    }

    mutating func next() -> Slice<UnsafeBufferPointer<UInt8>>? {
      guard position < text.count, let base = text.baseAddress else { return nil }
      var end = text.count
      if let found = memchr(base + position, Int32(UInt8(ascii: "\n")), text.count - position) {
        end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
      }
      defer { position = end + 1 }
      return text[position..<end]
    }
  }
}
