import IAMPolicy
import IAMStore

/// SimulatePrincipalPolicy and SimulateCustomPolicy: what the account's policies, or documents
/// given with the request, decide for actions on resources, without doing any of them.
extension IAMAPI {
  public func simulate(_ principal: SimulationPrincipal, _ input: SimulationInput) throws -> [SimulationResult] {
    let resources = input.resources.isEmpty ? ["*"] : input.resources
    var parameters: [(String, String?)] = []
    switch principal {
    case .user(let name): parameters.append(("PolicySourceArn", arn(.user, path: "/", name: name)))
    case .group(let name): parameters.append(("PolicySourceArn", arn(.group, path: "/", name: name)))
    case .role(let name): parameters.append(("PolicySourceArn", arn(.role, path: "/", name: name)))
    case .documentsOnly: break
    }
    parameters += [("ActionNames", input.actions.joined(separator: ",")), ("ResourceArns", resources.joined(separator: ","))]
    let operation = principal == .documentsOnly ? "SimulateCustomPolicy" : "SimulatePrincipalPolicy"
    try begin(operation, parameters)
    try validate(input)
    var (policies, context) = try simulatedPolicies(of: principal)
    for (index, text) in input.documents.enumerated() {
      let document: PolicyDocument
      do throws(MalformedPolicy) {
        document = try PolicyParser.parse(text, kind: .identity)
      } catch {
        throw IAMError(error)
      }
      policies.append(
        SimulatedPolicy(
          sourceType: "none", id: "PolicyInputList.\(index + 1)", holder: "document \(index + 1) given", text: text,
          document: document))
    }
    for (key, values) in input.context { context.set(key, to: values) }
    let named = policies.map(\.named)
    var results: [SimulationResult] = []
    for action in input.actions {
      for resource in resources {
        let request = AuthorizationRequest(action: action, resource: resource, context: context)
        let evaluation = PolicyEvaluator.explain(request, policies: named)
        results.append(result(of: evaluation, for: request, policies: policies))
      }
    }
    return results
  }

  private func validate(_ input: SimulationInput) throws {
    guard !input.actions.isEmpty else {
      throw IAMError(.validationError, "1 validation error detected: Value null at 'actionNames' failed to satisfy constraint: Member must not be null")
    }
    for action in input.actions {
      let parts = action.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw IAMError(.invalidInput, "Action \(action) is not an action: it is written service:ActionName, as in iam:CreateUser.")
      }
      guard !action.contains("*"), !action.contains("?") else {
        throw IAMError(
          .invalidInput,
          "Action \(action) has a wildcard: a simulation decides each action on its own, so name each one, as in iam:CreateUser.")
      }
    }
  }

  /// The policies that apply to the principal, and the context keys its own requests carry.
  private func simulatedPolicies(of principal: SimulationPrincipal) throws -> ([SimulatedPolicy], RequestContext) {
    switch principal {
    case .documentsOnly:
      try authorize("iam:SimulateCustomPolicy", on: "*")
      return ([], baseContext())
    case .user(let name):
      let user = try requireUser(name, action: "iam:SimulatePrincipalPolicy")
      var policies = try inlinePolicies(user.policies, sourceType: "user", holder: "user \(user.name)", owner: UserRecord.self, ownerName: user.name)
      for groupName in user.groups {
        let group = try group(named: groupName, of: user)
        policies += try inlinePolicies(
          group.policies, sourceType: "group", holder: "group \(group.name)", owner: GroupRecord.self, ownerName: group.name)
      }
      return (policies, requestContext(user: user, arn: arn(.user, path: user.path, name: user.name)))
    case .group(let name):
      let group = try requireGroup(name, action: "iam:SimulatePrincipalPolicy")
      let policies = try inlinePolicies(
        group.policies, sourceType: "group", holder: "group \(group.name)", owner: GroupRecord.self, ownerName: group.name)
      return (policies, baseContext())
    case .role(let name):
      let role = try requireRole(name, action: "iam:SimulatePrincipalPolicy")
      let policies = try inlinePolicies(
        role.policies, sourceType: "role", holder: "role \(role.name)", owner: RoleRecord.self, ownerName: role.name)
      var context = baseContext()
      context.set("aws:PrincipalArn", to: [arn(.role, path: role.path, name: role.name)])
      context.set("aws:PrincipalType", to: ["AssumedRole"])
      return (policies, context)
    }
  }

  private func inlinePolicies<R: StoredRecord>(
    _ policies: [String: String], sourceType: String, holder: String, owner: R.Type, ownerName: String
  ) throws -> [SimulatedPolicy] {
    try Pagination.sortedByBytes(Array(policies.keys)).map { name in
      let text = policies[name]!
      return SimulatedPolicy(
        sourceType: sourceType, id: name, holder: holder, text: text,
        document: try parsedPolicy(text, owner: owner, ownerName: ownerName))
    }
  }

  /// The keys every request carries, whoever makes it.
  private func baseContext() -> RequestContext {
    RequestContext([
      "aws:PrincipalAccount": [account.accountId], "aws:CurrentTime": [now.iso8601],
      "aws:EpochTime": [String(now.seconds)], "aws:SecureTransport": ["true"], "aws:RequestedRegion": ["us-east-1"],
    ])
  }

  private func result(
    of evaluation: Evaluation, for request: AuthorizationRequest, policies: [SimulatedPolicy]
  ) -> SimulationResult {
    let decision: String
    let effect: PolicyEffect?
    switch evaluation.decision {
    case .allowed: (decision, effect) = ("allowed", .allow)
    case .explicitDeny: (decision, effect) = ("explicitDeny", .deny)
    case .implicitDeny: (decision, effect) = ("implicitDeny", nil)
    }
    var matched: [MatchedStatement] = []
    var missing: [String] = []
    for (policy, verdicts) in zip(policies, evaluation.policies) {
      for (offset, (statement, verdict)) in zip(policy.document.statements, verdicts.statements).enumerated() {
        if verdict.outcome == .applies || verdict.outcome == .conditionsDoNotHold {
          for clause in statement.conditions where request.context.values(for: clause.key) == nil {
            if !missing.contains(where: { $0.lowercased() == clause.key.lowercased() }) { missing.append(clause.key) }
          }
        }
        guard verdict.applies, statement.effect == effect else { continue }
        matched.append(
          MatchedStatement(
            sourcePolicyId: policy.id, sourcePolicyType: policy.sourceType, holder: policy.holder, index: offset + 1,
            sid: statement.sid, position: StatementPosition.of(statement: offset, in: policy.text)))
      }
    }
    return SimulationResult(
      action: request.action, resource: request.resource, decision: decision, matchedStatements: matched,
      missingContextValues: missing,
      explanation: EvaluationExplanation.lines(evaluation, policies: policies.map(\.named)))
  }
}
