import Foundation
import IAMService
import Testing

/// `iam signin`: what the console answers, in each of its outcomes.
@Suite struct SignInTests {
  static let password = "C0rrect-Horse-Battery"

  func signIn(_ service: IAMService, _ user: String, _ password: String = password, code: String? = nil) throws
    -> SignInResult
  {
    try service.signIn(userName: user, password: password, mfaCode: code, trace: Trace())
  }

  @Test func eachOutcome() throws {
    let h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createUser(userName: "alice", path: nil)
      _ = try iam.createUser(userName: "bob", path: nil)
      _ = try iam.createLoginProfile(userName: "alice", password: Self.password, passwordResetRequired: nil)
    }
    #expect(try signIn(h.service, "nobody").outcome == .noSuchUser)
    #expect(try signIn(h.service, "bob").outcome == .noLoginProfile)
    #expect(try signIn(h.service, "alice", "wrong").outcome == .wrongPassword)
    #expect(try signIn(h.service, "ALICE").outcome == .noSuchUser)
    #expect(try h.call { try $0.getUser(userName: "alice") }.passwordLastUsed == nil)
    let success = try signIn(h.service, "alice", code: "123456")
    #expect(success.outcome == .signedIn(arn: "arn:aws:iam::\(h.accountId):user/alice") && success.mfaCodeIgnored)
    #expect(try h.call { try $0.getUser(userName: "alice") }.passwordLastUsed == "2026-11-18T11:06:40Z")
    try h.call { try $0.updateLoginProfile(userName: "alice", password: nil, passwordResetRequired: true) }
    #expect(try signIn(h.service, "alice").outcome == .passwordResetRequired)
  }

  /// The policy's maximum age counts from when the password was set, and applies at once.
  @Test func aPasswordExpiresAfterTheMaximumAge() throws {
    let h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createUser(userName: "alice", path: nil)
      _ = try iam.createLoginProfile(userName: "alice", password: Self.password, passwordResetRequired: nil)
      try iam.updateAccountPasswordPolicy(PasswordPolicyUpdate(maxPasswordAge: 30))
    }
    let start = h.service.configuration.fixedTime!.seconds
    let dayBefore = h.service(at: Timestamp(seconds: start + 29 * 86_400))
    #expect(try signIn(dayBefore, "alice").outcome == .signedIn(arn: "arn:aws:iam::\(h.accountId):user/alice"))
    let later = h.service(at: Timestamp(seconds: start + 30 * 86_400))
    #expect(try signIn(later, "alice").outcome == .passwordExpired(on: "2026-12-18T11:06:40Z", hardExpiry: false))
    try h.call { try $0.updateAccountPasswordPolicy(PasswordPolicyUpdate(maxPasswordAge: 30, hardExpiry: true)) }
    #expect(try signIn(later, "alice").outcome == .passwordExpired(on: "2026-12-18T11:06:40Z", hardExpiry: true))
    // A wrong password is told as such, expired or not.
    #expect(try signIn(later, "alice", "wrong").outcome == .wrongPassword)
  }
}
