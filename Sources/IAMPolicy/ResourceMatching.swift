/// How `Resource`/`NotResource` patterns and `Arn*` condition values are compared with ARNs.
///
/// An ARN has six colon-separated segments, the last of which (the resource part) may itself
/// contain colons. Segments match one by one, case-sensitively, with `*` and `?`, and the sixth
/// as a whole. Only the pattern `*` covers the resource `*` of account-level actions.
///
/// The IAM User Guide gives the Resource element rules that `Arn*` condition values do not
/// share (those compare each of the six segments on its own):
///  - a `*` that ends one of the first five segments may run on across the colons after it;
///  - a pattern with fewer than six segments reads as if the missing ones were `*`.
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

  private static func match(
    _ pattern: String, _ resource: String, variables: RequestContext?, variablesFrom: Int, resourceElement: Bool
  ) throws(UnresolvedVariable) -> Bool {
    // Variables matter only if the pattern can hold one; without, matching allocates nothing.
    let substitution = pattern.utf8.contains(UInt8(ascii: "$")) ? variables : nil
    let outcome = withUTF8(Substring(pattern)) { p in
      withUTF8(Substring(resource)) { r in
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
