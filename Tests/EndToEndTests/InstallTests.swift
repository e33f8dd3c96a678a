import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `iam install` into a temporary prefix with the real binary: the links run, man finds and
/// renders every page, each shell finds the completions where they were put, and uninstalling
/// leaves the prefix as it was.
@Suite struct InstallTests {
  @Test func installUseAndUninstall() throws {
    let fixture = try CompletionFixture()
    let prefix = fixture.sandbox.root + "/prefix"
    mkdir(prefix, 0o755)
    let install = fixture.sandbox.iam(["install", "--prefix", prefix])
    try #require(install.status == 0, "\(install)")
    #expect(install.stderrLines == [
      "iam: \(prefix)/bin is not on your PATH. To run the iam-* commands by name and let man find their pages, add this line to ~/.profile:",
      "    export PATH=\"\(prefix)/bin:$PATH\"",
    ])

    // An installed command runs through its link.
    let link = prefix + "/bin/iam-groupcreate"
    let created = fixture.sandbox.run(program: link, arguments: [Array("-g".utf8), Array("Testers".utf8), Array("-v".utf8)])
    #expect(created.status == 0, "\(created)")
    #expect(created.stdoutLines.first?.hasSuffix(":group/Testers") == true, "\(created)")

    try checkManual(fixture, manDirectory: prefix + "/share/man")
    try checkShellsFindCompletions(fixture, prefix: prefix)

    let again = fixture.sandbox.iam(["install", "--prefix", prefix])
    #expect(again.status == 0 && again.stdout == install.stdout, "re-installing: \(again)")

    let uninstall = fixture.sandbox.iam(["install", "--prefix", prefix, "--uninstall"])
    #expect(uninstall.status == 0, "\(uninstall)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: prefix) == [], "the prefix is left empty")
  }

  /// The lines `iam install` tells each shell's user to add, run as they are in that shell, make
  /// the commands, the man pages (the system's still among them) and the completions found.
  @Test func theLinesInstallAsksForWorkInEachShell() throws {
    let fixture = try CompletionFixture()
    let prefix = fixture.sandbox.root + "/prefix"
    let system = "/usr/bin:/bin"
    let onPath = prefix + "/bin:" + system
    func advice(_ shell: String, _ environment: [String: String?]) throws -> String {
      let install = fixture.sandbox.iam(["install", "--prefix", prefix], overrides: ["SHELL": shell].merging(environment) { $1 })
      try #require(install.status == 0, "\(install)")
      return install.stderrLines.filter { $0.hasPrefix("    ") }.map { $0.dropFirst(4) }.joined(separator: "\n")
    }
    let manPage = prefix + "/share/man/man1/iam.1"
    let systemPage = try #require(
      fixture.run(try ExternalTool.path("man"), ["-w", "ls"], environment: ["PATH": system]).stdoutLines.first)

    // sh: only PATH, after which man-db finds the pages without MANPATH.
    let sh = try advice("/bin/sh", ["PATH": system])
    let viaPath = fixture.run(
      try ExternalTool.path("sh"), ["-c", sh + "\nman -w iam ls; command -v iam-usercreate"], environment: ["PATH": system])
    #expect(viaPath.stdoutLines == [manPage, systemPage, prefix + "/bin/iam-usercreate"], "sh: \(sh)\n\(viaPath)")

    // bash with a MANPATH of its own, and bash-completion not looking below this prefix.
    let bash = try advice("/bin/bash", ["PATH": onPath, "MANPATH": "/usr/share/man"])
    let bashRun = fixture.run(
      try ExternalTool.path("bash"), ["--norc", "--noprofile", "-c", bash + "\nman -w iam ls; complete -p iam-usercreate"],
      environment: ["PATH": onPath, "MANPATH": "/usr/share/man"])
    #expect(bashRun.stdoutLines == [manPage, systemPage, "complete -F _iam iam-usercreate"], "bash: \(bash)\n\(bashRun)")

    let zsh = try advice("/usr/bin/zsh", ["PATH": onPath])
    let zshRun = fixture.run(
      try ExternalTool.path("zsh"), ["-f", "-c", zsh + "\nprint ${_comps[iam]} ${_comps[iam-usercreate]}"],
      environment: ["PATH": onPath])
    #expect(zshRun.stdout == "_iam _iam\n", "zsh: \(zsh)\n\(zshRun)")

    let fish = try advice("/usr/bin/fish", ["PATH": system])
    let fishRun = fixture.run(
      try ExternalTool.path("fish"), ["-c", fish + "\ncomplete -C 'iam-usercreate -k'"], environment: ["PATH": system])
    #expect(fishRun.stdoutLines.map { $0.split(separator: "\t").first.map(String.init) ?? "" } == ["-k"], "fish: \(fish)\n\(fishRun)")
  }

  /// `man -w` finds every page below the prefix, `mandoc -T lint` reports nothing above style
  /// level, and man renders every page without a warning.
  func checkManual(_ fixture: CompletionFixture, manDirectory: String) throws {
    let pages = try FileManager.default.contentsOfDirectory(atPath: manDirectory + "/man1").filter { $0.hasSuffix(".1") }
      .sorted()
    try #require(pages.count > 2 && pages.contains("iam.1") && pages.contains("iam-usercreate.1"))
    let names = pages.map { String($0.dropLast(2)) }
    let man = try ExternalTool.path("man")
    let found = fixture.run(man, ["-w"] + names, environment: ["MANPATH": manDirectory])
    #expect(found.status == 0, "\(found)")
    #expect(found.stdoutLines == pages.map { manDirectory + "/man1/" + $0 })

    let files = pages.map { manDirectory + "/man1/" + $0 }
    let lint = fixture.run(try ExternalTool.path("mandoc"), ["-T", "lint", "-W", "warning"] + files)
    #expect(lint.status == 0 && lint.stdout.isEmpty && lint.stderr.isEmpty, "mandoc -T lint: \(lint)")

    let rendered = fixture.run(man, ["--warnings", "-l", "-P", "cat"] + files, environment: ["MANWIDTH": "80"])
    #expect(rendered.status == 0 && rendered.stderr.isEmpty, "man -l: \(rendered.stderr)")
    #expect(rendered.stdoutLines.filter { $0 == "NAME" }.count == pages.count)
  }

  /// Each shell looks completions up by command name in the directories install used, so each
  /// must find them for a legacy name as well as for `iam`.
  func checkShellsFindCompletions(_ fixture: CompletionFixture, prefix: String) throws {
    let bashCompletion = "/usr/share/bash-completion/bash_completion"
    if !FileManager.default.fileExists(atPath: bashCompletion) {
      Issue.record("bash-completion is not installed, and this test needs it; install it with: apt-get install bash-completion")
    } else {
      let script = """
        source \(bashCompletion)
        BASH_COMPLETION_USER_DIR=\(prefix)/share/bash-completion
        __load_completion iam-usercreate && complete -p iam-usercreate
        """
      let bash = fixture.run(try ExternalTool.path("bash"), ["--norc", "--noprofile", "-c", script])
      #expect(bash.stdout == "complete -F _iam iam-usercreate\n", "bash: \(bash)")
    }

    let zsh = fixture.run(
      try ExternalTool.path("zsh"),
      ["-f", "-c", "fpath=(\(prefix)/share/zsh/site-functions $fpath); autoload -U compinit; compinit -u -D; "
        + "print ${_comps[iam]} ${_comps[iam-usercreate]}"])
    #expect(zsh.stdout == "_iam _iam\n", "zsh: \(zsh)")

    // fish loads completions only for commands it can find, so the installed bin goes on PATH.
    let fishPath = prefix + "/bin:" + fixture.environment["PATH"]!
    let fish = fixture.run(
      try ExternalTool.path("fish"),
      ["--no-config", "-c", "set -p fish_complete_path \(prefix)/share/fish/vendor_completions.d; "
        + "complete -C 'iam-usercreate -k'; complete -C 'iam-userdel -u zed'"],
      environment: ["PATH": fishPath])
    #expect(fish.stdoutLines.map { $0.split(separator: "\t").first.map(String.init) ?? "" } == ["-k", CompletionFixture.user], "fish: \(fish)")
  }
}
