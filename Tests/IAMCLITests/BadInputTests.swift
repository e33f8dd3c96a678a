import Foundation
import Testing

/// Input a transcript cannot spell: binary files, other encodings, CRLF line ends, and control
/// characters in arguments (see bad-input.transcript for the rest).
@Suite struct BadInputTests {
  private static let documentPattern =
    "400 ValidationError 1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+\n"

  private func sandboxWithUser() -> Sandbox {
    let sandbox = Sandbox()
    sandbox.run("iam-usercreate -u alice")
    return sandbox
  }

  private func write(_ bytes: [UInt8], to name: String, in sandbox: Sandbox) {
    #expect(FileManager.default.createFile(atPath: sandbox.home + "/" + name, contents: Data(bytes)))
  }

  private func refused(_ result: Sandbox.Result, _ line: String, status: Int32 = 1) -> Bool {
    result == Sandbox.Result(status: status, stdout: "", stderr: line)
  }

  /// The document-pattern error, and the line that says which character, and where.
  private func refusedCharacter(_ result: Sandbox.Result, _ place: String) -> Bool {
    let detail = " is not allowed in a policy document, which may hold only tabs, line breaks and the characters U+0020 to U+00FF\n"
    return refused(result, Self.documentPattern + "iam: " + place + detail)
  }

  @Test func aBinaryFileIsNotAPolicyDocument() {
    let sandbox = sandboxWithUser()
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
    write(png, to: "logo.png", in: sandbox)
    let result = sandbox.run("iam-useruploadpolicy -u alice -p Logo -f logo.png")
    #expect(refusedCharacter(result, "logo.png:1:1: text that is not UTF-8"))
    #expect(sandbox.run("iam-userlistpolicies -u alice").stdout == "IsTruncated: false\n")
  }

  @Test func latin1TextIsNotUTF8() {
    // "café" in ISO-8859-1: the lone E9 byte is not UTF-8, so it is read as U+FFFD, which IAM refuses.
    let sandbox = sandboxWithUser()
    let document = #"{"Statement":{"Sid":"caf"#
    write(Array(document.utf8) + [0xE9] + Array(#"","Effect":"Allow","Action":"s3:*","Resource":"*"}}"#.utf8),
      to: "latin1.json", in: sandbox)
    #expect(
      refusedCharacter(
        sandbox.run("iam-useruploadpolicy -u alice -p L -f latin1.json"), "latin1.json:1:25: text that is not UTF-8"))
  }

  @Test func utf8CharactersUpToU00FFAreAccepted() {
    let sandbox = sandboxWithUser()
    sandbox.write("utf8.json", #"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::café"}}"#)
    #expect(sandbox.run("iam-useruploadpolicy -u alice -p U -f utf8.json").status == 0)
    sandbox.write("euro.json", #"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::€"}}"#)
    #expect(
      refusedCharacter(
        sandbox.run("iam-useruploadpolicy -u alice -p E -f euro.json"), #"euro.json:1:73: "€" (U+20AC)"#))
  }

  /// The check reads eight bytes at a time: a refused character is found, and placed, wherever
  /// it falls in a word, after plain ASCII or after accepted multi-byte characters.
  @Test func aRefusedCharacterIsPlacedWhereverItFalls() {
    let sandbox = sandboxWithUser()
    for padding in 0..<10 {
      for filler in ["a", "\u{E9}"] {
        let prefix = #"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::"#
        let text = prefix + String(repeating: filler, count: padding) + "\u{2019}" + #""}}"#
        sandbox.write("p.json", text)
        let column = prefix.count + padding + 1
        #expect(
          refusedCharacter(
            sandbox.run("iam-useruploadpolicy -u alice -p Q -f p.json"), "p.json:1:\(column): \"\u{2019}\" (U+2019)"),
          "\(padding) \(filler)")
      }
    }
    sandbox.write("tab.json", "{\"Statement\":{\"Effect\":\"Allow\",\t\"Action\":\"s3:*\",\r\n\"Resource\":\"*\"}}")
    #expect(sandbox.run("iam-useruploadpolicy -u alice -p T -f tab.json").status == 0)
  }

  @Test func crlfLineEndsAreStoredAsLF() {
    let sandbox = sandboxWithUser()
    let lines = [#"{"Statement":{"Effect":"Allow","#, #""Action":"s3:*","Resource":"*"}}"#]
    sandbox.write("dos.json", lines.joined(separator: "\r\n"))
    #expect(sandbox.run("iam-useruploadpolicy -u alice -p Dos -f dos.json").status == 0)
    let shown = sandbox.run("iam-userlistpolicies -u alice -p Dos")
    #expect(shown == Sandbox.Result(status: 0, stdout: lines.joined(separator: "\n") + "\n\n", stderr: ""))
  }

  @Test func anOverlongDocumentIsAValidationError() {
    let sandbox = sandboxWithUser()
    let filler = String(repeating: " ", count: 131_073 - 60)
    let document = #"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"# + filler
    #expect(document.count > 131_072)
    let result = sandbox.run(["iam-useruploadpolicy", "-u", "alice", "-p", "Big", "-o", document])
    #expect(
      refused(
        result,
        "400 ValidationError 1 validation error detected: Value at 'policyDocument' failed to satisfy constraint: Member must have length less than or equal to 131072\n"
      ))
  }

  @Test(arguments: [
    ("esc\u{1B}[31m", "esc\\u001b[31m"), ("del\u{7F}", "del\\u007f"), ("bell\u{07}", "bell\\u0007"),
    ("two\nlines", "two\\u000alines"), ("cr\r", "cr\\u000d"),
  ])
  func controlCharactersInNamesAreShownEscaped(_ name: String, _ shown: String) {
    let sandbox = Sandbox()
    sandbox.run("iam-groupcreate -g first")
    let result = sandbox.run(["iam-groupcreate", "-g", name])
    #expect(
      refused(
        result,
        "400 ValidationError 1 validation error detected: Value '\(shown)' at 'groupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+\n"
      ))
  }

  @Test func controlCharactersInAPathAreShownEscaped() {
    let sandbox = Sandbox()
    sandbox.run("iam-groupcreate -g first")
    let result = sandbox.run(["iam-usercreate", "-u", "x", "-p", "/a\tb/\u{0}"])
    #expect(
      refused(
        result,
        "400 ValidationError 1 validation error detected: Value '/a\\u0009b/\\u0000/' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)\n"
      ))
  }
}
