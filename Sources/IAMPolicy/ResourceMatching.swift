/// How `Resource`/`NotResource` patterns and `Arn*` condition values are compared with ARNs.
///
/// An ARN has six colon-separated segments, the last of which (the resource part) may itself
/// contain colons. The first five segments match one by one and the sixth as a whole, so a `*`
/// cannot reach across a segment boundary, and a pattern matches only an ARN with as many
/// segments as it has (only the pattern `*` covers the resource `*` of account-level actions).
/// Matching is case-sensitive.
enum ResourceMatching {
  static let segmentCount = 6

  /// Whether `pattern` covers `resource`. With a `context`, `${...}` in segments from
  /// `variablesFrom` (0-based) on are policy variables; Resource allows them only in the sixth.
  static func matches(
    pattern: String, resource: String, context: RequestContext?, variablesFrom: Int
  ) throws(UnresolvedVariable) -> Bool {
    if pattern == "*" { return true }
    guard let context, pattern.utf8.contains(UInt8(ascii: "$")) else {
      return withUTF8(Substring(pattern)) { p in withUTF8(Substring(resource)) { r in segmentsMatch(p, r) } }
    }
    let patternSegments = split(Substring(pattern), limit: segmentCount, skippingVariables: true)
    let resourceSegments = split(Substring(resource), limit: segmentCount, skippingVariables: false)
    guard resourceSegments.count == patternSegments.count else { return false }
    for (index, segment) in patternSegments.enumerated() {
      let matched =
        index >= variablesFrom
        ? Glob.matches(try PolicyVariables.expand(segment, context: context), resourceSegments[index])
        : Glob.matches(segment, resourceSegments[index])
      if !matched { return false }
    }
    return true
  }

  /// The allocation-free comparison used when no variable can occur.
  private static func segmentsMatch(_ pattern: UnsafeBufferPointer<UInt8>, _ resource: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var patternStart = 0
    var resourceStart = 0
    for segment in 0..<segmentCount {
      let isLast = segment == segmentCount - 1
      let patternEnd = isLast ? pattern.count : colon(in: pattern, from: patternStart)
      let resourceEnd = isLast ? resource.count : colon(in: resource, from: resourceStart)
      let patternContinues = patternEnd < pattern.count
      guard patternContinues == (resourceEnd < resource.count),
        Glob.match(
          UnsafeBufferPointer(rebasing: pattern[patternStart..<patternEnd]), wildcards: nil,
          UnsafeBufferPointer(rebasing: resource[resourceStart..<resourceEnd]), ignoringASCIICase: false)
      else { return false }
      guard patternContinues else { return true }
      patternStart = patternEnd + 1
      resourceStart = resourceEnd + 1
    }
    return true
  }

  /// The index of the first colon at or after `start`, or the end.
  private static func colon(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count, bytes[index] != UInt8(ascii: ":") { index += 1 }
    return index
  }

  /// Splits at the first `limit - 1` colons. With `skippingVariables`, a colon inside `${...}`
  /// (as in `${aws:username}`) does not split.
  static func split(_ text: Substring, limit: Int, skippingVariables: Bool) -> [Substring] {
    var segments: [Substring] = []
    segments.reserveCapacity(limit)
    var start = text.startIndex
    var index = text.startIndex
    var insideVariable = false
    let bytes = text.utf8
    while index < bytes.endIndex, segments.count < limit - 1 {
      let byte = bytes[index]
      if skippingVariables {
        if byte == UInt8(ascii: "$"), bytes.index(after: index) < bytes.endIndex,
          bytes[bytes.index(after: index)] == UInt8(ascii: "{")
        {
          insideVariable = true
        } else if byte == UInt8(ascii: "}") {
          insideVariable = false
        }
      }
      if byte == UInt8(ascii: ":"), !insideVariable {
        segments.append(text[start..<index])
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    segments.append(text[start...])
    return segments
  }
}
