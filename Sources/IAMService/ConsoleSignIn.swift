import IAMEncoding
import IAMStore

/// What the AWS console would answer someone signing in as an IAM user with a password: `iam
/// signin`, so that a password-policy tutorial can be checked from the shell.
///
/// Sign-in is not an IAM operation and needs no access key: the person at the console has only a
/// user name and a password. It changes nothing but what a console sign-in changes, the user's
/// PasswordLastUsed, and that only when the sign-in succeeds.
extension IAMService {
  public func signIn(userName: String, password: String, mfaCode: String?, trace: Trace) throws -> SignInResult {
    try transaction(trace: trace) { transaction, announce in
      let account = try account(in: transaction, announce: &announce)
      let result = try signIn(userName: userName, password: password, mfaCode: mfaCode, account: account, in: transaction)
      try recordConsoleLogin(result, userName: userName, mfaCode: mfaCode, account: account, in: transaction)
      return result
    }
  }

  private func signIn(
    userName: String, password: String, mfaCode: String?, account: AccountRecord, in transaction: Transaction
  ) throws -> SignInResult {
    let now = configuration.now
    guard StoreLayout.isValidName(userName),
      var user = try transaction.record(UserRecord.self, named: userName), user.name == userName
    else { return SignInResult(.noSuchUser) }
    guard let profile = user.loginProfile else { return SignInResult(.noLoginProfile) }
    guard PasswordHashing.matches(password, profile.password) else { return SignInResult(.wrongPassword) }
    let mfa = try ConsoleMFA.check(user: user, code: mfaCode, now: now, in: transaction)
    switch mfa {
    case .codeMissing: return SignInResult(.mfaCodeRequired)
    case .codeWrong: return SignInResult(.wrongMFACode)
    case .noDevice, .codeAccepted: break
    }
    let codeIgnored = mfa == .noDevice && mfaCode != nil
    if let days = account.passwordPolicy?.maxPasswordAge {
      guard let set = Timestamp(parsing: profile.passwordSetDate) else {
        throw StoreError.damaged(
          path: transaction.absolutePath(UserRecord.relativePath(named: user.name)),
          reason: "field \"passwordSetDate\" must be a date such as 2026-01-01T00:00:00Z")
      }
      let expiry = Timestamp(seconds: set.seconds + days * 86_400)
      if now >= expiry {
        let hard = account.passwordPolicy?.hardExpiry == true
        return SignInResult(.passwordExpired(on: expiry.iso8601, hardExpiry: hard), mfaCodeIgnored: codeIgnored)
      }
    }
    if profile.passwordResetRequired { return SignInResult(.passwordResetRequired, mfaCodeIgnored: codeIgnored) }
    user.passwordLastUsed = now.iso8601
    transaction.put(user)
    let arn = "arn:aws:iam::\(account.accountId):user\(user.path)\(user.name)"
    return SignInResult(.signedIn(arn: arn), mfaCodeIgnored: codeIgnored)
  }

  /// The `ConsoleLogin` record of a sign-in, as the console writes it: the outcome in
  /// `responseElements`, whether a code was checked in `additionalEventData`. The prompt for a
  /// code is the middle of a sign-in, not its end, and leaves no record.
  private func recordConsoleLogin(
    _ result: SignInResult, userName: String, mfaCode: String?, account: AccountRecord, in transaction: Transaction
  ) throws {
    if result.outcome == .mfaCodeRequired { return }
    let user = StoreLayout.isValidName(userName) ? try transaction.record(UserRecord.self, named: userName) : nil
    var event = TrailEvent(name: "ConsoleLogin", source: .signIn, parameters: [])
    let succeeded: Bool
    if case .signedIn = result.outcome { succeeded = true } else { succeeded = false }
    // The console gives no error code, only this message, whatever the reason.
    if !succeeded { event.error = (code: nil, message: "Failed authentication") }
    event.responseElements = .object(["ConsoleLogin": .string(succeeded ? "Success" : "Failure")])
    let mfaUsed: Bool
    switch result.outcome {
    case .signedIn, .passwordExpired, .passwordResetRequired: mfaUsed = mfaCode != nil && !result.mfaCodeIgnored
    case .wrongMFACode: mfaUsed = true
    case .noSuchUser, .noLoginProfile, .wrongPassword, .mfaCodeRequired: mfaUsed = false
    }
    event.additionalEventData = [
      JSONMember(key: "LoginTo", value: .string("https://console.aws.amazon.com/console/home")),
      JSONMember(key: "MobileVersion", value: .string("No")),
      JSONMember(key: "MFAUsed", value: .string(mfaUsed ? "Yes" : "No")),
    ]
    let context = TrailContext(time: configuration.now, accountId: account.accountId, configuration: configuration)
    try transaction.record([event], by: TrailIdentity.user(user, account: account, accessKeyId: nil), context: context)
  }
}

/// The console's answer to a sign-in.
public struct SignInResult: Sendable, Equatable {
  public enum Outcome: Sendable, Equatable {
    case signedIn(arn: String)
    case noSuchUser
    case noLoginProfile
    case wrongPassword
    case mfaCodeRequired
    case wrongMFACode
    /// The password is older than the policy's MaxPasswordAge. Without HardExpiry the user may
    /// set a new one right away; with it, only an administrator can.
    case passwordExpired(on: String, hardExpiry: Bool)
    /// An administrator asked the user to choose a new password at the next sign-in.
    case passwordResetRequired
  }

  public var outcome: Outcome
  /// An MFA code was given for a user who has no MFA device.
  public var mfaCodeIgnored: Bool

  init(_ outcome: Outcome, mfaCodeIgnored: Bool = false) {
    self.outcome = outcome
    self.mfaCodeIgnored = mfaCodeIgnored
  }
}
