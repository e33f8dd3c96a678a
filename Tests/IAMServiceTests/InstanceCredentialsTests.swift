import IAMService
import Testing

/// What an instance launched with an instance profile gets from its metadata: a session of the
/// profile's role, which EC2 assumes when the role's trust policy lets it.
@Suite struct InstanceCredentialsTests {
  let h: ServiceHarness
  let ec2Trust = ServiceHarness.trust(#"{"Service":"ec2.amazonaws.com"}"#)

  init() throws {
    h = try ServiceHarness()
  }

  func profile(_ name: String, role: String?) throws {
    try h.call { iam in
      _ = try iam.createInstanceProfile(instanceProfileName: name, path: nil)
      if let role { try iam.addRoleToInstanceProfile(instanceProfileName: name, roleName: role) }
    }
  }

  func credentials(_ profile: String) throws -> InstanceCredentials {
    try h.service.instanceCredentials(instanceProfileName: profile, trace: Trace())
  }

  @Test func theMetadataDocumentHoldsASessionOfTheRole() throws {
    let role = try h.role("s3access", trust: ec2Trust, policies: ["read": statement("iam:Get*")])
    try profile("s3access", role: "s3access")
    let document = try credentials("s3access")
    #expect(document.code == "Success" && document.type == "AWS-HMAC")
    #expect(document.lastUpdated == Timestamp(seconds: ServiceHarness.start).iso8601)
    #expect(document.credentials.expiration == Timestamp(seconds: ServiceHarness.start + 6 * 3600).iso8601)
    #expect(document.credentials.accessKeyId.hasPrefix("ASIA"))
    #expect(document.instanceId.hasPrefix("i-") && document.instanceId.count == 19)
    #expect(document.instanceId.dropFirst(2).allSatisfy { $0.isHexDigit })
    #expect(document.instanceProfileArn == "arn:aws:iam::\(h.accountId):instance-profile/s3access")
    let session = document.credentials.pair
    let identity = try h.call(as: session) { try $0.getCallerIdentity() }
    #expect(identity.arn == h.sessionArn("s3access", document.instanceId))
    #expect(identity.userId == role.roleId + ":" + document.instanceId)
    _ = try h.call(as: session) { try $0.getRole(roleName: "s3access") }
    #expect(
      h.failure(as: session) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?
        .hasPrefix("403 AccessDenied User: \(h.sessionArn("s3access", document.instanceId))") == true)
  }

  @Test func aRoleThatDoesNotTrustEC2GivesNoCredentials() throws {
    try h.role("people", trust: ServiceHarness.trust(#"{"AWS":"arn:aws:iam::\#(h.accountId):root"}"#))
    try profile("people", role: "people")
    #expect(throws: IAMError.self) { try credentials("people") }
    do {
      _ = try credentials("people")
    } catch let error as IAMError {
      #expect(
        error.line
          == "403 AccessDenied Service: ec2.amazonaws.com is not authorized to perform: sts:AssumeRole on resource: \(h.roleArn("people"))"
      )
    }
  }

  @Test func aProfileWithoutARoleOrThatDoesNotExistGivesNone() throws {
    try profile("empty", role: nil)
    #expect(throws: IAMError.self) { try credentials("empty") }
    do {
      _ = try credentials("missing")
    } catch let error as IAMError {
      #expect(error.line.hasPrefix("404 NoSuchEntity"))
    }
  }
}
