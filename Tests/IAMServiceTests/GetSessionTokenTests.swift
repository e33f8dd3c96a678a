import IAMService
import Testing

/// GetSessionToken: a user's (or the root user's) own permissions for a while, usable with IAM
/// only when an MFA code was given for it.
@Suite struct GetSessionTokenTests {
  let h: ServiceHarness
  let tom: AccessKeyPair
  let device: (serial: String, secret: [UInt8])
  let later = ServiceHarness.start + 30
  let invalid = "403 InvalidClientTokenId The security token included in the request is invalid."

  init() throws {
    h = try ServiceHarness()
    tom = try h.user("tom", policies: ["read": statement("iam:Get*")])
    device = try h.enabledDevice(for: "tom")
  }

  func mfaSession() throws -> Credentials {
    try h.call(as: tom, at: later) {
      try $0.getSessionToken(serialNumber: device.serial, tokenCode: ServiceHarness.code(device.secret, at: later))
    }
  }

  @Test func durationsDefaultToTwelveHoursAndTheRootUsersAreCutToOne() throws {
    let plain = try h.call(as: tom) { try $0.getSessionToken() }
    #expect(plain.accessKeyId.hasPrefix("ASIA"))
    #expect(plain.expiration == Timestamp(seconds: ServiceHarness.start + 43200).iso8601)
    let long = try h.call(as: tom) { try $0.getSessionToken(durationSeconds: 129_600) }
    #expect(long.expiration == Timestamp(seconds: ServiceHarness.start + 129_600).iso8601)
    let root = try h.call { try $0.getSessionToken(durationSeconds: 7200) }
    #expect(root.expiration == Timestamp(seconds: ServiceHarness.start + 3600).iso8601)
    #expect(
      h.failure(as: tom) { try $0.getSessionToken(durationSeconds: 129_601) }
        == "400 ValidationError 1 validation error detected: Value '129601' at 'durationSeconds' failed to satisfy constraint: "
        + "Member must have value less than or equal to 129600")
  }

  @Test func withoutMFATheSessionMayNotCallIAMButMayAskWhoItIs() throws {
    let session = try h.call(as: tom) { try $0.getSessionToken() }.pair
    #expect(h.failure(as: session) { try $0.getUser(userName: "tom") } == invalid)
    let identity = try h.call(as: session) { try $0.getCallerIdentity() }
    #expect(identity.arn == h.userArn("tom"))
    #expect(identity.mfaAuthenticated == false)
  }

  @Test func withMFATheSessionHasTheUsersOwnPermissions() throws {
    let session = try mfaSession().pair
    _ = try h.call(as: session, at: later) { try $0.getUser(userName: "tom") }
    #expect(
      h.failure(as: session, at: later) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
        == "403 AccessDenied User: \(h.userArn("tom")) is not authorized to perform: iam:ListUsers on resource: "
        + "arn:aws:iam::\(h.accountId):user/ because no identity-based policy allows the iam:ListUsers action")
  }

  @Test func noSessionMayMakeAnotherWithGetSessionToken() throws {
    let session = try mfaSession().pair
    #expect(h.failure(as: session, at: later) { try $0.getSessionToken() } == invalid)
    try h.role("r", trust: ServiceHarness.trust(#""*""#))
    let roleArn = h.roleArn("r")
    let roleSession = try h.call(as: tom) { try $0.assumeRole(roleArn: roleArn, roleSessionName: "ss") }
    #expect(
      h.failure(as: roleSession.credentials.pair) { try $0.getSessionToken() }
        == "403 AccessDenied Cannot call GetSessionToken with session credentials")
  }

  @Test func theSessionEndsWithItsUser() throws {
    let session = try mfaSession().pair
    try h.call { iam in
      try iam.deactivateMFADevice(userName: "tom", serialNumber: device.serial)
      try iam.deleteAccessKey(userName: "tom", accessKeyId: tom.accessKeyId)
      try iam.deleteUserPolicy(userName: "tom", policyName: "read")
      try iam.deleteUser(userName: "tom")
    }
    #expect(h.failure(as: session, at: later) { try $0.getCallerIdentity() } == invalid)
    _ = try h.user("tom", policies: ["read": statement("iam:Get*")])
    #expect(h.failure(as: session, at: later) { try $0.getCallerIdentity() } == invalid)
  }
}
