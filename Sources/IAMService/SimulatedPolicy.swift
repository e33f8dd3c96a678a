import IAMPolicy

/// A policy as the simulator reports it: where it comes from, its text (for positions) and its
/// parsed document.
struct SimulatedPolicy {
  /// `SourcePolicyType` in AWS's words: user, group, role, aws-managed, user-managed, none.
  var sourceType: String
  /// `SourcePolicyId`: the inline policy's name, the managed policy's ARN, or `PolicyInputList.N`.
  var id: String
  /// Who holds it, for people: `user bob`, `group Developers`, `the policy given with -f`.
  var holder: String
  var text: String
  var document: PolicyDocument

  /// The name the evaluator's verdicts carry, and the one `-d` shows.
  var label: String { "\(holder), policy \(id)" }

  var named: NamedPolicy { NamedPolicy(label: label, document: document) }
}
