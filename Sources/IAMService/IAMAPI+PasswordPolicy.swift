import IAMStore

/// UpdateAccountPasswordPolicy, GetAccountPasswordPolicy and DeleteAccountPasswordPolicy.
extension IAMAPI {
  /// Replaces the whole policy: what the request leaves out takes its default (spec §3.4), so a
  /// flag that is left out is false and a length that is left out is 6.
  public func updateAccountPasswordPolicy(_ request: PasswordPolicyUpdate) throws {
    try call(
      "UpdateAccountPasswordPolicy",
      [
        ("MinimumPasswordLength", request.minimumPasswordLength.map(String.init)),
        ("RequireSymbols", request.requireSymbols.map(String.init)),
        ("RequireNumbers", request.requireNumbers.map(String.init)),
        ("RequireUppercaseCharacters", request.requireUppercaseCharacters.map(String.init)),
        ("RequireLowercaseCharacters", request.requireLowercaseCharacters.map(String.init)),
        ("AllowUsersToChangePassword", request.allowUsersToChangePassword.map(String.init)),
        ("MaxPasswordAge", request.maxPasswordAge.map(String.init)),
        ("PasswordReusePrevention", request.passwordReusePrevention.map(String.init)),
        ("HardExpiry", request.hardExpiry.map(String.init)),
      ]) {
      var check = ParameterValidation()
      check.integer(request.minimumPasswordLength, "minimumPasswordLength", PasswordPolicyRecord.lengthRange)
      check.integer(request.maxPasswordAge, "maxPasswordAge", PasswordPolicyRecord.maxAgeRange)
      check.integer(request.passwordReusePrevention, "passwordReusePrevention", PasswordPolicyRecord.reuseRange)
      try check.check()
      try authorize("iam:UpdateAccountPasswordPolicy", on: "*")
      changeAccount {
        $0.passwordPolicy = PasswordPolicyRecord(
          minimumPasswordLength: request.minimumPasswordLength ?? PasswordPolicyUpdate.defaultMinimumLength,
          requireSymbols: request.requireSymbols ?? false, requireNumbers: request.requireNumbers ?? false,
          requireUppercaseCharacters: request.requireUppercaseCharacters ?? false,
          requireLowercaseCharacters: request.requireLowercaseCharacters ?? false,
          allowUsersToChangePassword: request.allowUsersToChangePassword ?? false,
          maxPasswordAge: request.maxPasswordAge, passwordReusePrevention: request.passwordReusePrevention,
          hardExpiry: request.hardExpiry ?? false)
      }
    }
  }

  public func getAccountPasswordPolicy() throws -> PasswordPolicy {
    return try call("GetAccountPasswordPolicy", []) {
      try authorize("iam:GetAccountPasswordPolicy", on: "*")
      guard let stored = account.passwordPolicy else {
        throw IAMError(.noSuchEntity, "The Password Policy with domain name \(account.accountId) cannot be found.")
      }
      return stored
    }
  }

  public func deleteAccountPasswordPolicy() throws {
    try call("DeleteAccountPasswordPolicy", []) {
      try authorize("iam:DeleteAccountPasswordPolicy", on: "*")
      guard account.passwordPolicy != nil else {
        throw IAMError(.noSuchEntity, "The account policy with name PasswordPolicy cannot be found.")
      }
      changeAccount { $0.passwordPolicy = nil }
    }
  }
}
