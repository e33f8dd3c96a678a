import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The trail under kill -9: 200 mixed commands, most of them killed at a random step of their
/// commit. Afterwards every line of the trail is a whole record, and every change the store
/// shows has its record.
@Suite struct TrailCrashTests {
  /// A small generator with a fixed seed, so that a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 17 ^ state
    }
  }

  @Test func everyChangeTheStoreShowsHasItsRecord() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["groupcreate", "-g", "G"]])
    var random = Generator(state: 2026)
    var kills = 0
    for index in 0..<200 {
      let user = "u\(Int.random(in: 0..<12, using: &random))"
      let command: [String]
      switch Int.random(in: 0..<6, using: &random) {
      case 0: command = ["usercreate", "-u", user]
      case 1: command = ["usercreate", "-u", user, "-g", "G", "-k"]
      case 2: command = ["userdel", "-u", user, "-r"]
      case 3: command = ["groupadduser", "-g", "G", "-u", user]
      case 4: command = ["useraddpolicy", "-u", user, "-p", "P", "-e", "Allow", "-a", "iam:*", "-r", "*"]
      default: command = ["userlistbypath"]
      }
      // Most runs are killed somewhere in their commit; some are left to finish.
      let step = Int.random(in: 1...12, using: &random)
      let overrides: [String: String?] = index % 4 == 3 ? [:] : ["AWS_SIM_CRASH_AT_STEP": String(step)]
      let run = sandbox.iam(command, overrides: overrides)
      if run.signal == SIGKILL { kills += 1 }
    }
    // Commands that change nothing (refusals, listings) have no commit to be killed in.
    #expect(kills >= 30, "only \(kills) kills")

    // The next command recovers the store; its listing is what the store shows.
    let listed = sandbox.iam(["userlistbypath"])
    try #require(listed.status == 0, "\(listed)")
    let users = Set(listed.stdoutLines.dropLast().map { String($0.split(separator: "/").last ?? "") })

    let text = try String(contentsOfFile: sandbox.store + "/trail/current.jsonl", encoding: .utf8)
    #expect(text.hasSuffix("\n"))
    var created: [String: Bool] = [:]
    for line in text.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      let record = try #require(object, "not a record: \(line)")
      let succeeded = record["errorCode"] == nil && record["additionalEventData"] == nil
      guard succeeded, let name = (record["requestParameters"] as? [String: Any])?["userName"] as? String else { continue }
      switch record["eventName"] as? String {
      case "CreateUser": created[name] = true
      case "DeleteUser": created[name] = false
      default: break
      }
    }
    let recorded = Set(created.filter(\.value).keys)
    #expect(users == recorded, "the store shows \(users.sorted()), the trail \(recorded.sorted())")
  }
}
