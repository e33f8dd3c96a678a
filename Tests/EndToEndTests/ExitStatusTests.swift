import Foundation
import Testing

/// One real case for each documented exit status, with the exact lines each prints. Stdout must
/// stay empty whenever a command fails, so that scripts can pipe results without filtering.
@Suite struct ExitStatusTests {
  @Test func status0IsSuccessWithNothingPrintedByAQuietCommand() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let result = sandbox.iam("groupcreate", "-g", "Admins")
    #expect(result == CommandResult(status: 0, signal: nil, stdout: "", stderr: ""))
    #expect(sandbox.iam("grouplistbypath").stdoutLines.count == 2)
  }

  @Test func status1IsAServiceErrorWithTheLegacyErrorLine() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let missing = sandbox.iam("userlistgroups", "-u", "nobody")
    #expect(
      missing == CommandResult(
        status: 1, signal: nil, stdout: "", stderr: "404 NoSuchEntity The user with name nobody cannot be found.\n"))
    try sandbox.prepare([["usercreate", "-u", "alice"]])
    let duplicate = sandbox.iam("usercreate", "-u", "ALICE")
    #expect(
      duplicate == CommandResult(
        status: 1, signal: nil, stdout: "", stderr: "409 EntityAlreadyExists User with name ALICE already exists.\n"))
  }

  @Test func status2IsAUsageError() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let badOption = sandbox.iam("usercreate", "-u", "bob", "-x")
    #expect(badOption.status == 2)
    #expect(badOption.stdout == "")
    #expect(
      badOption.stderrLines == [#""-x" is not a valid option"#, "Run 'iam usercreate -h' for the options of this command."])
    let missingRequired = sandbox.iam("usercreate")
    #expect(missingRequired.status == 2)
    #expect(missingRequired.stderrLines.first == #"Option "-u" is required"#)
    // A usage error is found before the store is touched: bob must not exist.
    #expect(try sandbox.state().users.isEmpty)
  }

  @Test func status3IsAMissingCredentialFile() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let before = FileTree(sandbox.store)
    let path = sandbox.scratch + "/no-such-credentials"
    let result = sandbox.iam(["usercreate", "-u", "bob"], overrides: ["AWS_CREDENTIAL_FILE": path])
    #expect(result.status == 3)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == [
        "Cannot use the credential file: \(path) does not exist. Name one with --aws-credential-file or AWS_CREDENTIAL_FILE; it must contain:",
        "AWSAccessKeyId=<your access key id>", "AWSSecretKey=<your secret access key>",
      ])
    #expect(FileTree(sandbox.store) == before)
  }

  @Test func status3IsAlsoAMissingPolicyFile() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["groupcreate", "-g", "G"]])
    let path = sandbox.scratch + "/missing.json"
    let result = sandbox.iam("groupuploadpolicy", "-g", "G", "-p", "P", "-f", path)
    #expect(result == CommandResult(status: 3, signal: nil, stdout: "", stderr: "File not found: \(path)\n"))
  }

  @Test func status4IsADamagedStore() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let account = sandbox.store + "/account.json"
    let damaged = "{\n  \"accountId\": \"12"
    try damaged.write(toFile: account, atomically: false, encoding: .utf8)
    let result = sandbox.iam("groupcreate", "-g", "G")
    #expect(
      result == CommandResult(
        status: 4, signal: nil, stdout: "",
        stderr: "iam: store file \(account) is damaged: not valid JSON (unterminated string at byte \(damaged.utf8.count))\n"))
    #expect(try String(contentsOfFile: account, encoding: .utf8) == damaged)
  }

  @Test func helpGoesToStdoutAndSucceeds() {
    let sandbox = Sandbox()
    let result = sandbox.iam("usercreate", "-h")
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.stdout.contains("-u USERNAME"))
    #expect(!FileManager.default.fileExists(atPath: sandbox.store))
  }
}
