import Foundation
import Testing

/// `iam <command>` and a link named `iam-<command>` are the same program (argv[0] dispatch).
@Suite struct DispatchTests {
  /// The same commands in two fresh stores with the same seed: one run through `iam usercreate`,
  /// the other through a link, must print byte-identical results and errors and leave
  /// byte-identical stores.
  @Test func aLinkNamedAfterTheCommandBehavesExactlyLikeTheSubcommand() throws {
    let sandbox = Sandbox()
    let viaSubcommand = sandbox.root + "/by-subcommand"
    let viaLink = sandbox.root + "/by-link"
    try sandbox.bootstrap(store: viaSubcommand)
    try sandbox.bootstrap(store: viaLink)
    let link = sandbox.link(named: "iam-usercreate")

    for arguments in [["-u", "alice", "-k", "-v"], ["-u", "alice"], ["-u", "bob", "-x"], ["-u", "a/b"]] {
      let subcommand = sandbox.iam(["usercreate"] + arguments, store: viaSubcommand)
      let linked = sandbox.run(
        program: link, arguments: arguments.map { Array($0.utf8) }, store: viaLink)
      #expect(linked.status == subcommand.status, "\(arguments)")
      #expect(linked.stdout == subcommand.stdout, "\(arguments)")
      // A usage error names the command as it was typed; everything else must match exactly.
      #expect(
        linked.stderr == subcommand.stderr.replacingOccurrences(of: "'iam usercreate -h'", with: "'iam-usercreate -h'"),
        "\(arguments)")
    }
    #expect(FileTree(viaLink) == FileTree(viaSubcommand))
  }

  @Test func theSubcommandCreatesAUserWithAKeyAndPrintsIt() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let created = sandbox.iam("usercreate", "-u", "alice", "-k", "-v")
    #expect(created.status == 0)
    #expect(created.stderr == "")
    let lines = created.stdoutLines
    try #require(lines.count == 4, "\(created)")
    #expect(lines[0].hasPrefix("AKIA") && lines[0].count == 20)
    #expect(lines[1].count == 40)
    #expect(lines[2].hasPrefix("arn:aws:iam::") && lines[2].hasSuffix(":user/alice"))
    #expect(lines[3].hasPrefix("AIDA"))
    let keys = sandbox.iam("userlistkeys", "-u", "alice")
    #expect(keys.stdoutLines == [lines[0], "Active", "IsTruncated: false"])
  }

  @Test func anUnknownSubcommandIsAUsageErrorWithASuggestion() {
    let sandbox = Sandbox()
    let result = sandbox.iam("usrcreate", "-u", "alice")
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(
      result.stderrLines == [
        "iam: 'usrcreate' is not an iam command.", "Did you mean 'iam usercreate'?",
        "Run 'iam help' for the list of commands.",
      ])
    // An unknown command must not even create the store.
    #expect(!FileManager.default.fileExists(atPath: sandbox.store))
  }

  @Test func anUnknownLinkNameSuggestsTheLegacySpelling() {
    let sandbox = Sandbox()
    let result = sandbox.run(program: sandbox.link(named: "iam-groupcreat"), arguments: [Array("-g".utf8), Array("G".utf8)])
    #expect(result.status == 2)
    #expect(result.stdout == "")
    #expect(result.stderrLines.contains("Did you mean 'iam-groupcreate'?"), "\(result)")
  }
}
