import Foundation
import IAMService
import Testing

@Suite struct LoginProfileTests {
  static let good = "C0rrect-Horse-Battery"

  @Test func createGetUpdateDelete() throws {
    let h = try ServiceHarness()
    try h.call { _ = try $0.createUser(userName: "alice", path: nil) }
    #expect(
      h.failure { try $0.getLoginProfile(userName: "alice") }
        == "404 NoSuchEntity Login Profile for User alice cannot be found.")
    let created = try h.call { try $0.createLoginProfile(userName: "alice", password: Self.good, passwordResetRequired: nil) }
    #expect(created.userName == "alice" && created.createDate == "2026-11-18T11:06:40Z" && !created.passwordResetRequired)
    #expect(
      h.failure { try $0.createLoginProfile(userName: "alice", password: Self.good, passwordResetRequired: nil) }
        == "409 EntityAlreadyExists Login Profile for user alice already exists.")
    try h.call { try $0.updateLoginProfile(userName: "alice", password: nil, passwordResetRequired: true) }
    #expect(try h.call { try $0.getLoginProfile(userName: "alice") }.passwordResetRequired)
    #expect(
      h.failure { try $0.deleteUser(userName: "alice") }
        == "409 DeleteConflict Cannot delete entity, must delete login profile first.")
    try h.call { try $0.deleteLoginProfile(userName: "alice") }
    try h.call { try $0.deleteUser(userName: "alice") }
  }

  /// Without an account policy IAM's default applies: eight characters and three kinds.
  @Test func theDefaultPolicyAppliesWhileThereIsNone() throws {
    let h = try ServiceHarness()
    try h.call { _ = try $0.createUser(userName: "alice", path: nil) }
    #expect(
      h.failure { try $0.createLoginProfile(userName: "alice", password: "weak", passwordResetRequired: nil) }
        == "400 PasswordPolicyViolation Password does not conform to the default password policy, which applies while the account has none: it needs at least 8 characters and at least three of the four kinds of character: uppercase letters (A-Z), lowercase letters (a-z), numbers (0-9) and symbols (! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')."
    )
    // Nothing was stored for the refused password.
    #expect(h.failure { try $0.getLoginProfile(userName: "alice") }?.hasPrefix("404 ") == true)
    try h.call { _ = try $0.createLoginProfile(userName: "alice", password: "lower-and-UPPER", passwordResetRequired: nil) }
  }

  @Test func everyBrokenRuleIsNamed() throws {
    let h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createUser(userName: "alice", path: nil)
      try iam.updateAccountPasswordPolicy(
        PasswordPolicyUpdate(
          minimumPasswordLength: 12, requireSymbols: true, requireNumbers: true, requireUppercaseCharacters: true,
          requireLowercaseCharacters: true))
    }
    #expect(
      h.failure { try $0.createLoginProfile(userName: "alice", password: "short", passwordResetRequired: nil) }
        == "400 PasswordPolicyViolation Password does not conform to the account password policy: it needs at least 12 characters, at least one uppercase letter (A-Z), at least one number (0-9) and at least one symbol (one of ! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')."
    )
    #expect(
      h.failure { try $0.createLoginProfile(userName: "alice", password: "NOLOWERCASE-1", passwordResetRequired: nil) }
        == "400 PasswordPolicyViolation Password does not conform to the account password policy: it needs at least one lowercase letter (a-z)."
    )
  }

  @Test func passwordsAreValidatedWithoutBeingQuoted() throws {
    let h = try ServiceHarness()
    try h.call { _ = try $0.createUser(userName: "alice", path: nil) }
    let secret = "sécret\u{2022}" + String(repeating: "x", count: 130)
    let failure = h.failure { try $0.createLoginProfile(userName: "alice", password: secret, passwordResetRequired: nil) }
    #expect(
      failure
        == "400 ValidationError 2 validation errors detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 128; Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"
    )
  }

  /// The length is counted in characters, not bytes, and the pattern ends at U+00FF.
  @Test func passwordLengthAndPatternCountCharacters() throws {
    let h = try ServiceHarness()
    try h.call { _ = try $0.createUser(userName: "alice", path: nil) }
    let latin1 = "Aa1!" + String(repeating: "\u{E9}", count: 123) + "\u{FF}"
    #expect(h.failure { try $0.createLoginProfile(userName: "alice", password: latin1, passwordResetRequired: nil) } == nil)
    let tooLong = latin1 + "\u{E9}"
    #expect(
      h.failure { try $0.createLoginProfile(userName: "alice", password: tooLong, passwordResetRequired: nil) }
        == "400 ValidationError 1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 128"
    )
    let beyond = "Aa1!\u{100}"
    #expect(
      h.failure { try $0.createLoginProfile(userName: "alice", password: beyond, passwordResetRequired: nil) }
        == "400 ValidationError 1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"
    )
  }

  @Test func reusePreventionRemembersTheLatestPasswords() throws {
    let h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createUser(userName: "alice", path: nil)
      try iam.updateAccountPasswordPolicy(PasswordPolicyUpdate(passwordReusePrevention: 2))
      _ = try iam.createLoginProfile(userName: "alice", password: "first-Password1", passwordResetRequired: nil)
      try iam.updateLoginProfile(userName: "alice", password: "second-Password2", passwordResetRequired: nil)
    }
    let refusal =
      "400 PasswordPolicyViolation Password does not conform to the account password policy: it is one of the user's last 2 passwords, which cannot be used again."
    #expect(h.failure { try $0.updateLoginProfile(userName: "alice", password: "second-Password2", passwordResetRequired: nil) } == refusal)
    #expect(h.failure { try $0.updateLoginProfile(userName: "alice", password: "first-Password1", passwordResetRequired: nil) } == refusal)
    try h.call { try $0.updateLoginProfile(userName: "alice", password: "third-Password3", passwordResetRequired: nil) }
    // Two passwords are remembered: the current one and the one before; the first is free again.
    try h.call { try $0.updateLoginProfile(userName: "alice", password: "first-Password1", passwordResetRequired: nil) }
  }

  @Test func theRootUserCannotChangeAPasswordThisWay() throws {
    let h = try ServiceHarness()
    #expect(
      h.failure { try $0.changePassword(oldPassword: "a", newPassword: "b") }
        == "400 InvalidUserType Only an IAM user can change its own password with ChangePassword; the root user cannot.")
  }

  /// iam:ChangePassword on the caller's own ARN, granted by a policy or by the password policy's
  /// AllowUsersToChangePassword; an explicit Deny still wins.
  @Test func changingOnesOwnPassword() throws {
    let h = try ServiceHarness()
    let alice = try h.user("alice")
    try h.call { _ = try $0.createLoginProfile(userName: "alice", password: Self.good, passwordResetRequired: true) }
    let arn = "arn:aws:iam::\(h.accountId):user/alice"
    #expect(
      h.failure(as: alice) { try $0.changePassword(oldPassword: Self.good, newPassword: "N3w-Long-Passphrase!") }
        == "403 AccessDenied User: \(arn) is not authorized to perform: iam:ChangePassword on resource: \(arn) because no identity-based policy allows the iam:ChangePassword action"
    )
    try h.call { try $0.updateAccountPasswordPolicy(PasswordPolicyUpdate(allowUsersToChangePassword: true)) }
    #expect(
      h.failure(as: alice) { try $0.changePassword(oldPassword: "not-it", newPassword: "N3w-Long-Passphrase!") }
        == "403 AccessDenied The old password given for user alice is not its current password.")
    let trace = Trace()
    try h.call(as: alice, trace: trace) {
      try $0.changePassword(oldPassword: Self.good, newPassword: "N3w-Long-Passphrase!")
    }
    #expect(trace.debugLines.contains { $0.contains("allowed by the account password policy (AllowUsersToChangePassword)") })
    #expect(try h.call { try $0.getLoginProfile(userName: "alice") }.passwordResetRequired == false)
    try h.call { try $0.putUserPolicy(userName: "alice", policyName: "no", policyDocument: statement("iam:ChangePassword", effect: "Deny")) }
    #expect(
      h.failure(as: alice) { try $0.changePassword(oldPassword: "N3w-Long-Passphrase!", newPassword: Self.good) }?
        .hasSuffix("with an explicit deny in an identity-based policy") == true)
  }

  /// The real iteration count, once (a debug build takes over a second for it): the stored hash
  /// names it, and the password is nowhere in the record.
  @Test func passwordsAreKeptAsSlowHashesOnly() throws {
    let h = try ServiceHarness(passwordIterations: PasswordHashing.defaultIterations)
    try h.call { iam in
      _ = try iam.createUser(userName: "alice", path: nil)
      _ = try iam.createLoginProfile(userName: "alice", password: Self.good, passwordResetRequired: nil)
    }
    let record = try String(contentsOfFile: h.directory + "/store/users/alice.json", encoding: .utf8)
    #expect(record.contains("\"pbkdf2-sha256$50000$"))
    #expect(!record.contains(Self.good))
  }
}
