import IAMEncoding
import Testing

@testable import IAMStore

/// Sessions, their expiry markers and the roles' session settings survive a round trip through
/// their files, and a session that does not say what it is a session of is damage.
@Suite struct SessionRecordTests {
  let directory = TemporaryDirectory()

  static func roleSession() -> SessionRecord {
    var session = SessionRecord(
      id: "ASIAEXAMPLEEXAMPLE23", kind: .role, secretHash: "s", tokenHash: "t", salt: "00",
      issueTime: "2026-11-23T12:00:00Z", expiration: "2026-11-23T13:00:00Z",
      issuedTo: "arn:aws:iam::123456789012:user/tom")
    session.roleName = "s3-readonly"
    session.roleId = "AROAEXAMPLE"
    session.sessionName = "tom-cli"
    session.mfaTime = "2026-11-23T12:00:00Z"
    session.sourceIdentity = "tom@example.com"
    session.chained = true
    return session
  }

  @Test func aSessionAndItsMarkerRoundTrip() throws {
    let session = Self.roleSession()
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    try store.transaction { $0.putSession(session, bucket: "1795003200") }
    let (read, buckets, markers) = try store.transaction {
      (
        try $0.record(SessionRecord.self, named: session.id), try $0.sessionExpiryBuckets(),
        try $0.sessionKeyIds(expiringIn: "1795003200")
      )
    }
    #expect(read == session)
    #expect(buckets == ["1795003200"])
    #expect(markers == [session.id])
    try store.transaction {
      $0.removeSession(session.id, bucket: "1795003200")
      $0.removeSessionExpiryBucket("1795003200")
    }
    #expect(try store.transaction { try $0.record(SessionRecord.self, named: session.id) } == nil)
    #expect(try store.transaction { try $0.sessionExpiryBuckets() } == [])
  }

  @Test func aRoleKeepsItsLongestSessionAndThePrincipalsItsTrustPolicyBound() throws {
    var role = RoleRecord(name: "r", path: "/", id: "AROAR", createDate: "x", assumeRolePolicy: "{}")
    #expect(role.maxSessionDuration == 3600)
    role.maxSessionDuration = 43200
    role.principalIds = ["arn:aws:iam::123456789012:user/tom": "AIDATOM"]
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    try store.transaction { $0.put(role) }
    #expect(try store.transaction { try $0.record(RoleRecord.self, named: "r") } == role)
  }

  @Test(arguments: [
    (#""kind":"robot""#, "\"kind\""),
    (#""kind":"role""#, "\"roleName\""),
    (#""kind":"user","userName":"tom""#, "\"userId\""),
    (#""kind":"role","roleName":"../x","roleId":"A","sessionName":"s""#, "\"roleName\""),
  ])
  func aSessionThatDoesNotSayWhatItIsIsDamage(_ members: String, _ named: String) throws {
    directory.write(
      "store/sessions/ASIAEXAMPLEEXAMPLE23.json",
      #"{"id":"ASIAEXAMPLEEXAMPLE23",\#(members),"secretHash":"s","tokenHash":"t","salt":"0","issueTime":"x","expiration":"x","issuedTo":"x"}"#
    )
    let store = Store(options: StoreOptions(root: directory.path + "/store"))
    #expect {
      try store.transaction { try $0.record(SessionRecord.self, named: "ASIAEXAMPLEEXAMPLE23") }
    } throws: { error in
      guard case .damaged(let path, let reason) = error as? StoreError else { return false }
      return path.hasSuffix("sessions/ASIAEXAMPLEEXAMPLE23.json") && reason.contains(named)
    }
  }
}
