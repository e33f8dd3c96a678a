/// How `Resource`/`NotResource` patterns and `Arn*` condition values are compared with ARNs.
///
/// An ARN has six colon-separated segments, the last of which (the resource part) may itself
/// contain colons. Segments match one by one, case-sensitively, with `*` and `?`, and the sixth
/// as a whole. Only the pattern `*` covers the resource `*` of account-level actions.
///
/// The IAM User Guide gives the Resource element rules that `Arn*` condition values do not
/// share (those compare each of the six segments on its own):
///  - a `*` that ends one of the first five segments may run on across the colons after it;
///  - a pattern with fewer than six segments reads as if the missing ones were `*`;
///  - a wildcard in the resource type of an IAM resource (the text of the sixth segment before
///    its first `/`, as `user` in `user/bob`) matches nothing, although a sixth segment that is
///    `*` alone covers every IAM resource. IAM's validator refuses such patterns on upload; this
///    rule decides for those it lets through (a wildcard service) and for documents built in code.
enum ResourceMatching {
  static let segmentCount = 6

  /// Whether the `Resource`/`NotResource` pattern covers `resource`. With a `context`, `${...}`
  /// in segments from `variablesFrom` (0-based) on are policy variables; Resource allows them
  /// only in the sixth.
  static func matches(
    pattern: String, resource: String, context: RequestContext?, variablesFrom: Int
  ) throws(UnresolvedVariable) -> Bool {
    if pattern == "*" { return true }
    return try match(pattern, resource, variables: context, variablesFrom: variablesFrom, resourceElement: true)
  }

  /// Whether the `Arn*` condition value `pattern` covers the ARN `value`; with `variables`,
  /// `${...}` in any segment are policy variables.
  static func conditionMatches(
    pattern: String, value: String, variables: RequestContext?
  ) throws(UnresolvedVariable) -> Bool {
    if pattern == "*" { return true }
    return try match(pattern, value, variables: variables, variablesFrom: 0, resourceElement: false)
  }

  /// Whether `value` is written as an ARN: `arn` and at least five more colons, so that it has
  /// the six segments the `Arn*` operators compare.
  static func isARN(_ value: String) -> Bool {
    guard value.utf8.starts(with: "arn:".utf8) else { return false }
    var colons = 0
    for byte in value.utf8 where byte == colon {
      colons += 1
      if colons == segmentCount - 1 { return true }
    }
    return false
  }

  private static let colon = UInt8(ascii: ":")

  private static func match(
    _ pattern: String, _ resource: String, variables: RequestContext?, variablesFrom: Int, resourceElement: Bool
  ) throws(UnresolvedVariable) -> Bool {
    let outcome = withUTF8(Substring(pattern)) { p in
      withUTF8(Substring(resource)) { r in
        // Variables matter only if the pattern can hold one; without, matching allocates nothing.
        let substitution = variables != nil && p.contains(UInt8(ascii: "$")) ? variables : nil
        var matcher = ARNSegmentMatcher(
          pattern: p, resource: r, patternText: pattern, variables: substitution, variablesFrom: variablesFrom,
          resourceElement: resourceElement)
        let matched = matcher.match(patternFrom: 0, resourceFrom: 0, segment: 0)
        return (matched: matched, unresolved: matcher.unresolved)
      }
    }
    if outcome.unresolved { throw UnresolvedVariable() }
    return outcome.matched
  }
}
