import IAMEncoding
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
    case .credentials(let pair): parameters.append(("CallerAccessKeyId", pair.accessKeyId))
    case .documentsOnly: break
    }
    parameters += [("ActionNames", input.actions.joinedText(separator: ",")), ("ResourceArns", resources.joinedText(separator: ","))]
    let operation = principal == .documentsOnly ? "SimulateCustomPolicy" : "SimulatePrincipalPolicy"
    return try call(operation, parameters) {
      try validate(input)
      let requested = principal
      let (holders, baseContext) = try simulated(principal)
      var documents: [SimulatedPolicy] = []
      for (index, text) in input.documents.enumerated() {
        let document: PolicyDocument
        do throws(MalformedPolicy) {
          document = try PolicyParser.parse(text, kind: .identity)
        } catch {
          throw IAMError(error)
        }
        documents.append(
          SimulatedPolicy(
            sourceType: "none", id: "PolicyInputList.\(index + 1)", holder: "document \(index + 1) given", text: text,
            content: .whole(ServiceFiling(document))))
      }
      var context = baseContext
      for entry in input.context { context.set(entry) }
      var results: [SimulationResult] = []
      // Each holder's policies are found once, then read once for each service of the actions:
      // only what can concern that service, which all its actions share.
      var policies: [SimulatedPolicy] = []
      for holder in holders { policies += try self.policies(of: holder) }
      policies += documents
      let actionsByService = Dictionary(grouping: input.actions, by: IndexedPolicy.service(of:))
      var byService: [String: (policies: [SimulatedPolicy], named: [NamedPolicy])] = [:]
      for action in input.actions {
        let service = IndexedPolicy.service(of: action)
        let (active, named) =
          byService[service] ?? read(policies, forService: service, actions: actionsByService[service] ?? [action])
        byService[service] = (active, named)
        for resource in resources {
          let request = AuthorizationRequest(action: action, resource: resource, context: context)
          let evaluation = PolicyEvaluator.explain(request, policies: named)
          let result = result(of: evaluation, for: request, policies: active, read: named)
          trace.debug("  simulate \(action) on \(resource): \(result.decision)")
          for line in result.explanation { trace.debug(line) }
          results.append(result)
        }
      }
      if let roleName = input.assumeRole {
        let result = try simulatedAssumption(of: roleName, by: requested, input: input)
        trace.debug("  simulate sts:AssumeRole on \(result.resource): \(result.decision)")
        for line in result.explanation { trace.debug(line) }
        results.append(result)
      }
      return results
    }
  }

  /// Whether the principal may assume the role, decided by the trust policy and the principal's
  /// own policies as AssumeRole decides it.
  private func simulatedAssumption(of roleName: String, by principal: SimulationPrincipal, input: SimulationInput)
    throws -> SimulationResult
  {
    let subject: Caller
    switch principal {
    case .user(let name): subject = Caller(identity: .user(name: name), accessKeyId: "")
    case .credentials(let pair): subject = try authenticateOther(pair)
    case .group, .role, .documentsOnly:
      throw IAMError(.invalidInput, "Only a user or credentials can assume a role: simulate --assume-role with -u or --as.")
    }
    guard let role = try lookUp(RoleRecord.self, roleName) else { throw EntityKind.role.notFound(roleName) }
    let roleArn = arn(.role, path: role.path, name: role.name)
    let view = IAMAPI(
      transaction: transaction, account: account, caller: subject, ids: ids, now: now, trace: trace,
      passwordIterations: passwordIterations)
    var context = try view.callerRequestContext()
    for entry in input.context { context.set(entry) }
    let outcome = try view.assumption("sts:AssumeRole", of: role, roleArn: roleArn, context: context)
    func isDeny(_ decision: Decision?) -> Bool {
      if case .explicitDeny = decision { return true }
      return false
    }
    let denied = isDeny(outcome.trust.decision) || isDeny(outcome.identity)
    var matched: [MatchedStatement] = []
    if let statement = outcome.trust.decision.deciding {
      matched.append(
        MatchedStatement(
          sourcePolicyId: "trust policy", sourcePolicyType: "resource", holder: "role \(role.name)",
          index: statement.index, sid: statement.sid, in: role.assumeRolePolicy))
    }
    var explanation = ["    trust policy of role \(role.name): \(RoleTrust.describe(outcome.trust))"]
    if let identity = outcome.identity, let statement = identity.deciding {
      explanation.append("    the principal's own policies: \(identity.isAllowed ? "allowed" : "denied") by \(statement.description)")
    }
    return SimulationResult(
      action: "sts:AssumeRole", resource: roleArn,
      decision: outcome.allowed ? "allowed" : denied ? "explicitDeny" : "implicitDeny", matchedStatements: matched,
      missingContextValues: [], explanation: explanation)
  }

  private func validate(_ input: SimulationInput) throws {
    guard !input.actions.isEmpty || input.assumeRole != nil else {
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

  /// Whose policies apply (a user and its groups, a group, a role, or none), authorized as AWS
  /// authorizes the simulation, and the context keys the principal's own requests carry.
  private func simulated(_ principal: SimulationPrincipal) throws -> ([any PolicyAttaching], RequestContext) {
    switch principal {
    case .documentsOnly:
      try authorize("iam:SimulateCustomPolicy", on: "*")
      return ([], RequestContext(principalKeys()))
    case .user(let name):
      let user = try requireUser(name, action: "iam:SimulatePrincipalPolicy")
      var holders: [any PolicyAttaching] = [user]
      for groupName in user.groups { holders.append(try group(named: groupName, of: user)) }
      return (holders, RequestContext(principalKeys().merging(userKeys(user)) { $1 }))
    case .group(let name):
      return ([try requireGroup(name, action: "iam:SimulatePrincipalPolicy")], RequestContext(principalKeys()))
    case .credentials(let pair):
      return try simulatedCaller(pair)
    case .role(let name):
      let role = try requireRole(name, action: "iam:SimulatePrincipalPolicy")
      var keys = principalKeys()
      keys["aws:PrincipalType"] = ["AssumedRole"]
      keys["aws:PrincipalArn"] = [arn(.role, path: role.path, name: role.name)]
      return ([role], RequestContext(keys))
    }
  }

  /// The caller that `pair` identifies, with the request keys its own requests carry (a
  /// session's MFA keys among them). Its credentials are checked as a request's are.
  private func simulatedCaller(_ pair: AccessKeyPair) throws -> ([any PolicyAttaching], RequestContext) {
    let subject = try authenticateOther(pair)
    let view = IAMAPI(
      transaction: transaction, account: account, caller: subject, ids: ids, now: now, trace: trace,
      passwordIterations: passwordIterations)
    switch subject.identity {
    case .root:
      try authorize("iam:SimulatePrincipalPolicy", on: rootArn)
      throw IAMError(.invalidInput, "The credentials are the root user's, whom no policy restricts: there is nothing to simulate.")
    case .user(let name):
      let user = try requireUser(name, action: "iam:SimulatePrincipalPolicy")
      var holders: [any PolicyAttaching] = [user]
      for groupName in user.groups { holders.append(try group(named: groupName, of: user)) }
      return (holders, try view.callerRequestContext())
    case .role(let name, _, _):
      try authorize("iam:SimulatePrincipalPolicy", on: arn(.role, path: try view.sessionRole()?.path ?? "/", name: name))
      // A session whose role is gone has no policies at all.
      return (try view.sessionRole().map { [$0] } ?? [], try view.callerRequestContext())
    }
  }

  /// The policies that have something to say about actions of `service`, each with its
  /// document as far as those actions need it: a policy about other services only can neither
  /// decide nor explain anything.
  private func read(_ policies: [SimulatedPolicy], forService service: String, actions: [String])
    -> ([SimulatedPolicy], [NamedPolicy])
  {
    var active: [SimulatedPolicy] = []
    var named: [NamedPolicy] = []
    let key = Array(service.utf8)
    for policy in policies {
      let read = policy.named(forService: service, key: key, actions: actions, explaining: trace.keepsDebugLines)
      guard !read.document.statements.isEmpty else { continue }
      active.append(policy)
      named.append(read)
    }
    return (active, named)
  }

  /// A holder's policies, found: its inline policies by name, then those attached.
  private func policies<R: PolicyAttaching>(of holder: R) throws -> [SimulatedPolicy] {
    let noun = R.entityKind.arnType
    let owner = "\(noun) \(holder.name)"
    var policies: [SimulatedPolicy] = []
    for name in Pagination.sortedByBytes(Array(holder.policies.keys)) {
      let text = holder.policies[name]!
      // Each is read once here: remembering it by its text would add a fifth to the cost of
      // parsing it, all of it spent hashing the text.
      let document = try parsedPolicy(text, owner: R.self, ownerName: holder.name, remembered: false)
      policies.append(SimulatedPolicy(sourceType: noun, id: name, holder: owner, text: text, content: .whole(ServiceFiling(document))))
    }
    for policyArn in holder.attachedPolicies {
      switch try attachedPolicy(policyArn, attachedBy: R.self, named: holder.name) {
      case .aws(let policy):
        // Its reduced forms place their statements themselves: the text, as long as 100 KB, is not read.
        policies.append(
          SimulatedPolicy(sourceType: "aws-managed", id: policyArn, holder: owner, text: nil, content: .aws(AWSPolicyForm(policy))))
      case .customer(let record):
        // A customer managed policy is read whole, whatever the service.
        let document = try self.document(of: .customer(record), forService: "")
        policies.append(
          SimulatedPolicy(
            sourceType: "user-managed", id: policyArn, holder: owner, text: record.defaultVersion?.document ?? "",
            content: .whole(ServiceFiling(document))))
      }
    }
    return policies
  }

  private func result(
    of evaluation: Evaluation, for request: AuthorizationRequest, policies: [SimulatedPolicy], read: [NamedPolicy]
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
    for (index, verdicts) in evaluation.policies.enumerated() {
      let policy = policies[index]
      for (offset, (statement, verdict)) in zip(read[index].document.statements, verdicts.statements).enumerated() {
        if verdict.outcome == .applies || verdict.outcome == .conditionsDoNotHold {
          for clause in statement.conditions where request.context.values(for: clause.key) == nil {
            if !missing.contains(where: { $0.lowercased() == clause.key.lowercased() }) { missing.append(clause.key) }
          }
        }
        guard verdict.applies, statement.effect == effect else { continue }
        matched.append(policy.matched(statement, number: statement.number ?? offset + 1))
      }
    }
    return SimulationResult(
      action: request.action, resource: request.resource, decision: decision, matchedStatements: matched,
      missingContextValues: missing,
      // Worked out for -d alone: across many actions and policies it is most of the work.
      explanation: trace.keepsDebugLines ? EvaluationExplanation.lines(evaluation, policies: read) : [])
  }
}
