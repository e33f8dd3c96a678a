/// A piece of a policy string after policy-variable substitution.
enum TemplatePart: Equatable {
  /// Text as the author wrote it; `*` and `?` in it are wildcards where the operator allows them.
  case written(Substring)
  /// Text that matches only itself: a variable's value, a default, or `${*}`, `${?}`, `${$}`.
  case literal(String)
}

/// A `${...}` that has no value in the request and no default: the statement cannot match.
struct UnresolvedVariable: Error {}

/// Substitutes `${key}`, `${key, 'default'}`, `${*}`, `${?}` and `${$}` (policy language 2012-10-17).
///
/// Values are substituted once: a value that itself contains `${...}` stays as it is. A
/// multivalued key cannot be substituted, and neither can a variable whose syntax is broken (an
/// unclosed `${`, an empty name, an unquoted default); both fall back to the default if there
/// is one, or make the statement not match.
enum PolicyVariables {
  static func expand(_ text: Substring, context: RequestContext) throws(UnresolvedVariable) -> [TemplatePart] {
    let bytes = text.utf8
    var parts: [TemplatePart] = []
    var textStart = text.startIndex
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let next = bytes.index(after: index)
      guard bytes[index] == UInt8(ascii: "$"), next < bytes.endIndex, bytes[next] == UInt8(ascii: "{") else {
        index = next
        continue
      }
      let contentStart = bytes.index(after: next)
      guard let close = closingBrace(in: text, from: contentStart) else { throw UnresolvedVariable() }
      if textStart < index { parts.append(.written(text[textStart..<index])) }
      parts.append(.literal(try resolve(text[contentStart..<close], context: context)))
      index = bytes.index(after: close)
      textStart = index
    }
    if textStart < text.endIndex { parts.append(.written(text[textStart...])) }
    return parts
  }

  /// The substituted text as one string, for operators without wildcards.
  static func expandedString(_ text: String, context: RequestContext) throws(UnresolvedVariable) -> String {
    guard text.utf8.contains(UInt8(ascii: "$")) else { return text }
    var result = ""
    for part in try expand(Substring(text), context: context) {
      switch part {
      case .written(let piece): result += piece
      case .literal(let piece): result += piece
      }
    }
    return result
  }

  /// The `}` that ends a variable, skipping any inside a quoted default.
  private static func closingBrace(in text: Substring, from start: String.Index) -> String.Index? {
    var quoted = false
    var index = start
    let bytes = text.utf8
    while index < bytes.endIndex {
      switch bytes[index] {
      case UInt8(ascii: "'"): quoted.toggle()
      case UInt8(ascii: "}") where !quoted: return index
      default: break
      }
      index = bytes.index(after: index)
    }
    return nil
  }

  private static func resolve(_ content: Substring, context: RequestContext) throws(UnresolvedVariable) -> String {
    let body = trimmed(content)
    switch body {
    case "*": return "*"
    case "?": return "?"
    case "$": return "$"
    default: break
    }
    let comma = body.firstIndex(of: ",")
    let key = trimmed(body[..<(comma ?? body.endIndex)])
    var fallback: String?
    if let comma {
      fallback = quotedDefault(trimmed(body[body.index(after: comma)...]))
      guard fallback != nil else { throw UnresolvedVariable() }
    }
    let keyIsWellFormed = !key.isEmpty && !key.unicodeScalars.contains { " \t'{}$".unicodeScalars.contains($0) }
    // IAM User Guide: "you cannot use a multivalued context key as a policy variable".
    if keyIsWellFormed, let entry = context.entry(forNormalizedKey: key.lowercased()), entry.kind == .singleValued,
      entry.values.count == 1
    {
      return entry.values[0]
    }
    guard let fallback else { throw UnresolvedVariable() }
    return fallback
  }

  /// The text of `'...'`, where `''` stands for one quote; nil when not properly quoted.
  private static func quotedDefault(_ text: Substring) -> String? {
    guard text.count >= 2, text.first == "'", text.last == "'" else { return nil }
    let inner = text.dropFirst().dropLast()
    var result = ""
    var pendingQuote = false
    for character in inner {
      if character == "'" {
        if pendingQuote {
          result.append("'")
          pendingQuote = false
        } else {
          pendingQuote = true
        }
        continue
      }
      guard !pendingQuote else { return nil }
      result.append(character)
    }
    return pendingQuote ? nil : result
  }

  private static func trimmed(_ text: Substring) -> Substring {
    var result = text
    while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
    while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
    return result
  }
}
