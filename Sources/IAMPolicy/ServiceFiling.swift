/// A document with its statements filed by the services their Action lists speak of, worked out
/// once, so that it is reduced for one service after another at the cost of comparing names.
/// Reduced to a service, it keeps the statements that can apply to an action of that service, each
/// with its number as written, and decides every such action as the whole document does: a
/// simulation of many actions then tests only what can matter.
public struct ServiceFiling: Sendable {
  public let whole: PolicyDocument
  /// For each statement, the services its patterns name (lower-cased as `IndexedPolicy.service(of:)`
  /// writes them); nil when it may apply to any (NotAction, `*`, or no Action at all).
  private let services: [[String]?]

  public init(_ document: PolicyDocument) {
    whole = document
    services = document.statements.map { statement in
      guard let actions = statement.actions, !actions.negated else { return nil }
      var services: [String] = []
      for pattern in actions.patterns {
        if ActionMatching.coversEverything(pattern) { return nil }
        // A pattern with no colon names no service and covers nothing.
        if pattern.utf8.contains(UInt8(ascii: ":")) { services.append(ActionMatching.service(of: pattern)) }
      }
      return services
    }
  }

  /// The document reduced to the statements that can apply to an action of `service`.
  public func document(forService service: String) -> PolicyDocument {
    func canApply(_ index: Int) -> Bool { services[index].map { $0.contains(service) } ?? true }
    // Most often a policy is about the service or not at all: then nothing is copied.
    if whole.statements.indices.allSatisfy(canApply) { return whole }
    var kept: [PolicyStatement] = []
    for (offset, statement) in whole.statements.enumerated() where canApply(offset) {
      var numbered = statement
      numbered.number = statement.number ?? offset + 1
      kept.append(numbered)
    }
    return PolicyDocument(version: whole.version, id: whole.id, statements: kept)
  }
}
