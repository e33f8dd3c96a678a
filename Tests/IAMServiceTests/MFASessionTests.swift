import IAMService
import Testing

/// MFA codes given for temporary credentials: checked against the caller's own device, good
/// once, and what the session's requests then say about MFA.
@Suite struct MFASessionTests {
  let h: ServiceHarness
  let tom: AccessKeyPair
  let device: (serial: String, secret: [UInt8])
  /// The device was enabled with the codes of the harness's clock, so the next ones are a step on.
  let later = ServiceHarness.start + 30
  let wrongCode = "403 AccessDenied MultiFactorAuthentication failed with invalid MFA one time pass code."
  let unknownDevice =
    "403 AccessDenied MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user."

  init() throws {
    h = try ServiceHarness()
    tom = try h.user("tom")
    device = try h.enabledDevice(for: "tom")
    let mfaTrust = ServiceHarness.trust(
      #"{"AWS":"\#(h.userArn("tom"))"}"#, condition: #"{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#)
    try h.role("s3-readonly", trust: mfaTrust, policies: ["read": statement("iam:Get*")])
  }

  var code: String { ServiceHarness.code(device.secret, at: later) }

  /// AssumeRole of s3-readonly by tom, with `code` of his device unless `serial` names another.
  func assumption(code: String?, serial: String?) -> (IAMAPI) throws -> AssumeRoleResult {
    let roleArn = h.roleArn("s3-readonly")
    let serialNumber = serial ?? (code == nil ? nil : device.serial)
    return { try $0.assumeRole(roleArn: roleArn, roleSessionName: "tom-cli", serialNumber: serialNumber, tokenCode: code) }
  }

  func assume(code: String?, serial: String? = nil) throws -> AssumeRoleResult {
    try h.call(as: tom, at: later, assumption(code: code, serial: serial))
  }

  func failure(code: String?, serial: String? = nil) -> String? {
    h.failure(as: tom, at: later, assumption(code: code, serial: serial))
  }

  @Test func aTrustPolicyThatNeedsMFARefusesALongTermKeyAlone() {
    #expect(
      failure(code: nil)
        == "403 AccessDenied User: \(h.userArn("tom")) is not authorized to perform: sts:AssumeRole on resource: \(h.roleArn("s3-readonly"))"
    )
  }

  @Test func theRightCodeOfTheCallersDeviceGivesAnMFASession() throws {
    let result = try assume(code: code)
    let identity = try h.call(as: result.credentials.pair, at: later) { try $0.getCallerIdentity() }
    #expect(identity.mfaAuthenticated == true)
    #expect(identity.mfaTime == Timestamp(seconds: later).iso8601)
  }

  @Test func aWrongCodeAndACodeUsedAlreadyAreRefused() throws {
    let wrong = code == "000000" ? "111111" : "000000"
    #expect(failure(code: wrong) == wrongCode)
    _ = try assume(code: code)
    #expect(failure(code: code) == wrongCode)
  }

  @Test func aDeviceThatIsNotTheCallersIsRefusedWithItsOwnMessage() throws {
    let ann = try h.user("ann")
    let annDevice = try h.enabledDevice(for: "ann")
    _ = ann
    #expect(failure(code: ServiceHarness.code(annDevice.secret, at: later), serial: annDevice.serial) == unknownDevice)
    #expect(failure(code: code, serial: "arn:aws:iam::\(h.accountId):mfa/nothing") == unknownDevice)
    // A code without its device's serial cannot be checked either.
    let roleArn = h.roleArn("s3-readonly")
    #expect(
      h.failure(as: tom, at: later) { try $0.assumeRole(roleArn: roleArn, roleSessionName: "xx", tokenCode: code) }
        == unknownDevice)
  }

  @Test func multiFactorAuthAgeCountsFromTheCheckedCode() throws {
    let young = #"{"NumericLessThan":{"aws:MultiFactorAuthAge":"600"}}"#
    try h.role(
      "fresh", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("tom"))"}"#),
      policies: [
        "young": #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ListUsers","Resource":"*","Condition":\#(young)}]}"#
      ])
    let roleArn = h.roleArn("fresh")
    let session = try h.call(as: tom, at: later) {
      try $0.assumeRole(
        roleArn: roleArn, roleSessionName: "ss", durationSeconds: 3600, serialNumber: device.serial, tokenCode: code)
    }.credentials.pair
    let context = try h.call(as: session, at: later + 599) { try $0.callerRequestContext() }
    #expect(context.values(for: "aws:MultiFactorAuthAge") == ["599"])
    _ = try h.call(as: session, at: later + 599) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    #expect(
      h.failure(as: session, at: later + 600) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?
        .hasPrefix("403 AccessDenied User: \(h.sessionArn("fresh", "ss")) is not authorized to perform: iam:ListUsers") == true)
  }

  /// Seed 004: a Deny on `BoolIfExists aws:MultiFactorAuthPresent false` refuses long-term keys
  /// and sessions without MFA, and lets MFA sessions through.
  @Test func boolIfExistsDeniesLongTermKeysAndSessionsWithoutMFA() throws {
    let policy = #"""
      {"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["iam:*","sts:AssumeRole"],"Resource":"*"},
        {"Effect":"Deny","Action":"iam:*","Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}
      """#
    let dev = try h.user("dev", policies: ["mfa-only": policy])
    let devDevice = try h.enabledDevice(for: "dev")
    #expect(
      h.failure(as: dev) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?
        .hasSuffix("with an explicit deny in an identity-based policy") == true)
    let mfaSession = try h.call(as: dev, at: later) {
      try $0.getSessionToken(serialNumber: devDevice.serial, tokenCode: ServiceHarness.code(devDevice.secret, at: later))
    }
    _ = try h.call(as: mfaSession.pair, at: later) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    // A role session without MFA carries the key as false, which the Deny catches as well.
    try h.role(
      "open", trust: ServiceHarness.trust(#"{"AWS":"\#(h.userArn("dev"))"}"#), policies: ["same": policy])
    let openArn = h.roleArn("open")
    let plain = try h.call(as: dev) { try $0.assumeRole(roleArn: openArn, roleSessionName: "plain") }
    #expect(
      h.failure(as: plain.credentials.pair) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?
        .hasSuffix("with an explicit deny in an identity-based policy") == true)
    // Assumed with the MFA session, the role session inherits its MFA.
    let inherited = try h.call(as: mfaSession.pair, at: later) {
      try $0.assumeRole(roleArn: openArn, roleSessionName: "mfa")
    }
    _ = try h.call(as: inherited.credentials.pair, at: later) {
      try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil)
    }
  }
}
