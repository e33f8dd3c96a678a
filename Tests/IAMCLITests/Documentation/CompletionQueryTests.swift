import Foundation
import Testing

@testable import IAMCLI

/// `iam __complete`, which the completion scripts call for names from the store.
@Suite struct CompletionQueryTests {
  /// A store with two groups, policies on one of them, two users and keys.
  static func sandbox() throws -> Sandbox {
    let sandbox = Sandbox()
    for line in [
      "iam-groupcreate -g Admin", "iam-groupcreate -g Auditors",
      "iam-groupaddpolicy -g Admin -p ReadAll -e Allow -a s3:Get* -r *",
      "iam-groupaddpolicy -g Admin -p WriteAll -e Allow -a s3:Put* -r *",
      "iam-usercreate -u Alice -k", "iam-usercreate -u alfred", "iam-usercreate -u bob",
      "iam-useraddpolicy -u bob -p Mine -e Deny -a iam:* -r *",
    ] {
      let result = sandbox.run(line)
      try #require(result.status == 0, "\(line): \(result)")
    }
    return sandbox
  }

  static func complete(_ sandbox: Sandbox, _ words: [String], environment: [String: String] = [:]) -> [String] {
    let result = sandbox.run(["iam", "__complete", String(words.count - 1)] + words, environment: environment)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    return result.stdout.split(separator: "\n").map(String.init)
  }

  @Test func usersAndGroupsByPrefixIgnoringCase() throws {
    let sandbox = try Self.sandbox()
    #expect(Self.complete(sandbox, ["iam-userdel", "-u", "al"]) == ["alfred", "Alice"])
    #expect(Self.complete(sandbox, ["iam", "userdel", "-u", "AL"]) == ["alfred", "Alice"])
    #expect(Self.complete(sandbox, ["iam-userdel", "-u", ""]) == ["alfred", "Alice", "bob"])
    #expect(Self.complete(sandbox, ["iam-usercreate", "-g", "A"]) == ["Admin", "Auditors"])
  }

  /// simulate's -a offers the actions the account's policies name, wildcards left out.
  @Test func simulateOffersTheActionsOfTheAccountsPolicies() throws {
    let sandbox = try Self.sandbox()
    let added = sandbox.run("iam-useraddpolicy -u bob -p Two -e Allow -a iam:GetUser -a iam:ListUsers -r *")
    try #require(added.status == 0, "\(added)")
    #expect(Self.complete(sandbox, ["iam", "simulate", "-u", "bob", "-a", "iam:"]) == ["iam:GetUser", "iam:ListUsers"])
    #expect(Self.complete(sandbox, ["iam", "simulate", "-a", "IAM:g"]) == ["iam:GetUser"])
    // Context keys and decisions are fixed lists, which the scripts carry themselves.
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let bash = try String(contentsOf: root.appendingPathComponent("completions/iam.bash"), encoding: .utf8)
    #expect(bash.contains("aws:MultiFactorAuthPresent=") && bash.contains("explicitDeny"))
  }

  @Test func policiesOfTheEntityNamedOnTheLine() throws {
    let sandbox = try Self.sandbox()
    #expect(Self.complete(sandbox, ["iam-groupdelpolicy", "-g", "Admin", "-p", ""]) == ["ReadAll", "WriteAll"])
    #expect(Self.complete(sandbox, ["iam-groupdelpolicy", "-g", "admin", "-p", "w"]) == ["WriteAll"])
    #expect(Self.complete(sandbox, ["iam-userdelpolicy", "-u", "bob", "-p", ""]) == ["Mine"])
    // The entity may come after the word being completed, and only the last -g counts.
    let after = ["iam-groupdelpolicy", "-p", "", "-g", "Auditors", "-g", "Admin"]
    let result = sandbox.run(["iam", "__complete", "2"] + after)
    #expect(result.stdout == "ReadAll\nWriteAll\n")
    #expect(Self.complete(sandbox, ["iam-groupdelpolicy", "-p", ""]).isEmpty)
  }

