import IAMService
import Testing

/// The condition keys each kind of credentials gives a request (spec sts-mfa-simulate-trail
/// §2.2-2.3), row by row, and the identity an audit record names.
@Suite struct SessionContextKeyTests {
  let h: ServiceHarness
  let tom: AccessKeyPair
  let device: (serial: String, secret: [UInt8])
  let later = ServiceHarness.start + 30
  let role: Role

  init() throws {
    h = try ServiceHarness()
    tom = try h.user("tom")
    device = try h.enabledDevice(for: "tom")
    role = try h.role("reader", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#))
  }

  var code: String { ServiceHarness.code(device.secret, at: later) }

  func keys(_ caller: AccessKeyPair, at seconds: Int? = nil) throws -> [String: [String]?] {
    let context = try h.call(as: caller, at: seconds ?? later) { try $0.callerRequestContext() }
    let names = [
      "aws:MultiFactorAuthPresent", "aws:MultiFactorAuthAge", "aws:PrincipalArn", "aws:PrincipalType", "aws:userid",
      "aws:username", "aws:TokenIssueTime", "aws:PrincipalAccount", "aws:CurrentTime", "aws:EpochTime",
    ]
    return Dictionary(uniqueKeysWithValues: names.map { ($0, context.values(for: $0)) })
  }

  func roleSession(mfa: Bool) throws -> AccessKeyPair {
    let roleArn = h.roleArn("reader")
    let serial = mfa ? device.serial : nil
    let token = mfa ? code : nil
    return try h.call(as: tom, at: later) {
      try $0.assumeRole(roleArn: roleArn, roleSessionName: "tom-cli", serialNumber: serial, tokenCode: token)
    }.credentials.pair
  }

  @Test func aLongTermKeySaysNothingAboutMFA() throws {
    let user = try keys(tom)
    #expect(user["aws:MultiFactorAuthPresent"]! == nil)
    #expect(user["aws:MultiFactorAuthAge"]! == nil)
    #expect(user["aws:TokenIssueTime"]! == nil)
    #expect(user["aws:PrincipalType"]! == ["User"])
    #expect(user["aws:PrincipalArn"]! == [h.userArn("tom")])
    #expect(user["aws:username"]! == ["tom"])
    #expect(user["aws:userid"]!?.first?.hasPrefix("AIDA") == true)
    #expect(user["aws:PrincipalAccount"]! == [h.accountId])
    #expect(user["aws:CurrentTime"]! == [Timestamp(seconds: later).iso8601])
    #expect(user["aws:EpochTime"]! == [String(later)])
    let root = try keys(h.root)
    #expect(root["aws:MultiFactorAuthPresent"]! == nil)
    #expect(root["aws:PrincipalType"]! == ["Account"])
    #expect(root["aws:userid"]! == [h.accountId])
    #expect(root["aws:PrincipalArn"]! == ["arn:aws:iam::\(h.accountId):root"])
    #expect(root["aws:username"]! == nil)
  }

  @Test func aGetSessionTokenSessionWithMFA() throws {
    let session = try h.call(as: tom, at: later) {
      try $0.getSessionToken(serialNumber: device.serial, tokenCode: code)
    }.pair
    let keys = try keys(session, at: later + 45)
    #expect(keys["aws:MultiFactorAuthPresent"]! == ["true"])
    #expect(keys["aws:MultiFactorAuthAge"]! == ["45"])
    #expect(keys["aws:TokenIssueTime"]! == [Timestamp(seconds: later).iso8601])
    #expect(keys["aws:PrincipalType"]! == ["User"])
    #expect(keys["aws:username"]! == ["tom"])
  }

  @Test func aGetSessionTokenSessionWithoutMFA() throws {
    let session = try h.call(as: tom, at: later) { try $0.getSessionToken() }.pair
    let keys = try keys(session)
    #expect(keys["aws:MultiFactorAuthPresent"]! == ["false"])
    #expect(keys["aws:MultiFactorAuthAge"]! == nil)
    #expect(keys["aws:TokenIssueTime"]! == [Timestamp(seconds: later).iso8601])
  }

  @Test func anAssumeRoleSessionWithMFA() throws {
    let keys = try keys(try roleSession(mfa: true), at: later + 100)
    #expect(keys["aws:MultiFactorAuthPresent"]! == ["true"])
    #expect(keys["aws:MultiFactorAuthAge"]! == ["100"])
    #expect(keys["aws:PrincipalType"]! == ["AssumedRole"])
    // The role's ARN, not the session's; and no user name.
    #expect(keys["aws:PrincipalArn"]! == [h.roleArn("reader")])
    #expect(keys["aws:userid"]! == [role.roleId + ":tom-cli"])
    #expect(keys["aws:username"]! == nil)
    #expect(keys["aws:TokenIssueTime"]! == [Timestamp(seconds: later).iso8601])
  }

  @Test func anAssumeRoleSessionWithoutMFA() throws {
    let keys = try keys(try roleSession(mfa: false))
    #expect(keys["aws:MultiFactorAuthPresent"]! == ["false"])
    #expect(keys["aws:MultiFactorAuthAge"]! == nil)
  }

  @Test func theAuditIdentityOfEachKindOfCaller() throws {
    let user = try h.call(as: tom) { try $0.userIdentity() }
    #expect(user.type == .iamUser && user.userName == "tom" && user.principalId.hasPrefix("AIDA"))
    #expect(user.sessionContext == nil && user.accessKeyId == tom.accessKeyId)
    let root = try h.call { try $0.userIdentity() }
    #expect(root.type == .root && root.principalId == h.accountId && root.arn == "arn:aws:iam::\(h.accountId):root")
    let session = try roleSession(mfa: true)
    let assumed = try h.call(as: session, at: later) { try $0.userIdentity() }
    #expect(assumed.type == .assumedRole)
    #expect(assumed.arn == h.sessionArn("reader", "tom-cli"))
    #expect(assumed.principalId == role.roleId + ":tom-cli")
    #expect(assumed.accessKeyId == session.accessKeyId)
    #expect(assumed.userName == nil)
    #expect(
      assumed.sessionContext
        == UserIdentity.SessionContext(
          sessionIssuer: UserIdentity.SessionIssuerIdentity(
            type: "Role", principalId: role.roleId, arn: h.roleArn("reader"), accountId: h.accountId,
            userName: "reader"),
          mfaAuthenticated: true, creationDate: Timestamp(seconds: later).iso8601))
    let plain = try h.call(as: tom, at: later) { try $0.getSessionToken() }.pair
    let userSession = try h.call(as: plain, at: later) { try $0.userIdentity() }
    #expect(userSession.type == .iamUser)
    #expect(userSession.sessionContext?.sessionIssuer == nil && userSession.sessionContext?.mfaAuthenticated == false)
  }
}
