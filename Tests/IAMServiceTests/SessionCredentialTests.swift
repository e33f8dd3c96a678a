import Foundation
import IAMService
import Testing

/// Temporary credentials authenticate with their token, end when they expire, and do not pile up
/// in the store.
@Suite struct SessionCredentialTests {
  let h: ServiceHarness
  let tom: AccessKeyPair
  let invalid = "403 InvalidClientTokenId The security token included in the request is invalid."

  init() throws {
    h = try ServiceHarness()
    tom = try h.user("tom", policies: ["read": statement("iam:Get*")])
    try h.role("r", trust: ServiceHarness.trust(#""*""#), policies: ["read": statement("iam:Get*")])
  }

  func session(at seconds: Int = ServiceHarness.start, duration: Int = 900) throws -> Credentials {
    try h.call(as: tom, at: seconds) {
      try $0.assumeRole(roleArn: h.roleArn("r"), roleSessionName: "tom-cli", durationSeconds: duration).credentials
    }
  }

  @Test func aSessionKeyNeedsItsOwnTokenAndALongTermKeyNone() throws {
    let credentials = try session()
    var pair = credentials.pair
    _ = try h.call(as: pair) { try $0.getRole(roleName: "r") }
    pair.sessionToken = nil
    #expect(h.failure(as: pair) { try $0.getRole(roleName: "r") } == invalid)
    pair.sessionToken = String(credentials.sessionToken.reversed())
    #expect(h.failure(as: pair) { try $0.getRole(roleName: "r") } == invalid)
    pair.sessionToken = credentials.sessionToken
    pair.secretAccessKey = String(credentials.secretAccessKey.reversed())
    #expect(h.failure(as: pair) { try $0.getRole(roleName: "r") }?.hasPrefix("403 SignatureDoesNotMatch") == true)
    var longTerm = tom
    longTerm.sessionToken = credentials.sessionToken
    #expect(h.failure(as: longTerm) { try $0.getRole(roleName: "r") } == invalid)
    var unknown = credentials.pair
    unknown.accessKeyId = "ASIA" + String(repeating: "A", count: 16)
    #expect(h.failure(as: unknown) { try $0.getRole(roleName: "r") } == invalid)
  }

  @Test func aSessionEndsWhenItExpires() throws {
    let pair = try session(duration: 900).pair
    _ = try h.call(as: pair, at: ServiceHarness.start + 899) { try $0.getRole(roleName: "r") }
    let trace = Trace()
    #expect(
      h.failure(as: pair, at: ServiceHarness.start + 900) { try $0.getRole(roleName: "r") }
        == "403 ExpiredToken The security token included in the request is expired")
    do {
      try h.call(as: pair, at: ServiceHarness.start + 900, trace: trace) { _ = try $0.getRole(roleName: "r") }
    } catch {}
    #expect(trace.debugLines.contains { $0.contains("expired at \(Timestamp(seconds: ServiceHarness.start + 900).iso8601)") })
  }

  @Test func expiredSessionsAreRemovedByTheNextSessionsAFewAtATime() throws {
    let store = h.directory + "/store"
    func files(_ directory: String) -> [String] {
      (try? FileManager.default.contentsOfDirectory(atPath: store + "/" + directory)) ?? []
    }
    for _ in 0..<70 { _ = try session() }
    #expect(files("sessions").count == 70)
    // Within the hour they expired in, they stay; the next sessions remove them once it is over,
    // at most 64 each time.
    let later = ServiceHarness.start + 2 * 3600
    let survivor = try session(at: later)
    #expect(files("sessions").count == 70 - 64 + 1)
    _ = try session(at: later)
    #expect(files("sessions").count == 2)
    #expect(files("session-expiry").count == 1)
    _ = try h.call(as: survivor.pair, at: later) { try $0.getRole(roleName: "r") }
    // A command that makes no session removes none.
    _ = try h.call(as: tom, at: later + 3 * 3600) { try $0.getRole(roleName: "r") }
    #expect(files("sessions").count == 2)
  }

  @Test func secretsAndTokensAreStoredOnlyAsHashes() throws {
    var made = [try session()]
    made.append(try h.call(as: tom) { try $0.getSessionToken() })
    try h.call { iam in
      _ = try iam.createInstanceProfile(instanceProfileName: "p", path: nil)
      try iam.updateAssumeRolePolicy(roleName: "r", policyDocument: ServiceHarness.trust(#"{"Service":"ec2.amazonaws.com"}"#))
      try iam.addRoleToInstanceProfile(instanceProfileName: "p", roleName: "r")
    }
    made.append(try h.service.instanceCredentials(instanceProfileName: "p", trace: Trace()).credentials)
    let store = h.directory + "/store"
    let files = try #require(FileManager.default.subpaths(atPath: store))
    var text = ""
    for file in files {
      if let data = FileManager.default.contents(atPath: store + "/" + file) { text += String(decoding: data, as: UTF8.self) }
    }
    for credentials in made {
      #expect(text.contains(credentials.accessKeyId))
      #expect(!text.contains(credentials.secretAccessKey))
      #expect(!text.contains(credentials.sessionToken))
    }
  }
}
