import IAMStore

/// CreateLoginProfile, GetLoginProfile, UpdateLoginProfile, DeleteLoginProfile and ChangePassword:
/// the console passwords of IAM users.
///
/// A password is never kept, never returned and never shown by `-d`: these operations leave it
/// out of what they trace, and keep only its PBKDF2 hash (see `PasswordHashing`). Checking a
/// password costs a deliberate 30 ms or so, the one exception to the speed of every other command.
extension IAMAPI {
  public func createLoginProfile(userName: String, password: String, passwordResetRequired: Bool?) throws
    -> LoginProfile
  {
    return try call(
      "CreateLoginProfile", [("UserName", userName), ("PasswordResetRequired", passwordResetRequired.map(String.init))]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 64)
      check.password(password, "password")
      try check.check()
      var user = try requireUser(userName, action: "iam:CreateLoginProfile")
      guard user.loginProfile == nil else {
        throw IAMError(.entityAlreadyExists, "Login Profile for user \(user.name) already exists.")
      }
      try PasswordRules(policy: account.passwordPolicy).check(password)
      var updated = account
      let salt = ids.bytes(PasswordHashing.saltByteCount, account: &updated)
      changeAccount { $0 = updated }
      let profile = LoginProfileRecord(
        createDate: now.iso8601, passwordSetDate: now.iso8601, passwordResetRequired: passwordResetRequired ?? false,
        password: PasswordHashing.hash(password, salt: salt, iterations: passwordIterations))
      user.loginProfile = profile
      transaction.put(user)
      return describe(profile, of: user)
    }
  }

  public func getLoginProfile(userName: String) throws -> LoginProfile {
    return try call("GetLoginProfile", [("UserName", userName)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 64)
      try check.check()
      let user = try requireUser(userName, action: "iam:GetLoginProfile")
      return describe(try loginProfile(of: user), of: user)
    }
  }

  /// Sets a new password, or only the reset flag when `password` is nil; a flag that is not
  /// given stays as it was.
  public func updateLoginProfile(userName: String, password: String?, passwordResetRequired: Bool?) throws {
    try call(
      "UpdateLoginProfile", [("UserName", userName), ("PasswordResetRequired", passwordResetRequired.map(String.init))]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 64)
      if let password { check.password(password, "password") }
      try check.check()
      var user = try requireUser(userName, action: "iam:UpdateLoginProfile")
      var profile = try loginProfile(of: user)
      if let password { try setPassword(password, of: &profile) }
      if let passwordResetRequired { profile.passwordResetRequired = passwordResetRequired }
      user.loginProfile = profile
      transaction.put(user)
    }
  }

  public func deleteLoginProfile(userName: String) throws {
    try call("DeleteLoginProfile", [("UserName", userName)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 64)
      try check.check()
      var user = try requireUser(userName, action: "iam:DeleteLoginProfile")
      _ = try loginProfile(of: user)
      user.loginProfile = nil
      transaction.put(user)
    }
  }

  /// The caller changes its own password. The password policy's AllowUsersToChangePassword
  /// allows it where no policy of the user does; the root user cannot (InvalidUserType).
  public func changePassword(oldPassword: String, newPassword: String) throws {
    try call("ChangePassword", []) {
      var check = ParameterValidation()
      check.password(oldPassword, "oldPassword")
      check.password(newPassword, "newPassword")
      try check.check()
      guard let name = callerUserName else {
        let who = caller.identity == .root ? "the root user" : "a role session"
        throw IAMError(.invalidUserType, "Only an IAM user can change its own password with ChangePassword; \(who) cannot.")
      }
      let policy = account.passwordPolicy
      try authorize(
        "iam:ChangePassword", on: try callerArn(),
        grantedBy: policy?.allowUsersToChangePassword == true
          ? "the account password policy (AllowUsersToChangePassword)" : nil)
      guard var user = try lookUp(UserRecord.self, name) else { throw AuthenticationError.invalidToken }
      var profile = try loginProfile(of: user)
      guard PasswordHashing.matches(oldPassword, profile.password) else {
        trace.debug("  the old password is not the user's password")
        throw IAMError(.accessDenied, "The old password given for user \(user.name) is not its current password.")
      }
      try setPassword(newPassword, of: &profile)
      profile.passwordResetRequired = false
      user.loginProfile = profile
      transaction.put(user)
    }
  }

  // MARK: Shared by the operations on login profiles

  func loginProfile(of user: UserRecord) throws -> LoginProfileRecord {
    guard let profile = user.loginProfile else {
      throw IAMError(.noSuchEntity, "Login Profile for User \(user.name) cannot be found.")
    }
    return profile
  }

  /// Replaces the profile's password with `password`, if the password policy allows it: its rules,
  /// and its reuse prevention, against the user's latest passwords.
  private func setPassword(_ password: String, of profile: inout LoginProfileRecord) throws {
    let rules = PasswordRules(policy: account.passwordPolicy)
    try rules.check(password)
    let hash = PasswordHashing.hash(password, salt: profile.password.salt, iterations: passwordIterations)
    let latest = [profile.password] + profile.previousPasswords.prefix(rules.remembered)
    try rules.checkReuse(isRecent: PasswordHashing.isAmong(password, hashed: hash, latest))
    profile.previousPasswords = Array(latest.prefix(rules.remembered))
    profile.password = hash
    profile.passwordSetDate = now.iso8601
  }

  private func describe(_ profile: LoginProfileRecord, of user: UserRecord) -> LoginProfile {
    LoginProfile(userName: user.name, createDate: profile.createDate, passwordResetRequired: profile.passwordResetRequired)
  }
}
