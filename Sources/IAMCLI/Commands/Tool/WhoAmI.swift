import IAMService

extension CommandSpec {
  static let whoAmI: CommandSpec = {
    let verbose = OptionSpec.flag(
      "-v", help: "Also print the access key, when the credentials expire, and whether they were made with MFA.")
    return CommandSpec(
      name: "whoami", family: .tool,
      summary: "Print who the credential file makes you: ARN, user id and account.",
      description: """
        Says who a command run with the same credentials acts as, the way STS GetCallerIdentity does: the root \
        user, an IAM user, or a role session. It needs no permission, so it works with any valid credentials, \
        and it tells why credentials are refused (add -d for the details).
        """,
      options: [CommonOptions.credentialFile, CommonOptions.debug, verbose],
      output: """
        Three lines: the ARN (arn:aws:iam::ACCOUNT:user/NAME, arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION or \
        arn:aws:iam::ACCOUNT:root), the user id (AIDA..., AROA...:SESSION, or the account id for root) and the \
        account id. -v adds AccessKeyId:, Expiration: and MultiFactorAuthPresent: lines, and for credentials made \
        with MFA, MultiFactorAuthAge: in seconds.
        """,
      examples: [
        Example("iam whoami", "Show who the credential file in AWS_CREDENTIAL_FILE (or the store's root one) makes you."),
        Example("iam whoami -v --aws-credential-file session.cred", "Show a session's role, expiry and MFA state."),
      ],
      isLegacy: false, storeAccess: .asCaller
    ) { arguments, context in
      let identity = try context.iam { try $0.getCallerIdentity() }
      var lines = [identity.arn, identity.userId, identity.account]
      guard arguments.flag(verbose) else { return lines }
      lines.append("AccessKeyId: \(identity.accessKeyId)")
      guard let expiration = identity.expiration, let mfa = identity.mfaAuthenticated else {
        return lines + ["Expiration: never (a long-term access key)", "MultiFactorAuthPresent: absent (a long-term access key)"]
      }
      lines.append("Expiration: \(expiration)")
      lines.append("MultiFactorAuthPresent: \(mfa)")
      if let age = identity.mfaAge { lines.append("MultiFactorAuthAge: \(age)") }
      return lines
    }
  }()
}
