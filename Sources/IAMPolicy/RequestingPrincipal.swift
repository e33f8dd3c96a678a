/// Who asks to assume a role, in the terms that a trust policy's `Principal` element uses.
public struct RequestingPrincipal: Sendable, Equatable {
  /// The 12-digit account of an AWS principal; nil for a service.
  public var account: String?
  /// The ARNs that name this principal itself: a user's ARN, or for a role session the role's
  /// ARN and the session's. The caller leaves out an ARN that no longer means this principal
  /// (a user deleted and created again under the same name is not the one a policy named).
  public var arns: [String]
  /// A service principal such as `ec2.amazonaws.com`; nil for an AWS principal.
  public var service: String?

  /// A user, a role session or the root user of `account`.
  public static func aws(account: String, arns: [String]) -> RequestingPrincipal {
    RequestingPrincipal(account: account, arns: arns, service: nil)
  }

  /// An AWS service acting on the account's behalf, as EC2 does for an instance profile.
  public static func service(_ name: String) -> RequestingPrincipal {
    RequestingPrincipal(account: nil, arns: [], service: name)
  }
}

/// How a `Principal` element names the principal who asks.
public enum PrincipalMatch: Sendable, Equatable, Comparable {
  /// Not at all.
  case none
  /// Through its account only (`"123456789012"` or `arn:aws:iam::123456789012:root`): the account
  /// delegates, and the principal's own identity policies must allow the request as well.
  case account
  /// By its own ARN, its service name, or a wildcard that names everyone.
  case named
}

/// Matching of `Principal` and `NotPrincipal` elements against a principal (iam-semantics §5.5).
/// Principals are compared exactly: IAM refuses wildcards in principal ARNs when the policy is
/// stored, and only a bare `*` stands for everyone.
public enum PrincipalMatching {
  /// How the statement's principal element names `principal`. A `NotPrincipal` statement is about
  /// everyone the element does not name.
  public static func match(_ statement: PolicyStatement, _ principal: RequestingPrincipal) -> PrincipalMatch {
    if let element = statement.principal { return match(element, principal) }
    if let element = statement.notPrincipal { return match(element, principal) == .none ? .named : .none }
    return .none
  }

  /// The closest way any entry of `element` names `principal`.
  public static func match(_ element: PolicyPrincipal, _ principal: RequestingPrincipal) -> PrincipalMatch {
    if element.isWildcard { return .named }
    var best = PrincipalMatch.none
    for entry in element.entries {
      for value in entry.values {
        best = max(best, match(type: entry.type, value: value, principal))
        if best == .named { return best }
      }
    }
    return best
  }

  private static func match(type: String, value: String, _ principal: RequestingPrincipal) -> PrincipalMatch {
    switch type {
    case "AWS":
      guard let account = principal.account else { return .none }
      if value == "*" || principal.arns.contains(value) { return .named }
      if value == account || isRootArn(value, of: account) { return .account }
      return .none
    case "Service":
      return principal.service == value ? .named : .none
    default:
      // Federated and CanonicalUser principals are never the caller of this simulator.
      return .none
    }
  }

  /// `arn:aws:iam::123456789012:root`, in any partition.
  private static func isRootArn(_ value: String, of account: String) -> Bool {
    let parts = value.split(separator: ":", omittingEmptySubsequences: false)
    return parts.count == 6 && parts[0] == "arn" && parts[2] == "iam" && parts[3].isEmpty && parts[4] == account
      && parts[5] == "root"
  }
}
