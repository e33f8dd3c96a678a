/// How one statement fared against a request: the reason it applies or not, which `-d`,
/// `iam simulate` and the refusal texts all tell from this one result.
public struct StatementVerdict: Sendable, Equatable {
  public enum Outcome: Sendable, Equatable {
    /// Neither its Action nor its NotAction lets the request's action in.
    case actionDoesNotMatch
    /// Its Resource (or NotResource) leaves the request's resource out.
    case resourceDoesNotMatch
    /// A policy variable it uses has no value in the request, so the statement cannot apply.
    case variableWithoutValue
    /// A condition clause does not hold (or, for an Allow, cannot be decided).
    case conditionsDoNotHold
    /// Every test holds: the statement's effect applies.
    case applies
  }

  /// What a condition clause came to: true, false, or undecidable (a malformed date, say),
  /// which never satisfies an Allow and always satisfies a Deny.
  public enum ConditionResult: String, Sendable, Equatable {
    case holds = "true"
    case doesNotHold = "false"
    case undecidable = "undecidable"
  }

  public var outcome: Outcome
  /// The result of each condition clause, in the statement's order, as far as they were
  /// evaluated: the first one that does not hold ends the list.
  public var conditions: [ConditionResult]

  public var applies: Bool { outcome == .applies }
}

/// The verdicts of every statement of one policy.
public struct PolicyVerdicts: Sendable, Equatable {
  public var label: String
  public var statements: [StatementVerdict]
}

/// A decision with every statement's verdict: what decided, and why each other statement did not.
public struct Evaluation: Sendable, Equatable {
  public var decision: Decision
  public var policies: [PolicyVerdicts]
}

extension Truth {
  var conditionResult: StatementVerdict.ConditionResult {
    switch self {
    case .yes: return .holds
    case .no: return .doesNotHold
    case .unknown: return .undecidable
    }
  }
}
