import IAMPolicy

/// A policy of the simulated principal as the simulator reports it, found once for all the
/// actions simulated: where it comes from, its text (for positions), and its document.
final class SimulatedPolicy {
  /// How the document is had for each action's service.
  enum Content {
    /// A document read whole: an inline policy, a customer managed one, one given with -f.
    case whole(ServiceFiling)
    /// An AWS managed policy, read for one service at a time as a real request reads it.
    case aws(AWSPolicyForm)
  }

  /// `SourcePolicyType` in AWS's words: user, group, role, aws-managed, user-managed, none.
  let sourceType: String
  /// `SourcePolicyId`: the inline policy's name, the managed policy's ARN, or `PolicyInputList.N`.
  let id: String
  /// Who holds it, for people: `user bob`, `group Developers`, `the policy given with -f`.
  let holder: String
  /// The text its statements are found in; nil when the document places its statements itself,
  /// as the reduced forms of AWS's policies do.
  let text: String?
  let content: Content
  /// The name the evaluator's verdicts carry, and the one `-d` shows.
  let label: String

  init(sourceType: String, id: String, holder: String, text: String?, content: Content) {
    self.sourceType = sourceType
    self.id = id
    self.holder = holder
    self.text = text
    self.content = content
    label = "\(holder), policy \(id)"
  }

  /// The statement numbered `number` (from 1) as a match to report: placed as the document
  /// records it, or else in the text.
  func matched(_ statement: PolicyStatement, number: Int) -> MatchedStatement {
    if let text, statement.position == nil {
      return MatchedStatement(
        sourcePolicyId: id, sourcePolicyType: sourceType, holder: holder, index: number, sid: statement.sid, in: text)
    }
    return MatchedStatement(
      sourcePolicyId: id, sourcePolicyType: sourceType, holder: holder, index: number, sid: statement.sid,
      position: statement.position)
  }

  /// The index of the services an AWS managed policy can speak of, found once for all the
  /// services simulated.
  private lazy var awsIndex: UnsafeBufferPointer<UInt8> = {
    guard case .aws(let form) = content else { return UnsafeBufferPointer(start: nil, count: 0) }
    return form.index()
  }()

  /// The document as far as `actions` (all of `service`, whose UTF-8 bytes are `key`) need it:
  /// without the statements about other services, which cannot apply. With `explaining`, a document read whole keeps them,
  /// for -d to say of each why it does not apply.
  func named(forService service: String, key: [UInt8], actions: [String], explaining: Bool) -> NamedPolicy {
    switch content {
    case .whole(let document):
      return NamedPolicy(label: label, document: explaining ? document.whole : document.document(forService: service))
    case .aws(let form):
      guard IndexedPolicy.index(awsIndex, concerns: key) else {
        return NamedPolicy(label: label, document: PolicyDocument(version: nil, statements: []))
      }
      // -d names every statement about the service, even those whose patterns cover none of the actions.
      return NamedPolicy(label: label, document: form.document(forService: service, actions: explaining ? nil : actions))
    }
  }
}
