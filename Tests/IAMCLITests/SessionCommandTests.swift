import Foundation
import Testing

@testable import IAMCLI

/// What the commands that make temporary credentials print and write.
@Suite struct SessionCommandTests {
  let sandbox = Sandbox()

  init() throws {
    for line in [
      "iam-usercreate -u tom", "iam-rolecreate -r reader -f trust.json",
    ] {
      if line.hasPrefix("iam-rolecreate") {
        sandbox.write(
          "trust.json",
          #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::322717570643:user/tom"},"Action":"sts:AssumeRole"}]}"#)
      }
      try #require(sandbox.run(line).status == 0, "\(line)")
    }
    let key = sandbox.run("iam-useraddkey -u tom").stdout.split(separator: "\n")
    sandbox.write("tom.cred", "AWSAccessKeyId=\(key[0])\nAWSSecretKey=\(key[1])\n")
    sandbox.environment["AWS_CREDENTIAL_FILE"] = "tom.cred"
  }

  func mode(_ file: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: sandbox.home + "/" + file)
    return (attributes[.posixPermissions] as? Int) ?? -1
  }

  @Test func withoutOTheCredentialsArePrintedOnePerLine() {
    let result = sandbox.run("iam-assumerole -r reader -n tom-cli -v")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(result.status == 0 && lines.count == 6)
    #expect(lines[0].hasPrefix("ASIA") && lines[1].count == 40 && lines[2].count == 84)
    #expect(lines[3] == "2026-11-23T13:00:00Z")
    #expect(lines[4] == "arn:aws:sts::322717570643:assumed-role/reader/tom-cli")
    #expect(lines[5].hasPrefix("AROA") && lines[5].hasSuffix(":tom-cli"))
  }

  @Test func oWritesAFileForItsOwnerAloneAndNeverOverAnother() throws {
    #expect(sandbox.run("iam-assumerole -r reader -n tom-cli -o session.cred") == Sandbox.Result(status: 0, stdout: "", stderr: ""))
    #expect(try mode("session.cred") == 0o600)
    let first = sandbox.read("session.cred")
    #expect(first?.contains("\nAWSSessionToken=") == true)
    let refused = sandbox.run("iam-assumerole -r reader -n tom-cli -o session.cred")
    #expect(refused.status == 3)
    #expect(sandbox.read("session.cred") == first)
    #expect(sandbox.run("iam-assumerole -r reader -n tom-cli -o session.cred --force").status == 0)
    #expect(sandbox.read("session.cred") != first)
    #expect(try mode("session.cred") == 0o600)
    #expect(sandbox.run("iam whoami --aws-credential-file session.cred").stdout.hasPrefix("arn:aws:sts::"))
  }

  @Test func aFileThatCannotBeWrittenLeavesNoSession() throws {
    let result = sandbox.run("iam-getsessiontoken -o missing-directory/session.cred")
    #expect(result.status == 3)
    let sessions = (try? FileManager.default.contentsOfDirectory(atPath: sandbox.store + "/sessions")) ?? []
    #expect(sessions.isEmpty)
  }

  @Test func legacyModeReportsRefusalsAsIAMCliDid() {
    let result = sandbox.run("iam-assumerole -r nobody -n tom-cli", environment: ["AWS_SIM_LEGACY": "1"])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == "403 AccessDenied User: arn:aws:iam::322717570643:user/tom is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::322717570643:role/nobody\n"
    )
  }
}
