import IAMEncoding
import IAMPolicy

/// Every statement considered for a request and why it applies or not, as the lines `-d` and
/// `iam simulate -d` print under a decision.
enum EvaluationExplanation {
  static func lines(_ evaluation: Evaluation, policies: [NamedPolicy]) -> [String] {
    var lines: [String] = []
    for (policy, verdicts) in zip(policies, evaluation.policies) {
      for (offset, (statement, verdict)) in zip(policy.document.statements, verdicts.statements).enumerated() {
        let name = "\(policy.label), statement \(statement.number ?? offset + 1)" + (statement.sid.map { " (\($0))" } ?? "")
        lines.append("    \(name), \(statement.effect.rawValue): \(reason(verdict, statement))")
      }
    }
    if lines.isEmpty { lines.append("    no policy to consider") }
    return lines
  }

  private static func reason(_ verdict: StatementVerdict, _ statement: PolicyStatement) -> String {
    switch verdict.outcome {
    case .actionDoesNotMatch: return "its action does not match"
    case .resourceDoesNotMatch: return "its resource does not match"
    case .variableWithoutValue: return "a policy variable in it has no value in this request"
    case .conditionsDoNotHold, .applies:
      let verdicts = zip(statement.conditions, verdict.conditions).map { clause, result in
        "\(clause.operatorName) \(clause.key) \(result.rawValue)"
      }
      let conditions = verdicts.isEmpty ? "" : " (" + verdicts.joinedText(separator: ", ") + ")"
      return (verdict.applies ? "applies" : "does not apply") + conditions
    }
  }
}
