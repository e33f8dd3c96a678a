import IAMPolicy
import IAMStore

/// A role's trust policy, asked whether a principal may assume the role.
enum RoleTrust {
  /// What the trust policy of `role` (whose ARN is `roleArn`) says about `principal` asking for
  /// `action`. The stored document was checked when it was set; one that no longer parses was
  /// edited by hand, and guessing what it meant could let the wrong principal in.
  static func evaluate(
    _ role: RoleRecord, roleArn: String, principal: RequestingPrincipal, action: String, context: RequestContext,
    in transaction: Transaction
  ) throws -> TrustDecision {
    let document: PolicyDocument
    do {
      document = try PolicyParser.parse(role.assumeRolePolicy, kind: .trust)
    } catch {
      throw StoreError.damaged(
        path: transaction.absolutePath(RoleRecord.relativePath(named: role.name)),
        reason: "the trust policy is not a valid trust policy document (\(error.message))")
    }
    let request = AuthorizationRequest(action: action, resource: roleArn, context: context)
    let policy = NamedPolicy(label: "trust policy of role \(role.name)", document: document)
    return TrustEvaluator.evaluate(request, principal: principal, policy: policy)
  }

  /// The ARNs of `candidates` that the trust policy of `role` may name the principal by: an ARN
  /// the policy was bound to another entity's id under (one since deleted and created again)
  /// no longer names it.
  static func boundArns(_ candidates: [(arn: String, id: String)], of role: RoleRecord) -> [String] {
    candidates.filter { candidate in role.principalIds[candidate.arn].map { $0 == candidate.id } ?? true }.map(\.arn)
  }

  /// How `-d` tells what a trust decision rests on.
  static func describe(_ trust: TrustDecision) -> String {
    switch trust.decision {
    case .allowed(let statement):
      let how = trust.match == .account ? "which names the caller's account only" : "which names the caller"
      return "allowed by \(statement.description), \(how)"
    case .explicitDeny(let statement):
      return "denied by \(statement.description)"
    case .implicitDeny:
      return "denied (no statement of the trust policy allows the caller)"
    }
  }
}
