/// A validated document together with the name a decision trace gives it.
public struct NamedPolicy: Sendable {
  /// How a trace names the policy, e.g. "group Admin policy AdminGroupPolicy".
  public var label: String
  public var document: PolicyDocument

  public init(label: String, document: PolicyDocument) {
    self.label = label
    self.document = document
  }
}

/// The statement that decided a request: the policy's label, and where the statement is in it.
public struct DecidingStatement: Sendable, Equatable {
  /// How a trace names the policy, e.g. "group Admin policy List".
  public var policy: String
  /// The statement's position in the document, from 1.
  public var index: Int
  public var sid: String?

  public init(policy: String, index: Int, sid: String? = nil) {
    self.policy = policy
    self.index = index
    self.sid = sid.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// `group Admin policy List, statement 2 (DenyWrites)`
  public var description: String {
    "\(policy), statement \(index)" + (sid.map { " (\($0))" } ?? "")
  }
}

/// The outcome of evaluating identity policies, in IAM's simulator vocabulary.
public enum Decision: Sendable, Equatable {
  /// Allowed by this matching Allow statement.
  case allowed(DecidingStatement)
  /// Refused by this matching Deny statement.
  case explicitDeny(DecidingStatement)
  /// No statement allowed the request.
  case implicitDeny

  /// Whether the request may proceed.
  public var isAllowed: Bool {
    if case .allowed = self { return true }
    return false
  }

  /// The statement that decided, when one did.
  public var deciding: DecidingStatement? {
    switch self {
    case .allowed(let statement), .explicitDeny(let statement): return statement
    case .implicitDeny: return nil
    }
  }
}

/// IAM's evaluation of identity-based policies within one account.
public enum PolicyEvaluator {
  /// IAM's identity-policy decision: any matching Deny wins, else any matching Allow, else implicit deny.
  public static func evaluate(_ request: AuthorizationRequest, policies: [NamedPolicy]) -> Decision {
    var allowedBy: DecidingStatement?
    for policy in policies {
      for (offset, statement) in policy.document.statements.enumerated() {
        // Once an Allow is known, only a Deny can change the outcome.
        if allowedBy != nil, statement.effect == .allow { continue }
        guard applies(statement, in: policy.document, to: request) else { continue }
        let deciding = DecidingStatement(policy: policy.label, index: statement.number ?? offset + 1, sid: statement.sid)
        switch statement.effect {
        case .deny: return .explicitDeny(deciding)
        case .allow: allowedBy = deciding
        }
      }
    }
    return allowedBy.map { .allowed($0) } ?? .implicitDeny
  }

  /// The same decision as `evaluate`, with the verdict of every statement of every policy: for
  /// explaining it, which is worth looking at all of them.
  public static func explain(_ request: AuthorizationRequest, policies: [NamedPolicy]) -> Evaluation {
    var allowedBy: DecidingStatement?
    var deniedBy: DecidingStatement?
    var verdicts: [PolicyVerdicts] = []
    verdicts.reserveCapacity(policies.count)
    for policy in policies {
      var statements: [StatementVerdict] = []
      statements.reserveCapacity(policy.document.statements.count)
      for (offset, statement) in policy.document.statements.enumerated() {
        let verdict = self.verdict(of: statement, in: policy.document, for: request)
        statements.append(verdict)
        guard verdict.applies else { continue }
        // The first of each effect decides; the others are named by the verdicts alone.
        switch statement.effect {
        case .deny where deniedBy == nil:
          deniedBy = DecidingStatement(policy: policy.label, index: statement.number ?? offset + 1, sid: statement.sid)
        case .allow where allowedBy == nil:
          allowedBy = DecidingStatement(policy: policy.label, index: statement.number ?? offset + 1, sid: statement.sid)
        default: break
        }
      }
      verdicts.append(PolicyVerdicts(label: policy.label, statements: statements))
    }
    let decision: Decision = deniedBy.map { .explicitDeny($0) } ?? allowedBy.map { .allowed($0) } ?? .implicitDeny
    return Evaluation(decision: decision, policies: verdicts)
  }

  /// Whether `statement` (of `document`) applies to `request`: its action test, resource test
  /// and every condition hold. Principals are not considered.
  public static func applies(
    _ statement: PolicyStatement, in document: PolicyDocument, to request: AuthorizationRequest
  ) -> Bool {
    verdict(of: statement, in: document, for: request).applies
  }

  /// Why `statement` applies to `request` or not, testing in IAM's order: action, resource,
  /// then each condition.
  ///
  /// A condition the engine cannot decide counts against an Allow and for a Deny, so that it
  /// can never widen access. A policy variable with no value makes the statement not apply.
  public static func verdict(
    of statement: PolicyStatement, in document: PolicyDocument, for request: AuthorizationRequest
  ) -> StatementVerdict {
    guard let actions = statement.actions,
      ActionMatching.anyMatches(actions, action: request.action) != actions.negated
    else { return StatementVerdict(outcome: .actionDoesNotMatch, conditions: []) }

    let variables = document.substitutesVariables ? request.context : nil
    var results: [StatementVerdict.ConditionResult] = []
    do throws(UnresolvedVariable) {
      // Trust policies have no Resource: the role they are attached to is the resource.
      if let resources = statement.resources {
        var matched = false
        for pattern in resources.patterns {
          if try ResourceMatching.matches(
            pattern: pattern, resource: request.resource, context: variables,
            variablesFrom: ResourceMatching.segmentCount - 1)
          {
            matched = true
            break
          }
        }
        guard matched != resources.negated else {
          return StatementVerdict(outcome: .resourceDoesNotMatch, conditions: [])
        }
      }

      var truth = Truth.yes
      for clause in statement.conditions {
        let clauseTruth = try ConditionEvaluator.evaluate(clause, context: request.context, variables: variables)
        results.append(clauseTruth.conditionResult)
        truth = truth && clauseTruth
        if truth == .no { break }
      }
      let holds = statement.effect == .allow ? truth == .yes : truth != .no
      return StatementVerdict(outcome: holds ? .applies : .conditionsDoNotHold, conditions: results)
    } catch {
      return StatementVerdict(outcome: .variableWithoutValue, conditions: results)
    }
  }
}
