import IAMPolicy

/// Whose policies a simulation evaluates.
public enum SimulationPrincipal: Sendable, Equatable {
  case user(String)
  case group(String)
  case role(String)
  /// Whoever these credentials identify, as a request made with them is decided: a user, or a
  /// session with its role's policies and its MFA keys.
  case credentials(AccessKeyPair)
  /// Only the documents given with the request, as SimulateCustomPolicy evaluates them.
  case documentsOnly
}

/// What to simulate: every action on every resource, with the context keys given.
public struct SimulationInput: Sendable {
  public var actions: [String]
  /// `*` when none is given, as AWS defaults.
  public var resources: [String]
  /// Context keys that replace or add to what the principal's request would carry, each single-
  /// or multivalued by its type.
  public var context: [ContextEntry]
  /// Documents evaluated with the principal's own policies (`PolicyInputList`).
  public var documents: [String]
  /// A role whose trust policy is asked, as AssumeRole asks it, whether the principal may assume
  /// it: AWS's simulator leaves trust policies out.
  public var assumeRole: String?

  public init(actions: [String], resources: [String] = [], context: [ContextEntry] = [], documents: [String] = []) {
    self.actions = actions
    self.resources = resources
    self.context = context
    self.documents = documents
  }

  public init(
    actions: [String], resources: [String] = [], context: [ContextEntry] = [], documents: [String] = [],
    assumeRole: String?
  ) {
    self.init(actions: actions, resources: resources, context: context, documents: documents)
    self.assumeRole = assumeRole
  }
}

/// A statement that matched the request, located in its policy's text.
public struct MatchedStatement: Sendable, Equatable {
  public var sourcePolicyId: String
  public var sourcePolicyType: String
  /// Who holds the policy, for people: `user bob`.
  public var holder: String
  /// From 1.
  public var index: Int
  public var sid: String?
  /// Where the statement is written, as its policy's indexed form records it, or else found in
  /// the policy's text when asked for: a simulation of 100 policies matches hundreds of
  /// statements, the table shows one for each decision, and finding them all was a tenth of it.
  public var position: StatementPosition? {
    recordedPosition ?? policyText.flatMap { StatementPosition.of(statement: index - 1, in: $0) }
  }
  private var recordedPosition: StatementPosition?
  private var policyText: String?

  /// A statement whose place is known already, or nowhere to be found.
  public init(
    sourcePolicyId: String, sourcePolicyType: String, holder: String, index: Int, sid: String?,
    position: StatementPosition?
  ) {
    self.sourcePolicyId = sourcePolicyId
    self.sourcePolicyType = sourcePolicyType
    self.holder = holder
    self.index = index
    self.sid = sid
    recordedPosition = position
  }

  /// A statement of the policy `text`, found there when its place is asked for.
  public init(sourcePolicyId: String, sourcePolicyType: String, holder: String, index: Int, sid: String?, in text: String) {
    self.init(
      sourcePolicyId: sourcePolicyId, sourcePolicyType: sourcePolicyType, holder: holder, index: index, sid: sid,
      position: nil)
    policyText = text
  }

  /// The same statement, placed the same, however each was made.
  public static func == (lhs: MatchedStatement, rhs: MatchedStatement) -> Bool {
    lhs.sourcePolicyId == rhs.sourcePolicyId && lhs.sourcePolicyType == rhs.sourcePolicyType
      && lhs.holder == rhs.holder && lhs.index == rhs.index && lhs.sid == rhs.sid && lhs.position == rhs.position
  }

  /// `group Developers, policy NoIAMWrites, statement 2 (DenyWrites) at 4:5-9:6`
  public var description: String {
    "\(holder), policy \(sourcePolicyId), statement \(index)" + (sid.map { " (\($0))" } ?? "")
      + (position.map { " at \($0.description)" } ?? "")
  }
}

/// The decision for one action on one resource, with its reasons.
public struct SimulationResult: Sendable {
  public var action: String
  public var resource: String
  /// `allowed`, `explicitDeny` or `implicitDeny`.
  public var decision: String
  /// The statements of the decision's effect that apply: the Denies of an explicit deny, the
  /// Allows of an allowed request; none for an implicit deny.
  public var matchedStatements: [MatchedStatement]
  /// Condition keys that statements matching the action and resource test but the request
  /// does not carry: what to add with --context to see them decide.
  public var missingContextValues: [String]
  /// Why each statement applies or not, as `-d` lines; empty unless the trace keeps them.
  public var explanation: [String]
}
