import IAMEncoding
import Testing

@testable import IAMStore

/// Login profiles, the password policy and the alias survive a round trip through their files,
/// and a hash that was edited into something else is damage, not a password that never matches.
@Suite struct PasswordRecordTests {
  let directory = TemporaryDirectory()

  static let hash = PasswordHashRecord(iterations: 50_000, salt: Array(0..<16), hash: Array(repeating: 7, count: 32))

  @Test func aLoginProfileAndTheAccountSettingsRoundTrip() throws {
    var user = UserRecord(name: "alice", path: "/", id: "AIDAALICE", createDate: "2026-01-01T00:00:00Z")
    user.loginProfile = LoginProfileRecord(
      createDate: "2026-01-02T00:00:00Z", passwordSetDate: "2026-01-03T00:00:00Z", passwordResetRequired: true,
      password: Self.hash, previousPasswords: [Self.hash])
    user.passwordLastUsed = "2026-01-04T00:00:00Z"
    var account = AccountRecord(accountId: "123456789012", createDate: "2026-01-01T00:00:00Z")
    account.alias = "example-corp"
    account.passwordPolicy = PasswordPolicyRecord(
      minimumPasswordLength: 12, requireSymbols: true, requireNumbers: false, requireUppercaseCharacters: true,
      requireLowercaseCharacters: false, allowUsersToChangePassword: true, maxPasswordAge: 90,
      passwordReusePrevention: 5, hardExpiry: false)
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    try store.transaction {
      $0.put(user)
      $0.putAccount(account)
    }
    let (readUser, readAccount) = try store.transaction { (try $0.record(UserRecord.self, named: "alice"), try $0.account()) }
    #expect(readUser == user)
    #expect(readAccount == account)
    let text = directory.contents("store/users/alice.json") ?? ""
    #expect(text.contains("\"pbkdf2-sha256$50000$000102030405060708090a0b0c0d0e0f$" + String(repeating: "07", count: 32) + "\""))
  }

  @Test(arguments: [
    "pbkdf2-sha256$0$000102030405060708$" + String(repeating: "07", count: 32),
    "pbkdf2-sha1$1000$000102030405060708$" + String(repeating: "07", count: 32),
    "pbkdf2-sha256$1000$0001$" + String(repeating: "07", count: 32),
    "pbkdf2-sha256$1000$000102030405060708$0707",
    "C0rrect-Horse-Battery",
  ])
  func aHashThatIsNotOneIsDamage(_ stored: String) throws {
    directory.write(
      "store/users/alice.json",
      #"{"name":"alice","path":"/","id":"AIDAALICE","createDate":"x","loginProfile":{"createDate":"x","passwordSetDate":"x","passwordResetRequired":false,"password":"\#(stored)"}}"#
    )
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    #expect {
      try store.transaction { try $0.record(UserRecord.self, named: "alice") }
    } throws: { error in
      guard case .damaged(let path, let reason) = error as? StoreError else { return false }
      return path.hasSuffix("users/alice.json") && reason.contains("\"password\"")
    }
  }
}
