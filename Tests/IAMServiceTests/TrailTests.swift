import Foundation
import IAMEncoding
import IAMService
import Testing

/// The audit trail: one CloudTrail record per call, whatever became of it, and LookupEvents
/// reading them back.
@Suite struct TrailTests {
  let h: ServiceHarness

  init() throws { h = try ServiceHarness() }

  /// The records as stored, one JSON object per line.
  private func records() throws -> [JSONValue] {
    let path = h.directory + "/store/trail/current.jsonl"
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    #expect(text.isEmpty || text.hasSuffix("\n"))
    return try text.split(separator: "\n").map { try JSONParser.parse(String($0)) }
  }

  private func lookup(as caller: AccessKeyPair? = nil, _ query: TrailQuery) throws -> [TrailEntry] {
    try h.call(as: caller) { try $0.lookupEvents(query) }.entries
  }

  @Test func aCallIsRecordedAsCloudTrailWritesIt() throws {
    try h.call { _ = try $0.createUser(userName: "bob", path: "/team/") }
    let account = h.accountId
    let record = try #require(try records().last)
    let keys = record.objectMembers?.map(\.key)
    #expect(
      keys == [
        "eventVersion", "userIdentity", "eventTime", "eventSource", "eventName", "awsRegion", "sourceIPAddress",
        "userAgent", "requestParameters", "responseElements", "requestID", "eventID", "readOnly", "eventType",
        "managementEvent", "recipientAccountId", "eventCategory",
      ])
    #expect(
      record["userIdentity"]
        == .object([
          "type": .string("Root"), "principalId": .string(account), "arn": .string("arn:aws:iam::\(account):root"),
          "accountId": .string(account), "accessKeyId": .string(h.root.accessKeyId),
        ]))
    #expect(record["eventTime"] == .string("2026-11-18T11:06:40Z"))
    #expect(record["eventSource"] == .string("iam.amazonaws.com"))
    #expect(record["eventName"] == .string("CreateUser"))
    #expect(record["userAgent"] == .string("iam"))
    #expect(record["requestParameters"] == .object(["userName": .string("bob"), "path": .string("/team/")]))
    #expect(record["responseElements"] == .null)
    #expect(record["readOnly"] == .bool(false))
    #expect(record["recipientAccountId"] == .string(account))
    let uuid = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
    let eventID = try #require(record["eventID"]?.stringValue)
    #expect(eventID.wholeMatch(of: uuid) != nil)
    #expect(record["requestID"]?.stringValue != eventID)
  }

  @Test func aRefusedCallIsRecordedThoughItChangedNothing() throws {
    let bob = try h.user("bob")
    #expect(h.failure(as: bob) { try $0.createGroup(groupName: "Admins", path: nil) } != nil)
    let record = try #require(try records().last)
    #expect(record["eventName"] == .string("CreateGroup"))
    #expect(record["errorCode"] == .string("AccessDenied"))
    #expect(record["errorMessage"]?.stringValue?.hasPrefix("User: arn:aws:iam::\(h.accountId):user/bob is not") == true)
    #expect(record["userIdentity"]?["type"] == .string("IAMUser"))
    #expect(record["userIdentity"]?["userName"] == .string("bob"))
    #expect(record["userIdentity"]?["accessKeyId"] == .string(bob.accessKeyId))
    #expect(record["userIdentity"]?["principalId"]?.stringValue?.hasPrefix("AIDA") == true)
  }

  /// Error codes are the exception names of the API's error shapes.
  @Test func failuresAreNamedByTheirException() throws {
    _ = h.failure { try $0.getUser(userName: "nobody") }
    _ = h.failure { try $0.createUser(userName: "a/b", path: nil) }
    try h.call { _ = try $0.createGroup(groupName: "G", path: nil) }
    _ = h.failure { try $0.createGroup(groupName: "G", path: nil) }
    let codes = try records().compactMap { $0["errorCode"]?.stringValue }
    #expect(codes == ["NoSuchEntityException", "ValidationException", "EntityAlreadyExistsException"])
  }

  /// A command is all or nothing: a call that succeeded before a later one failed changed
  /// nothing, and its record says so.
  @Test func callsOfAFailedCommandAreMarkedRolledBack() throws {
    _ = h.failure { iam in
      _ = try iam.createUser(userName: "carol", path: nil)
      try iam.addUserToGroup(groupName: "Missing", userName: "carol")
    }
    let last = try records().suffix(2)
    #expect(last.map { $0["eventName"]?.stringValue } == ["CreateUser", "AddUserToGroup"])
    #expect(last.first?["additionalEventData"] == .object(["rolledBack": .bool(true)]))
    #expect(last.last?["additionalEventData"] == nil)
    #expect(last.last?["errorCode"] == .string("NoSuchEntityException"))
    #expect(h.failure { try $0.getUser(userName: "carol") } != nil)
  }

  @Test func secretsAndPasswordsNeverReachTheTrail() throws {
    let password = "Tr41l-Secret-Passw0rd"
    let bob = try h.user("bob")
    try h.call { iam in
      _ = try iam.createLoginProfile(userName: "bob", password: password, passwordResetRequired: nil)
      try iam.updateLoginProfile(userName: "bob", password: password + "2", passwordResetRequired: nil)
    }
    _ = try h.service.signIn(userName: "bob", password: password + "2", mfaCode: nil, trace: Trace())
    _ = h.failure(as: bob) { try $0.changePassword(oldPassword: password + "2", newPassword: password + "3") }
    let text = try String(contentsOfFile: h.directory + "/store/trail/current.jsonl", encoding: .utf8)
    #expect(!text.contains(password))
    #expect(!text.contains(bob.secretAccessKey))
    #expect(try records().contains { $0["eventName"] == .string("ChangePassword") })
  }

  @Test func signInsAreConsoleLoginEvents() throws {
    try h.call { iam in
      _ = try iam.createUser(userName: "alice", path: nil)
      _ = try iam.createLoginProfile(userName: "alice", password: "C0rrect-Horse-Battery", passwordResetRequired: nil)
    }
    let before = try records().count
    _ = try h.service.signIn(userName: "alice", password: "C0rrect-Horse-Battery", mfaCode: nil, trace: Trace())
    _ = try h.service.signIn(userName: "alice", password: "wrong", mfaCode: nil, trace: Trace())
    _ = try h.service.signIn(userName: "mallory", password: "guess", mfaCode: nil, trace: Trace())
    let logins = try records().dropFirst(before)
    #expect(logins.count == 3)
    #expect(logins.allSatisfy { $0["eventName"] == .string("ConsoleLogin") })
    #expect(logins.allSatisfy { $0["eventSource"] == .string("signin.amazonaws.com") })
    #expect(logins.allSatisfy { $0["eventType"] == .string("AwsConsoleSignIn") })
    #expect(logins.map { $0["responseElements"] } == [
      .object(["ConsoleLogin": .string("Success")]), .object(["ConsoleLogin": .string("Failure")]),
      .object(["ConsoleLogin": .string("Failure")]),
    ])
    #expect(logins.map { $0["errorMessage"]?.stringValue } == [nil, "Failed authentication", "Failed authentication"])
    #expect(logins.allSatisfy { $0["errorCode"] == nil && $0["additionalEventData"]?["MFAUsed"] == .string("No") })
    #expect(logins.first?["userIdentity"]?["userName"] == .string("alice"))
    #expect(logins.first?["userIdentity"]?["accessKeyId"] == nil)
    // What someone typed as a name that does not exist stays out of the log.
    #expect(logins.last?["userIdentity"]?["userName"] == .string("HIDDEN_DUE_TO_SECURITY_REASONS"))
    #expect(!(try String(contentsOfFile: h.directory + "/store/trail/current.jsonl", encoding: .utf8)).contains("mallory"))
  }

  @Test func aSignInWithMFARecordsItsUseAndNotItsPrompt() throws {
    let device = try h.call { iam in
      _ = try iam.createUser(userName: "alice", path: nil)
      _ = try iam.createLoginProfile(userName: "alice", password: "C0rrect-Horse-Battery", passwordResetRequired: nil)
      return try iam.createVirtualMFADevice(virtualMFADeviceName: "phone", path: nil)
    }
    let secret = try #require(Base32.decode(device.base32StringSeed))
    let step = OneTimePassword.counter(at: 1_795_000_000)
    try h.call {
      try $0.enableMFADevice(
        userName: "alice", serialNumber: device.serialNumber,
        authenticationCode1: OneTimePassword.hotp(secret: secret, counter: step - 1),
        authenticationCode2: OneTimePassword.hotp(secret: secret, counter: step))
    }
    let before = try records().count
    let asked = try h.service.signIn(userName: "alice", password: "C0rrect-Horse-Battery", mfaCode: nil, trace: Trace())
    #expect(asked.outcome == .mfaCodeRequired)
    #expect(try records().count == before)
    let later = h.service(at: Timestamp(seconds: 1_795_000_000 + 60))
    let code = OneTimePassword.hotp(secret: secret, counter: step + 2)
    _ = try later.signIn(userName: "alice", password: "C0rrect-Horse-Battery", mfaCode: code, trace: Trace())
    let login = try #require(try records().last)
    #expect(login["additionalEventData"]?["MFAUsed"] == .string("Yes"))
    #expect(login["responseElements"] == .object(["ConsoleLogin": .string("Success")]))
    let text = try String(contentsOfFile: h.directory + "/store/trail/current.jsonl", encoding: .utf8)
    #expect(!text.contains(code) && !text.contains(device.base32StringSeed))
  }

  @Test func lookupFiltersByIdentityActionErrorsAndTime() throws {
    let bob = try h.user("bob", policies: ["Read": statement("iam:Get*")])
    _ = h.failure(as: bob) { try $0.createUser(userName: "eve", path: nil) }
    _ = try h.call(as: bob) { try $0.getUser(userName: nil) }
    let later = h.service(at: Timestamp(seconds: 1_795_000_000 + 3600))
    try later.perform(credentials: h.root, trace: Trace()) { _ = try $0.createGroup(groupName: "G", path: nil) }

    let bobs = try lookup(TrailQuery(userName: "bob"))
    #expect(bobs.map(\.event) == ["iam:CreateUser", "iam:GetUser"])
    #expect(bobs.map(\.result) == ["AccessDenied", "ok"])
    #expect(bobs.allSatisfy { $0.identity == "user/bob" })
    #expect(try lookup(TrailQuery(userName: "bob", errorsOnly: true)).map(\.event) == ["iam:CreateUser"])
    let creates = try lookup(TrailQuery(action: "CreateUser"))
    #expect(creates.map(\.parameters) == [["userName=bob"], ["userName=eve"]])
    #expect(try lookup(TrailQuery(action: "iam:createuser")).count == 2)
    #expect(try lookup(TrailQuery(action: "sts:CreateUser")).isEmpty)
    let recent = try lookup(TrailQuery(startTime: Timestamp(seconds: 1_795_000_000 + 1)))
    #expect(recent.map(\.event) == ["iam:CreateGroup"])
    let early = try lookup(TrailQuery(endTime: Timestamp(seconds: 1_795_000_000)))
    #expect(!early.contains { $0.event == "iam:CreateGroup" })
    // Each lookup is a call too, recorded after it read the trail.
    #expect(try lookup(TrailQuery(action: "LookupEvents")).count == 7)
    #expect(try lookup(TrailQuery(action: "cloudtrail:LookupEvents")).first?.line.contains(#""readOnly":true"#) == true)
  }

  @Test func readingTheTrailNeedsLookupEvents() throws {
    let bob = try h.user("bob")
    #expect(
      h.failure(as: bob) { try $0.lookupEvents(TrailQuery()) }
        == "403 AccessDenied User: arn:aws:iam::\(h.accountId):user/bob is not authorized to perform: "
        + "cloudtrail:LookupEvents on resource: * because no identity-based policy allows the cloudtrail:LookupEvents action")
    let auditor = try h.user("auditor", policies: ["Audit": statement("cloudtrail:LookupEvents")])
    #expect(try lookup(as: auditor, TrailQuery(userName: "bob")).map(\.result) == ["AccessDenied"])
  }

  @Test func aLineThatIsNoRecordIsSkippedAndNamed() throws {
    try h.call { _ = try $0.createUser(userName: "bob", path: nil) }
    let path = h.directory + "/store/trail/current.jsonl"
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.seekToEndOfFile()
    handle.write(Data("not a record\n".utf8))
    handle.closeFile()
    try h.call { _ = try $0.createUser(userName: "carol", path: nil) }
    let lookup = try h.call { try $0.lookupEvents(TrailQuery(action: "CreateUser")) }
    #expect(lookup.entries.map(\.parameters) == [["userName=bob"], ["userName=carol"]])
    #expect(lookup.damagedLines == [path + ":2"])
  }

  /// With a seed (D8) the ids are derived, not drawn: the same commands write the same trail.
  @Test func aSeededRunWritesTheSameTrailTwice() throws {
    let other = try ServiceHarness()
    for harness in [h, other] {
      try harness.call { _ = try $0.createUser(userName: "bob", path: nil) }
      try harness.call { _ = try $0.createUser(userName: "carol", path: nil) }
    }
    let first = try records()
    let second = try String(contentsOfFile: other.directory + "/store/trail/current.jsonl", encoding: .utf8)
      .split(separator: "\n").map { try JSONParser.parse(String($0)) }
    #expect(first == second)
    let ids = first.compactMap { $0["eventID"]?.stringValue }
    #expect(Set(ids).count == ids.count)
  }
}
