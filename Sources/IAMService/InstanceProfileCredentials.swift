import IAMPolicy
import IAMStore

/// What EC2 does for an instance launched with an instance profile: it assumes the profile's role
/// as the service `ec2.amazonaws.com`, with the instance id as the session name, and serves the
/// credentials from the instance's metadata (spec sts-mfa-simulate-trail §1.4).
///
/// No access key is involved, as none is when EC2 launches an instance: whoever owns the store
/// plays EC2. The role's trust policy must allow the service.
extension IAMService {
  public static let ec2Service = "ec2.amazonaws.com"
  /// EC2 hands out credentials for six hours and replaces them well before they expire; a
  /// role's MaxSessionDuration applies to AssumeRole, not to the sessions of services.
  public static let instanceSessionDuration = 6 * 3600

  /// `keep` sees the credentials before they are committed: when it throws (a file it had to
  /// write could not be), no session is left that nobody has the credentials of.
  public func instanceCredentials(
    instanceProfileName: String, trace: Trace, keep: (InstanceCredentials) throws -> Void = { _ in }
  ) throws -> InstanceCredentials {
    try transaction(trace: trace) { transaction, announce in
      var account = try account(in: transaction, announce: &announce)
      let now = configuration.now
      let arnPrefix = "arn:aws:iam::\(account.accountId):"
      var check = ParameterValidation()
      check.name(instanceProfileName, "instanceProfileName", max: 128)
      try check.check()
      guard let profile = try transaction.record(InstanceProfileRecord.self, named: instanceProfileName),
        profile.name == instanceProfileName
      else { throw EntityKind.instanceProfile.notFound(instanceProfileName) }
      let profileArn = arnPrefix + "instance-profile" + profile.path + profile.name
      guard let roleName = profile.roles.first else {
        throw IAMError(.noSuchEntity, "Instance Profile \(profile.name) holds no role, so an instance gets no credentials from it.")
      }
      guard let role = try transaction.record(RoleRecord.self, named: roleName), role.name == roleName else {
        throw StoreError.damaged(
          path: transaction.absolutePath(InstanceProfileRecord.relativePath(named: profile.name)),
          reason: "it holds role \(roleName), which does not exist")
      }
      let roleArn = arnPrefix + "role" + role.path + role.name
      let ids = IDGenerator(seed: configuration.seed)
      let instanceId = ids.instanceId(account: &account)
      trace.debug("EC2 launches instance \(instanceId) with instance profile \(profileArn)")
      var keys = IAMAPI.requestKeys(at: now)
      keys["sts:RoleSessionName"] = [instanceId]
      let context = RequestContext(keys)
      let trust = try RoleTrust.evaluate(
        role, roleArn: roleArn, principal: .service(IAMService.ec2Service), action: "sts:AssumeRole", context: context,
        in: transaction)
      trace.debug("  trust sts:AssumeRole on \(roleArn): \(RoleTrust.describe(trust))")
      guard trust.decision.isAllowed else {
        throw IAMError(
          .accessDenied,
          "Service: \(IAMService.ec2Service) is not authorized to perform: sts:AssumeRole on resource: \(roleArn)")
      }
      var request = SessionIssuer.Request(
        kind: .role, duration: IAMService.instanceSessionDuration, issuedTo: IAMService.ec2Service)
      request.role = role
      request.sessionName = instanceId
      let issuer = SessionIssuer(transaction: transaction, ids: ids, now: now, trace: trace)
      let credentials = try issuer.issue(request, account: &account)
      transaction.putAccount(account)
      let document = InstanceCredentials(
        code: "Success", lastUpdated: now.iso8601, type: "AWS-HMAC", credentials: credentials, instanceId: instanceId,
        roleName: role.name, instanceProfileArn: profileArn, instanceProfileId: profile.id)
      try keep(document)
      return document
    }
  }
}
