/// Whether a condition key carries at most one value in a request or a set of them (IAM User
/// Guide, "Single-valued vs. multivalued context keys"). A multivalued key is compared only by
/// operators with a `ForAnyValue:` or `ForAllValues:` qualifier, and is never a policy variable.
public enum ContextKeyKind: Sendable, Equatable {
  case singleValued
  case multivalued

  /// The keys an IAM or STS request can carry that AWS documents as multivalued, lowercased:
  /// the global keys whose value type is "Multivalued", and STS's one `ArrayOfString` key.
  static let multivaluedKeys: Set<String> = [
    "aws:calledvia", "aws:principalorgpaths", "aws:principalservicenameslist", "aws:resourceorgpaths",
    "aws:sourceorgpaths", "aws:tagkeys", "aws:vpceorgpaths", "sts:transitivetagkeys",
  ]

  /// The kind of a key given without one: multivalued when AWS defines it so, or when the
  /// request carries more than one value for it (which only a multivalued key can).
  static func assumed(forNormalizedKey key: String, valueCount: Int) -> ContextKeyKind {
    valueCount > 1 || multivaluedKeys.contains(key) ? .multivalued : .singleValued
  }
}
