import IAMEncoding

/// Reads and validates policy documents as IAM does on PutUserPolicy, PutGroupPolicy,
/// PutRolePolicy, CreateRole and UpdateAssumeRolePolicy.
///
/// The checks run in IAM's order and the first failure is reported (iam-semantics.md §4.2):
///
///  1. Syntax: JSON, grammar, repeated keys → "Syntax errors in policy." The shape of a
///     Principal is checked only in trust policies; in an identity policy any Principal is
///     refused at 9 instead.
///  2. Managed policies only: Version must be 2012-10-17. Not applied to inline or trust
///     policies, which accept a missing Version or 2008-10-17.
///  3. Legacy parsing: Effect case, Date* values, malformed resources.
///  4. Resource format, found here but reported at 7.
///  5. Sid characters [AWS only; before uniqueness, as both are Sid checks], then Sid uniqueness.
///  6. Actions present.
///  7. The resource-format problem from 4.
///  8. Action vendor prefixes.
///  9. Identity: no principal [AWS only; before 9 because IAM answers a trust policy sent as a
///     permission policy with the principal message, not the missing-resource one], then
///     resources present.
/// 10. Trust: no Resource first (IAM answers a permission policy sent as a trust policy that
///     way even when its actions are not STS actions), then a principal in every statement
///     [AWS only], then STS actions only.
public enum PolicyParser {
  /// Parses `text` and validates it the way IAM validates a document of `kind`; throws with IAM's exact message.
  public static func parse(_ text: String, kind: PolicyKind) throws(MalformedPolicy) -> PolicyDocument {
    do throws(MalformedPolicy) {
      return try validate(text, kind: kind)
    } catch {
      throw error.located(in: text)
    }
  }

  private static func validate(_ text: String, kind: PolicyKind) throws(MalformedPolicy) -> PolicyDocument {
    let decoded = try PolicySyntax.decode(text, kind: kind)
    let statements = decoded.statements
    if kind == .managed, decoded.version != PolicyDocument.currentVersion {
      let explanation =
        decoded.version == nil
        ? #"a managed policy needs "Version": "2012-10-17""#
        : #"a managed policy is written in version 2012-10-17, not \#(decoded.version!)"#
      throw MalformedPolicy(
        PolicyMessage.managedVersion, at: .path(JSONPath(decoded.version == nil ? [] : [.named("Version")])),
        explanation)
    }
    let resourceProblem = try ValidationStages.legacyParsing(statements)
    try ValidationStages.sidCharacters(statements)
    try ValidationStages.sidUniqueness(statements)
    try ValidationStages.actionsPresent(statements)
    if let resourceProblem { throw resourceProblem }
    try ValidationStages.actionPrefixes(statements)
    switch kind {
    case .identity, .managed:
      try ValidationStages.noPrincipal(statements)
      try ValidationStages.resourcesPresent(statements)
    case .trust:
      try ValidationStages.noResource(statements)
      try ValidationStages.principalsPresent(statements)
      try ValidationStages.trustActionsOnly(statements)
    }
    return PolicyDocument(version: decoded.version, id: decoded.id, statements: statements.map(\.statement))
  }
}
