extension PolicyDocument {
  /// The document without the statements that cannot apply to any action of `service` (as
  /// `IndexedPolicy.service(of:)` gives it): those whose Action list names only other services.
  /// Each statement kept keeps its number as written. For an action of that service it decides
  /// as the whole document does, so a simulation of many actions tests only what can matter.
  public func reduced(toService service: String) -> PolicyDocument {
    func canApply(_ statement: PolicyStatement) -> Bool {
      guard let actions = statement.actions, !actions.negated else { return true }
      return actions.patterns.contains { ActionMatching.mayMatch(pattern: $0, service: service) }
    }
    // Most often a policy is about the service or not at all: then nothing is copied.
    if statements.allSatisfy(canApply) { return self }
    var kept: [PolicyStatement] = []
    for (offset, statement) in statements.enumerated() where canApply(statement) {
      var numbered = statement
      numbered.number = statement.number ?? offset + 1
      kept.append(numbered)
    }
    return PolicyDocument(version: version, id: id, statements: kept)
  }
}
