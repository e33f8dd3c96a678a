/// What a role's trust policy says about one request to assume it.
public struct TrustDecision: Sendable, Equatable {
  public var decision: Decision
  /// For an allowed request, how the allowing statement named the principal: by name, or only
  /// through its account, in which case the principal's identity policies must allow the
  /// request too (iam-semantics §5.5).
  public var match: PrincipalMatch

  public init(decision: Decision, match: PrincipalMatch) {
    self.decision = decision
    self.match = match
  }
}

/// IAM's evaluation of a role's trust policy, a resource-based policy whose statements apply to
/// a request only when their principal element names the principal who asks.
public enum TrustEvaluator {
  /// A matching Deny refuses at once; otherwise the Allow that names the principal most directly
  /// decides (the first of them), and without one the request is implicitly denied.
  public static func evaluate(
    _ request: AuthorizationRequest, principal: RequestingPrincipal, policy: NamedPolicy
  ) -> TrustDecision {
    var allowed: (statement: DecidingStatement, match: PrincipalMatch)?
    for (offset, statement) in policy.document.statements.enumerated() {
      let match = PrincipalMatching.match(statement, principal)
      guard match != .none, PolicyEvaluator.applies(statement, in: policy.document, to: request) else { continue }
      let deciding = DecidingStatement(policy: policy.label, index: offset + 1, sid: statement.sid)
      switch statement.effect {
      case .deny:
        return TrustDecision(decision: .explicitDeny(deciding), match: match)
      case .allow:
        if allowed == nil || match > allowed!.match { allowed = (deciding, match) }
      }
    }
    guard let allowed else { return TrustDecision(decision: .implicitDeny, match: .none) }
    return TrustDecision(decision: .allowed(allowed.statement), match: allowed.match)
  }
}
