import Foundation
import Testing

/// Whatever a policy file holds, uploading it is refused with IAM's own error (and a line saying
/// where the problem is), and neither the group nor anything else in the store changes.
@Suite struct BadPolicyDocumentTests {
  struct Case: Sendable, CustomStringConvertible {
    let description: String
    let content: [UInt8]
    let error: String
  }

  static let outsideCharacterSet =
    "400 ValidationError 1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: "
    + #"Member must satisfy regular expression pattern: [\u0009\u000A\u000D\u0020-\u00FF]+"#
  static let syntax = "400 MalformedPolicyDocument Syntax errors in policy."

  /// Bytes from a fixed generator, so that a failure can be reproduced; NULs are forced in.
  static func binary(count: Int) -> [UInt8] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    return (0..<count).map { index in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return index % 97 == 0 ? 0 : UInt8(truncatingIfNeeded: state >> 56)
    }
  }

  static let cases: [Case] = [
    // Real IAM checks the character set before it parses JSON: random bytes fail that first.
    Case(description: "random bytes with NULs", content: binary(count: 4096), error: outsideCharacterSet),
    Case(description: "JSON with a NUL inside a string", content: Array(#"{"Version":"2012-10-17","Statement":[{"Effect":"Al"#.utf8) + [0] + Array(#"low","Action":"*","Resource":"*"}]}"#.utf8), error: outsideCharacterSet),
    Case(description: "truncated JSON", content: Array(#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","#.utf8), error: syntax),
    Case(description: "a JSON array", content: Array("[]".utf8), error: syntax),
    Case(description: "JSON that is no policy", content: Array(#"{"foo":1}"#.utf8), error: syntax),
    Case(description: "unbalanced braces", content: Array("}}{{".utf8), error: syntax),
  ]

  @Test(arguments: cases)
  func aBadDocumentIsRefusedAndChangesNothing(_ testCase: Case) throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([
      ["groupcreate", "-g", "G"], ["usercreate", "-u", "alice", "-g", "G"],
      ["groupaddpolicy", "-g", "G", "-p", "Existing", "-e", "Allow", "-a", "iam:List*", "-r", "*"],
    ])
    let before = FileTree(sandbox.store)
    let file = sandbox.writeScratch("policy", testCase.content)

    for command in [
      ["groupuploadpolicy", "-g", "G", "-p", "New", "-f", file],
      // Replacing an existing policy with garbage must keep the old one.
      ["groupuploadpolicy", "-g", "G", "-p", "Existing", "-f", file],
      ["useruploadpolicy", "-u", "alice", "-p", "New", "-f", file],
    ] {
      let result = sandbox.iam(command)
      #expect(result.status == 1 && result.stdout == "", "\(command)")
      // IAM's line, then the one that says where in the file the problem is.
      #expect(result.stderrLines.first == testCase.error, "\(command)")
      #expect(result.stderrLines.count == 2 && result.stderrLines[1].hasPrefix("iam: \(file):"), "\(command)")
    }
    #expect(FileTree(sandbox.store) == before)
    #expect(try sandbox.state().groups["G"]?.policies.keys.sorted() == ["Existing"])

    // The group is still usable: a good document is accepted right after.
    let good = #"{"Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}"#
    #expect(sandbox.iam("groupuploadpolicy", "-g", "G", "-p", "New", "-o", good).status == 0)
    #expect(try sandbox.state().groups["G"]?.policies.keys.sorted() == ["Existing", "New"])
  }

  @Test func anEmptyFileIsTooShortAndADirectoryIsNotAFile() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["groupcreate", "-g", "G"]])
    let before = FileTree(sandbox.store)
    let empty = sandbox.writeScratch("empty", [])
    let tooShort = sandbox.iam("groupuploadpolicy", "-g", "G", "-p", "P", "-f", empty)
    #expect(tooShort.status == 1)
    #expect(
      tooShort.stderr
        == "400 ValidationError 1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must have length greater than or equal to 1\n"
    )
    let directory = sandbox.iam("groupuploadpolicy", "-g", "G", "-p", "P", "-f", sandbox.scratch)
    #expect(
      directory
        == CommandResult(
          status: 3, signal: nil, stdout: "", stderr: "iam: cannot use \(sandbox.scratch): it is a directory, not a file\n"))
    #expect(FileTree(sandbox.store) == before)
  }
}
