import IAMEncoding

/// Writing mdoc(7): the escaping rules in one place, so that text from the command table can
/// never turn into a request or a macro.
///
/// - A backslash starts an escape, so it is written `\e`.
/// - A line that starts with `.` or `'` is a request, so such a text line starts with `\&`.
/// - On a macro line, `"` delimits arguments, so it is written `\(dq`, and an argument with
///   blanks is quoted; a word spelled like a macro (`Ar`, `No`) would be called, so it gets `\&`.
/// - Anything outside ASCII is written as its code point, `\[u2014]`, so no byte depends on the
///   encoding of the reader.
struct MDoc {
  private(set) var lines: [String] = []

  /// Adds a macro line: `macro("Fl", "u")` is `.Fl u`. Arguments go in as written; escape
  /// text from the table with `argument(_:)`.
  mutating func macro(_ name: String, _ arguments: String...) {
    lines.append((["." + name] + arguments).joinedText(separator: " "))
  }

  /// Adds prose: each sentence starts a line, which mandoc asks for so it can space sentences,
  /// and long ones are broken between words so the source stays within 80 columns.
  mutating func text(_ prose: String) {
    for sentence in MDoc.sentences(prose) {
      for line in HelpRenderer.wordWrap(sentence, width: 78) { lines.append(MDoc.escapeLine(line)) }
    }
  }

  /// Adds a line exactly as given, for macro lines whose arguments are already escaped.
  mutating func raw(_ line: String) { lines.append(line) }

  /// Adds a line of a literal display as it is, escaped; tabs stay, as the output has them.
  mutating func literal(_ text: String) {
    lines.append(text.split(separator: "\t", omittingEmptySubsequences: false).map { MDoc.escapeLine(String($0)) }
      .joinedText(separator: "\t"))
  }

  mutating func paragraph() { lines.append(".Pp") }

  var rendered: String { lines.joinedText(separator: "\n") + "\n" }

  // MARK: Escaping

  /// Text as it may stand on a text line.
  static func escapeLine(_ text: String) -> String {
    let escaped = escapeCharacters(text)
    return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
  }

  /// One argument of a macro line. An `unbreakable` one, such as the metavar `AMAZON RESOURCE
  /// NAME`, gets mdoc's unbreakable blank `\ ` so it is never split across output lines.
  static func argument(_ text: String, unbreakable: Bool = false) -> String {
    var escaped = escapeCharacters(text).replacing("\"", with: "\\(dq")
    if unbreakable { escaped = escaped.replacing(" ", with: "\\ ") }
    if escaped.isEmpty || escaped.contains(" ") || escaped.contains("\t") {
      escaped = "\"" + escaped + "\""
    } else if looksLikeMacro(escaped) {
      escaped = "\\&" + escaped
    }
    return escaped
  }

  private static func escapeCharacters(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\e"
      case "\t": out += " "
      case _ where scalar.value > 0x7E:
        out += "\\[u" + hex4(scalar.value) + "]"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// Two or three letters, capital first: the shape of mdoc's macro names (`Ar`, `Xr`, `Ns`).
  private static func looksLikeMacro(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    guard scalars.count == 2 || scalars.count == 3, let first = scalars.first, ("A"..."Z").contains(first) else {
      return false
    }
    return scalars.dropFirst().allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "%" }
  }

  // MARK: Sentences

  /// Splits prose after each `. `, `? ` or `! ` that ends a sentence: the next word starts with a
  /// capital, a digit or a dash, and the period does not end an abbreviation such as `e.g.`.
  static func sentences(_ prose: String) -> [String] {
    var result: [String] = []
    var current = ""
    let words = prose.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    for (position, word) in words.enumerated() {
      current += current.isEmpty ? word : " " + word
      guard position + 1 < words.count, let last = word.last, ".?!".contains(last) else { continue }
      let next = words[position + 1]
      let abbreviation = ["e.g.", "i.e.", "etc.", "vs."].contains(word.lowercased())
      if !abbreviation, let start = next.unicodeScalars.first,
        ("A"..."Z").contains(start) || ("0"..."9").contains(start) || start == "-"
      {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