  /// Managed policy ARNs: the account's own first, then AWS's from the catalogue.
  @Test func policyArnsOfTheAccountAndOfAWS() throws {
    let sandbox = try Self.sandbox()
    let document = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#
    try #require(sandbox.run(["iam-policycreate", "-p", "IAMReadOnlyExtras", "-o", document]).status == 0)
    let account = "322717570643"  // the sandbox's seed fixes it
    #expect(
      Self.complete(sandbox, ["iam-userattachpolicy", "-u", "bob", "-a", "arn:aws:iam::aws:policy/IAMRead"])
        == ["arn:aws:iam::aws:policy/IAMReadOnlyAccess"])
    #expect(
      Self.complete(sandbox, ["iam-policyget", "-a", "arn:aws:iam::\(account):"])
        == ["arn:aws:iam::\(account):policy/IAMReadOnlyExtras"])
    #expect(Self.complete(sandbox, ["iam-policyget", "-a", "arn:"]).count == 1 + 1485)
  }

  @Test func anOptionValueIsAlwaysTheNextWord() throws {
    let sandbox = try Self.sandbox()
    // "-u" is the value of -p here, so the word under the cursor is not a user name.
    #expect(Self.complete(sandbox, ["iam-usercreate", "-p", "-u", ""]).isEmpty)
    // A word that looks like help is just a word to a hidden command.
    #expect(Self.complete(sandbox, ["iam-userdel", "-h", "-u", "b"]) == ["bob"])
  }

  @Test func accessKeysOfTheUserOrOfTheCaller() throws {
    let sandbox = try Self.sandbox()
    let aliceKeys = Self.complete(sandbox, ["iam-userdelkey", "-u", "Alice", "-k", ""])
    #expect(aliceKeys.count == 1 && aliceKeys[0].hasPrefix("AKIA"))
    let rootKeys = Self.complete(sandbox, ["iam-usermodkey", "-k", ""])
    #expect(rootKeys.count == 1 && rootKeys != aliceKeys)
  }

  @Test func theAccountAliasAndTheUsersOfSignIn() throws {
    let sandbox = try Self.sandbox()
    #expect(Self.complete(sandbox, ["iam-accountaliasdelete", "-a", ""]).isEmpty)
    try #require(sandbox.run("iam-accountaliascreate -a example-corp").status == 0)
    #expect(Self.complete(sandbox, ["iam-accountaliasdelete", "-a", "ex"]) == ["example-corp"])
    #expect(Self.complete(sandbox, ["iam-accountaliasdelete", "-a", "x"]).isEmpty)
    #expect(Self.complete(sandbox, ["iam", "signin", "-u", "b"]) == ["bob"])
  }

  @Test func rolesByARNOrNameForAssumeRole() throws {
    let sandbox = Sandbox()
    for line in ["iam-rolecreate -r reader -s ec2.amazonaws.com", "iam-rolecreate -r deploy -p /ci/ -s ec2.amazonaws.com"] {
      try #require(sandbox.run(line).status == 0)
    }
    let account = "arn:aws:iam::322717570643:role/"
    #expect(Set(Self.complete(sandbox, ["iam-assumerole", "-r", ""])) == [account + "reader", account + "ci/deploy", "reader", "deploy"])
    #expect(Self.complete(sandbox, ["iam-assumerole", "-r", "re"]) == ["reader"])
    #expect(Self.complete(sandbox, ["iam-assumerole", "-r", account + "ci"]) == [account + "ci/deploy"])
  }

  @Test func commandNamesAfterIamAndAfterHelp() throws {
    let sandbox = Sandbox()
    #expect(
      Set(Self.complete(sandbox, ["iam", "userlist"]))
        == [
          "userlistattachedpolicies", "userlistbypath", "userlistcerts", "userlistgroups", "userlistkeys",
          "userlistmfadevices", "userlistpolicies",
        ])
    #expect(Self.complete(sandbox, ["iam", "help", "groupc"]) == ["groupcreate"])
    #expect(Self.complete(sandbox, ["iam", "__"]).isEmpty)
  }

  @Test func neverCreatesTheStoreNorComplains() {
    let sandbox = Sandbox()
    #expect(Self.complete(sandbox, ["iam-userdel", "-u", ""]).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: sandbox.store))
    // Broken requests and a broken environment still end quietly with status 0.
    for arguments in [["iam", "__complete"], ["iam", "__complete", "x", "iam"], ["iam", "__complete", "9", "iam-nothing"]] {
      let result = sandbox.run(arguments, environment: ["AWS_SIM_CLOCK": "not a time"])
      #expect(result == Sandbox.Result(status: 0, stdout: "", stderr: ""))
    }
  }

  @Test func aDamagedRecordIsSkipped() throws {
    let sandbox = try Self.sandbox()
    try "{".write(toFile: sandbox.store + "/users/bob.json", atomically: true, encoding: .utf8)
    #expect(Self.complete(sandbox, ["iam-userdel", "-u", ""]) == ["alfred", "Alice"])
  }
}
