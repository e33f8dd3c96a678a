import Foundation
import Testing

/// Arguments are bytes, not text: a shell happily passes Latin-1 or cut-off UTF-8. Whatever the
/// bytes, the binary must answer with one of its documented statuses and leave the store as it was.
@Suite struct InvalidUTF8ArgumentTests {
  struct Case: Sendable, CustomStringConvertible {
    let arguments: [[UInt8]]
    let status: Int32
    /// The start of the first stderr line.
    let error: String
    /// Printable ASCII as is, every other byte as \xNN, so test names show the bad bytes.
    var description: String {
      arguments.map { argument in
        argument.map { (0x21...0x7E).contains($0) ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16) }.joined()
      }.joined(separator: " ")
    }
  }

  /// `text`, then raw bytes, then more text.
  static func bytes(_ text: String, _ raw: [UInt8] = [], _ suffix: String = "") -> [UInt8] {
    Array(text.utf8) + raw + Array(suffix.utf8)
  }

  static let validation = "400 ValidationError 1 validation error detected: Value "
  static let cases: [Case] = [
    Case(arguments: [bytes("usercreate"), bytes("-u"), [0xFF, 0xFE]], status: 1, error: validation),
    Case(arguments: [bytes("groupcreate"), bytes("-g"), bytes("a", [0xC3])], status: 1, error: validation),
    Case(arguments: [bytes("usercreate"), bytes("-u"), bytes("ok"), bytes("-g"), [0x80]], status: 1, error: validation),
    Case(arguments: [bytes("usercreate"), bytes("-u"), bytes("bob"), bytes("-p"), bytes("/", [0xFF], "/")], status: 1, error: validation),
    Case(
      arguments: [bytes("useraddpolicy"), bytes("-u"), bytes("alice"), bytes("-p"), [0x80], bytes("-e"), bytes("Allow"),
        bytes("-a"), bytes("iam:*"), bytes("-r"), bytes("*")],
      status: 1, error: validation),
    Case(
      arguments: [bytes("useraddpolicy"), bytes("-u"), bytes("alice"), bytes("-p"), bytes("P"), bytes("-e"), bytes("Allow"),
        bytes("-a"), bytes("iam:", [0xFF]), bytes("-r"), bytes("*")],
      status: 1, error: "400 ValidationError"),
    Case(
      arguments: [bytes("useruploadpolicy"), bytes("-u"), bytes("alice"), bytes("-p"), bytes("P"), bytes("-o"),
        bytes(#"{"Statement":""#, [0xFF, 0xFE], #""}"#)],
      status: 1, error: "400 ValidationError"),
    // A cut-off UTF-8 sequence as the value of an enumerated option.
    Case(
      arguments: [bytes("useraddpolicy"), bytes("-u"), bytes("alice"), bytes("-p"), bytes("P"), bytes("-e"), [0xE2, 0x82],
        bytes("-a"), bytes("iam:*"), bytes("-r"), bytes("*")],
      status: 2, error: "\"\u{FFFD}\" is not a valid value for \"-e\""),
    Case(arguments: [bytes("usercreate"), bytes("-", [0xFF])], status: 2, error: "\"-"),
    Case(arguments: [[0xFF]], status: 2, error: "iam: '"),
    Case(arguments: [bytes("userlistbypath"), bytes("--aws-credential-file"), bytes("/nonexistent/", [0xFF])], status: 3, error: "Cannot use the credential file: "),
  ]

  @Test(arguments: cases)
  func badBytesGetADocumentedStatusAndChangeNothing(_ testCase: Case) throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["usercreate", "-u", "alice"]])
    let before = FileTree(sandbox.store)

    let result = sandbox.run(program: IAMBinary.path, arguments: testCase.arguments)
    #expect(result.signal == nil, "killed by a signal: \(result)")
    #expect(result.status == testCase.status, "\(result)")
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix(testCase.error), "\(result)")

    #expect(FileTree(sandbox.store) == before)
    let state = try sandbox.state()
    #expect(state == AccountState(users: ["alice": AccountState.User()], groups: [:]))
  }

  @Test func aProgramNameThatIsNotUTF8IsAnUnknownCommand() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let before = FileTree(sandbox.store)
    // Dispatch reads argv[0], so a link with a Latin-1 name is simulated by that argv[0] alone.
    let result = sandbox.run(
      program: IAMBinary.path, argv0: Array((sandbox.root + "/iam-").utf8) + [0xE9],
      arguments: [Array("-u".utf8), [0xFF]])
    #expect(result.signal == nil)
    #expect(result.status == 2, "\(result)")
    #expect(result.stdout == "")
    #expect(result.stderr.hasPrefix("iam: '"), "\(result)")
    #expect(FileTree(sandbox.store) == before)
  }
}
