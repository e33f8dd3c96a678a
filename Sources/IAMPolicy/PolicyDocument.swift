/// Which IAM rules a document is validated against.
public enum PolicyKind: Sendable {
  /// An inline permission policy of a user, group or role.
  case identity
  /// A version of a customer managed policy: a permission policy that must be written in the
  /// current language version, 2012-10-17.
  case managed
  /// A role's assume-role (trust) policy.
  case trust
}

/// A statement's `Effect`.
public enum PolicyEffect: String, Sendable {
  case allow = "Allow"
  case deny = "Deny"
}

/// A parsed and validated policy document.
public struct PolicyDocument: Sendable {
  /// "2012-10-17", "2008-10-17" or nil when the document has no `Version`.
  public var version: String?
  /// The optional top-level `Id`.
  public var id: String?
  public var statements: [PolicyStatement]

  public init(version: String?, id: String? = nil, statements: [PolicyStatement]) {
    self.version = version
    self.id = id
    self.statements = statements
  }

  /// The only version under which `${...}` policy variables are substituted.
  public static let currentVersion = "2012-10-17"
  /// The language version IAM applies when a document names none.
  public static let legacyVersion = "2008-10-17"

  /// Whether `${...}` in resources and condition values are policy variables rather than text.
  public var substitutesVariables: Bool { version == PolicyDocument.currentVersion }
}

/// One statement of a policy document.
public struct PolicyStatement: Sendable {
  public var sid: String?
  public var effect: PolicyEffect
  public var principal: PolicyPrincipal?
  public var notPrincipal: PolicyPrincipal?
  /// `Action`, or `NotAction` when `negated`.
  public var actions: PatternList?
  /// `Resource`, or `NotResource` when `negated`; nil in trust policies.
  public var resources: PatternList?
  /// One clause per operator and key, all of which must hold.
  public var conditions: [ConditionClause]
  /// Where the statement stands in the document as written, from 1, when the document was
  /// reduced to some of its statements (`IndexedPolicy`); nil when its place in `statements` is it.
  public var number: Int?
  /// Where the statement is written in its document, when the form it was read from records it
  /// (`IndexedPolicy`); otherwise the simulator finds it in the text.
  public var position: StatementPosition?

  public init(
    sid: String? = nil, effect: PolicyEffect, principal: PolicyPrincipal? = nil,
    notPrincipal: PolicyPrincipal? = nil, actions: PatternList?, resources: PatternList?,
    conditions: [ConditionClause] = []
  ) {
    self.sid = sid
    self.effect = effect
    self.principal = principal
    self.notPrincipal = notPrincipal
    self.actions = actions
    self.resources = resources
    self.conditions = conditions
  }
}

/// The values of an `Action`/`NotAction` or `Resource`/`NotResource` element.
public struct PatternList: Sendable {
  /// The values as written; a single string is a list of one.
  public var patterns: [String]
  /// True for `NotAction` and `NotResource`.
  public var negated: Bool

  public init(patterns: [String], negated: Bool) {
    self.patterns = patterns
    self.negated = negated
  }
}

/// A `Principal` or `NotPrincipal` element.
public struct PolicyPrincipal: Sendable {
  /// True for `"Principal": "*"`.
  public var isWildcard: Bool
  /// The typed entries, e.g. `{"AWS": [...]}`, in document order.
  public var entries: [PrincipalEntry]

  public init(isWildcard: Bool, entries: [PrincipalEntry]) {
    self.isWildcard = isWildcard
    self.entries = entries
  }

  /// Whether the element names nobody (`{}` or only empty lists).
  public var isEmpty: Bool { !isWildcard && entries.allSatisfy { $0.values.isEmpty } }
}

/// One principal type and its values, e.g. `"Service": ["ec2.amazonaws.com"]`.
public struct PrincipalEntry: Sendable {
  /// `AWS`, `Federated`, `Service` or `CanonicalUser`.
  public var type: String
  public var values: [String]

  public init(type: String, values: [String]) {
    self.type = type
    self.values = values
  }
}
