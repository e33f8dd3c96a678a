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

  /// Whether `statement` (of `document`) applies to `request`: its action test, resource test
  /// and every condition hold. Principals are not considered.
  ///
  /// A condition the engine cannot decide counts against an Allow and for a Deny, so that it
  /// can never widen access. A policy variable with no value makes the statement not apply.
  public static func applies(
    _ statement: PolicyStatement, in document: PolicyDocument, to request: AuthorizationRequest
  ) -> Bool {
    guard let actions = statement.actions,
      ActionMatching.anyMatches(actions, action: request.action) != actions.negated
    else { return false }

    let variables = document.substitutesVariables ? request.context : nil
    do {
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
        guard matched != resources.negated else { return false }
      }

      var truth = Truth.yes
      for clause in statement.conditions {
        truth = truth && (try ConditionEvaluator.evaluate(clause, context: request.context, variables: variables))
        if truth == .no { return false }
      }
      return statement.effect == .allow ? truth == .yes : truth != .no
    } catch {
      return false
    }
  }
}
