/// One comparison of an ARN pattern with an ARN, segment by segment, over their UTF-8 bytes.
/// Nothing is allocated unless the pattern holds a policy variable to substitute.
struct ARNSegmentMatcher {
  let pattern: UnsafeBufferPointer<UInt8>
  let resource: UnsafeBufferPointer<UInt8>
  let patternText: String
  /// Set only when the pattern holds a `$` and policy variables are substituted.
  let variables: RequestContext?
  let variablesFrom: Int
  /// Whether the Resource element's rules (a crossing `*`, completed segments) apply.
  let resourceElement: Bool
  /// Set when a policy variable had no value: the pattern then matches nothing.
  private(set) var unresolved = false
  /// The last expanded segment: after a crossing `*` it is compared with several texts.
  private var expansion: (start: Int, parts: [TemplatePart])?

  private static let last = ResourceMatching.segmentCount - 1
  private static let colon = UInt8(ascii: ":")

  init(
    pattern: UnsafeBufferPointer<UInt8>, resource: UnsafeBufferPointer<UInt8>, patternText: String,
    variables: RequestContext?, variablesFrom: Int, resourceElement: Bool
  ) {
    self.pattern = pattern
    self.resource = resource
    self.patternText = patternText
    self.variables = variables
    self.variablesFrom = variablesFrom
    self.resourceElement = resourceElement
  }

  /// Whether the pattern from byte `patternFrom` covers the resource from byte `resourceFrom`,
  /// both at the start of segment `first`. Segments are compared in a loop; only a `*` that may
  /// cross colons calls this again, once for each extent it may take.
  mutating func match(patternFrom patternStart: Int, resourceFrom resourceStart: Int, segment first: Int) -> Bool {
    var p = patternStart
    var r = resourceStart
    for index in first..<Self.last {
      let patternEnd = patternColon(from: p)
      let patternRanOut = patternEnd == pattern.count
      guard !patternRanOut || resourceElement else { return false }
      var resourceEnd = resourceColon(from: r)
      guard resourceEnd < resource.count, segmentMatches(index, p..<patternEnd, r..<resourceEnd) else { return false }
      // The missing segments of a short pattern are `*`: each needs a colon of its own.
      if patternRanOut { return resourceHasColons(Self.last - index - 1, from: resourceEnd + 1) }
      if resourceElement, patternEnd > p, pattern[patternEnd - 1] == Glob.asterisk {
        // A trailing `*` that covers the segment's own text covers it with the next segments too.
        while true {
          if match(patternFrom: patternEnd + 1, resourceFrom: resourceEnd + 1, segment: index + 1) { return true }
          resourceEnd = resourceColon(from: resourceEnd + 1)
          guard resourceEnd < resource.count, !unresolved else { return false }
        }
      }
      p = patternEnd + 1
      r = resourceEnd + 1
    }
    if resourceElement, wildcardInType(from: p), namesIAMResource() { return false }
    return segmentMatches(Self.last, p..<pattern.count, r..<resource.count)
  }

  @inline(__always)
  private mutating func segmentMatches(_ index: Int, _ written: Range<Int>, _ text: Range<Int>) -> Bool {
    guard variables != nil, index >= variablesFrom else {
      return Glob.match(
        UnsafeBufferPointer(rebasing: pattern[written]), wildcards: nil, UnsafeBufferPointer(rebasing: resource[text]),
        ignoringASCIICase: false)
    }
    return substitutedSegmentMatches(written, text)
  }

  private mutating func substitutedSegmentMatches(_ written: Range<Int>, _ text: Range<Int>) -> Bool {
    let textBytes = UnsafeBufferPointer(rebasing: resource[text])
    let writtenBytes = UnsafeBufferPointer(rebasing: pattern[written])
    guard let variables, writtenBytes.contains(UInt8(ascii: "$")) else {
      return Glob.match(writtenBytes, wildcards: nil, textBytes, ignoringASCIICase: false)
    }
    if expansion?.start != written.lowerBound {
      // The segment starts and ends at a colon (ASCII), so these are scalar boundaries. It is
      // sliced by scalars: slicing the String would round to whole characters, and a combining
      // mark after a colon would pull the colon in.
      let utf8 = patternText.utf8
      let from = utf8.index(utf8.startIndex, offsetBy: written.lowerBound)
      let to = utf8.index(from, offsetBy: written.count)
      do {
        let segment = Substring(patternText.unicodeScalars[from..<to])
        expansion = (written.lowerBound, try PolicyVariables.expand(segment, context: variables))
      } catch {
        unresolved = true
        return false
      }
    }
    return expansion.map { Glob.matches($0.parts, textBytes) } ?? false
  }

  /// The next colon of the pattern at or after `start`, or its end; with variables, a colon
  /// inside `${...}` (as in `${aws:username}`) does not end a segment.
  private func patternColon(from start: Int) -> Int {
    var index = start
    guard variables != nil else {
      while index < pattern.count, pattern[index] != Self.colon { index += 1 }
      return index
    }
    var insideVariable = false
    while index < pattern.count {
      let byte = pattern[index]
      if byte == UInt8(ascii: "$"), index + 1 < pattern.count, pattern[index + 1] == UInt8(ascii: "{") {
        insideVariable = true
      } else if byte == UInt8(ascii: "}") {
        insideVariable = false
      }
      if byte == Self.colon, !insideVariable { return index }
      index += 1
    }
    return index
  }

  /// IAM identifiers page: "Don't use a wildcard in the user/, group/, or policy/ part of the
  /// ARN." Whether the sixth segment, from `start`, has a `*` or `?` before its first `/` and is
  /// not `*` alone.
  private func wildcardInType(from start: Int) -> Bool {
    if pattern.count - start == 1, pattern[start] == Glob.asterisk { return false }
    var index = start
    while index < pattern.count, pattern[index] != UInt8(ascii: "/") {
      if pattern[index] == Glob.asterisk || pattern[index] == UInt8(ascii: "?") { return true }
      index += 1
    }
    return false
  }

  /// Whether the resource is an IAM ARN: its third segment is `iam`.
  private func namesIAMResource() -> Bool {
    let serviceStart = resourceColon(from: resourceColon(from: 0) + 1) + 1
    let serviceEnd = resourceColon(from: serviceStart)
    guard serviceEnd < resource.count, serviceEnd - serviceStart == 3 else { return false }
    return resource[serviceStart] == UInt8(ascii: "i") && resource[serviceStart + 1] == UInt8(ascii: "a")
      && resource[serviceStart + 2] == UInt8(ascii: "m")
  }

  private func resourceColon(from start: Int) -> Int {
    var index = start
    while index < resource.count, resource[index] != Self.colon { index += 1 }
    return index
  }

  private func resourceHasColons(_ count: Int, from start: Int) -> Bool {
    var found = 0
    var index = start
    while found < count, index < resource.count {
      if resource[index] == Self.colon { found += 1 }
      index += 1
    }
    return found == count
  }
}
