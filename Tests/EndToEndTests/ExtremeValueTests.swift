import Foundation
import Testing

/// Numbers at the edges of what a 64-bit integer holds, and dates that do not exist, are damage
/// or bad input with a message; arithmetic on them must never trap (a crash is status 132).
@Suite struct ExtremeValueTests {
  static let extremes = ["-9223372036854775808", "9223372036854775807", "-1", "1e400"]

  private func scene() throws -> Sandbox {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    return sandbox
  }

  private func editAccount(_ sandbox: Sandbox, _ edit: (inout [String: Any]) -> Void) throws -> String {
    let path = sandbox.store + "/account.json"
    var text = try String(contentsOfFile: path, encoding: .utf8)
    var object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    edit(&object)
    text = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    return path
  }

  @Test(arguments: extremes)
  func anExtremeIdSequenceIsDamage(_ value: String) throws {
    let sandbox = try scene()
    let path = try editAccount(sandbox) { $0["idSequence"] = "@@" }
    let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: #""@@""#, with: value)
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    let result = sandbox.iam("usercreate", "-u", "x", "-k")
    #expect(result.signal == nil && result.status == 4, "\(result)")
    #expect(result.stderr == "iam: store file \(path) is damaged: field \"idSequence\" must be an integer from 0 to 9007199254740992\n")
  }

  @Test(arguments: extremes)
  func anExtremeCountIsDamage(_ value: String) throws {
    let sandbox = try scene()
    let path = try editAccount(sandbox) { $0["counts"] = ["users": "@@"] }
    let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: #""@@""#, with: value)
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    let result = sandbox.iam("usercreate", "-u", "x")
    #expect(result.signal == nil && result.status == 4, "\(result)")
    #expect(result.stderr.contains(#"field "counts"."users" must be an integer from 0 to 1000000000"#), "\(result)")
  }

  @Test(arguments: [
    "-9223372036854775808", "9223372036854775807", "253402300800", "-1", "2026-02-30T00:00:00Z",
    "2025-02-29T12:00:00Z", "2026-04-31T00:00:00Z", "1969-12-31T23:59:59Z", "2026-13-01T00:00:00Z",
  ])
  func anImpossibleClockIsBadInput(_ value: String) throws {
    let sandbox = try scene()
    let result = sandbox.iam(["usercreate", "-u", "x"], overrides: ["AWS_SIM_CLOCK": value])
    #expect(result.signal == nil && result.status == 3, "\(result)")
    #expect(result.stderr.contains("AWS_SIM_CLOCK must be a UTC time from 1970 to 9999"), "\(result)")
    #expect(result.stderr.contains("not '\(value)'"), "\(result)")
  }

  @Test(arguments: ["2024-02-29T12:00:00Z", "9999-12-31T23:59:59Z", "0", "253402300799"])
  func theEdgesOfTheClockAreAccepted(_ value: String) throws {
    let sandbox = try scene()
    let result = sandbox.iam(["usercreate", "-u", "x"], overrides: ["AWS_SIM_CLOCK": value])
    #expect(result.status == 0 && result.stderr == "", "\(result)")
  }
}
