import IAMPolicy
import IAMStore

/// The condition keys a request carries, by the kind of credentials that signed it
/// (spec sts-mfa-simulate-trail §2.2-2.3).
extension IAMAPI {
  /// The request context of a call by the caller, now.
  ///
  /// `aws:MultiFactorAuthPresent` is absent for a long-term key (user or root), and true or false
  /// for temporary credentials, by whether an MFA code was checked when they were obtained;
  /// `aws:MultiFactorAuthAge` says how long ago, only when one was. `aws:username` is for IAM
  /// users alone; a role session's `aws:userid` is `ROLEID:SESSION` and its `aws:PrincipalArn`
  /// the role's ARN, not the session's.
  public func callerRequestContext() throws -> RequestContext {
    var keys = principalKeys()
    switch caller.identity {
    case .root:
      keys["aws:PrincipalType"] = ["Account"]
      keys["aws:userid"] = [account.accountId]
      keys["aws:PrincipalArn"] = [rootArn]
    case .user(let name):
      guard let user = try transaction.record(UserRecord.self, named: name) else { throw AuthenticationError.invalidToken }
      keys.merge(userKeys(user)) { $1 }
    case .role(let name, let roleId, let sessionName):
      keys["aws:PrincipalType"] = ["AssumedRole"]
      keys["aws:userid"] = [roleId + ":" + sessionName]
      keys["aws:PrincipalArn"] = [arn(.role, path: try sessionRole()?.path ?? "/", name: name)]
    }
    if let session = caller.session {
      keys["aws:TokenIssueTime"] = [session.issueTime.iso8601]
      keys["aws:MultiFactorAuthPresent"] = [session.mfaTime == nil ? "false" : "true"]
      if let age = session.mfaAge(at: now) { keys["aws:MultiFactorAuthAge"] = [String(age)] }
      if let source = session.sourceIdentity { keys["aws:SourceIdentity"] = [source] }
    }
    return RequestContext(keys)
  }

  /// The keys of every request of a principal of this account.
  func principalKeys() -> [String: [String]] {
    var keys = IAMAPI.requestKeys(at: now)
    keys["aws:PrincipalAccount"] = [account.accountId]
    return keys
  }

  /// The keys that name an IAM user as the principal.
  func userKeys(_ user: UserRecord) -> [String: [String]] {
    [
      "aws:PrincipalType": ["User"], "aws:userid": [user.id], "aws:username": [user.name],
      "aws:PrincipalArn": [arn(.user, path: user.path, name: user.name)],
    ]
  }

  /// The keys of every request at `now`, whoever makes it: over HTTPS, to IAM's region.
  static func requestKeys(at now: Timestamp) -> [String: [String]] {
    [
      "aws:CurrentTime": [now.iso8601],
      "aws:EpochTime": [String(now.seconds)],
      "aws:SecureTransport": ["true"],
      "aws:RequestedRegion": ["us-east-1"],
    ]
  }
}
