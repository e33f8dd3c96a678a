import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The generated completion scripts, run in the real shells against the real binary: each shell
/// must complete a command name, an option, an enum value, a user that exists only in this test's
/// store, and the policies of the group named earlier on the line.
@Suite struct CompletionShellTests {
  @Test func everyShellAcceptsItsScript() throws {
    let fixture = try CompletionFixture()
    let checks = [
      ("bash", ["-n", fixture.bashScript]),
      ("zsh", ["-n", fixture.zshDirectory + "/_iam"]),
      ("fish", ["--no-execute", fixture.fishScript]),
    ]
    for (shell, arguments) in checks {
      let result = fixture.run(try ExternalTool.path(shell), arguments)
      #expect(result.status == 0 && result.stderr.isEmpty, "\(shell) rejects its script: \(result)")
    }
  }

  /// Calls the completion function as bash does: COMP_WORDS and COMP_CWORD set, COMPREPLY read.
  static func bash(_ fixture: CompletionFixture, _ words: [String]) throws -> [String] {
    let script = """
      source "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=()
      _iam
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let result = fixture.run(
      try ExternalTool.path("bash"), ["--norc", "--noprofile", "-c", script, "bash", fixture.bashScript] + words)
    #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
    return result.stdoutLines.filter { !$0.isEmpty }
  }

  @Test func bashCompletes() throws {
    let fixture = try CompletionFixture()
    #expect(try Self.bash(fixture, ["iam", "usercr"]) == ["usercreate"])
    let options = try Self.bash(fixture, ["iam-usercreate", "-"])
    #expect(["-g", "-k", "-p", "-u", "-v", "--aws-credential-file", "--debug"].allSatisfy(options.contains), "\(options)")
    #expect(try Self.bash(fixture, ["iam", "usercreate", "-"]) == options)
    #expect(try Self.bash(fixture, ["iam-groupaddpolicy", "-e", "D"]) == ["Deny"])
    #expect(try Self.bash(fixture, ["iam-usermodkey", "-s", ""]) == ["Active", "Inactive"])
    #expect(try Self.bash(fixture, ["iam-userdel", "-u", "zed"]) == [CompletionFixture.user])
    #expect(try Self.bash(fixture, ["iam", "userdel", "-u", "z"]) == [CompletionFixture.user])
    #expect(try Self.bash(fixture, ["iam-groupdelpolicy", "-g", "Admins", "-p", ""]) == [CompletionFixture.policy])
    let files = try Self.bash(fixture, ["iam-groupuploadpolicy", "-f", fixture.scripts + "/completions/iam.b"])
    #expect(files == [fixture.bashScript])
  }

  static func fish(_ fixture: CompletionFixture, _ line: String) throws -> [String] {
    let command = "source \(fixture.fishScript); complete -C '\(line)'"
    let result = fixture.run(try ExternalTool.path("fish"), ["--no-config", "-c", command])
    #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
    return result.stdoutLines.map { String($0.split(separator: "\t", maxSplits: 1).first ?? "") }
  }

  @Test func fishCompletes() throws {
    let fixture = try CompletionFixture()
    #expect(try Self.fish(fixture, "iam usercr") == ["usercreate"])
    let options = try Self.fish(fixture, "iam-usercreate -")
    #expect(["-g", "-k", "-p", "-u", "-v", "--aws-credential-file", "--debug"].allSatisfy(options.contains), "\(options)")
    #expect(try Self.fish(fixture, "iam-groupaddpolicy -e ") == ["Allow", "Deny"])
    #expect(try Self.fish(fixture, "iam-userdel -u zed") == [CompletionFixture.user])
    #expect(try Self.fish(fixture, "iam userdel -u z") == [CompletionFixture.user])
    #expect(try Self.fish(fixture, "iam-groupdelpolicy -g Admins -p ") == [CompletionFixture.policy])
  }

  /// zsh completes only in an interactive shell with its line editor, so this one types Tab into
  /// a real zsh inside a detached tmux session and reads the screen back.
  @Test func zshCompletes() throws {
    let fixture = try CompletionFixture()
    let tmux = try ExternalTool.path("tmux")
    let zsh = try ExternalTool.path("zsh")
    let home = fixture.sandbox.scratch + "/zdotdir"
    mkdir(home, 0o700)
    try """
      fpath=(\(fixture.zshDirectory) $fpath)
      autoload -U compinit && compinit -u -D
      PS1='ready> '
      """.write(toFile: home + "/.zshrc", atomically: true, encoding: .utf8)
    let terminal = ZshTerminal(tmux: tmux, fixture: fixture)
    defer { terminal.close() }
    var environment = ["HOME=" + home, "ZDOTDIR=" + home, "TERM=xterm"]
    environment += ["PATH", "AWS_SIM_HOME", "AWS_SIM_SEED", "AWS_SIM_CLOCK"].map { $0 + "=" + fixture.environment[$0]! }
    try terminal.start(["/usr/bin/env", "-i"] + environment + [zsh, "-i"])
    // capture-pane drops the blanks at the ends of lines, so no expectation ends with one.
    try terminal.expect("ready>")
    let cases = [
      ("iam usercr", "ready> iam usercreate"),
      ("iam-usercreate -", "Also create an access key"),
      ("iam-groupaddpolicy -e D", "-e Deny"),
      ("iam-userdel -u zed", "-u \(CompletionFixture.user)"),
      ("iam-groupdelpolicy -g Admins -p R", "-p \(CompletionFixture.policy)"),
    ]
    for (typed, shown) in cases {
      try terminal.keys(["-l", typed])
      try terminal.keys(["Tab"])
      try terminal.expect(shown, after: typed)
      try terminal.keys(["C-c", "C-l"])
    }
  }
}

/// A detached tmux session on a socket of the test's own, so that nothing else's sessions are seen
/// or touched; `close` ends exactly this server.
struct ZshTerminal {
  let tmux: String
  let fixture: CompletionFixture
  var socket: String { fixture.sandbox.scratch + "/tmux.socket" }

  func start(_ command: [String]) throws {
    let result = fixture.run(tmux, ["-S", socket, "-f", "/dev/null", "new-session", "-d", "-x", "200", "-y", "40"] + command)
    try #require(result.status == 0, "tmux cannot start: \(result)")
  }

  func keys(_ keys: [String]) throws {
    let result = fixture.run(tmux, ["-S", socket, "send-keys", "-t", "0"] + keys)
    try #require(result.status == 0, "tmux send-keys failed: \(result)")
  }

  /// Waits up to ten seconds for `text` to appear on the screen.
  func expect(_ text: String, after typed: String = "") throws {
    var screen = ""
    for _ in 0..<100 {
      screen = fixture.run(tmux, ["-S", socket, "capture-pane", "-p", "-t", "0"]).stdout
      if screen.contains(text) { return }
      usleep(100_000)
    }
    Issue.record("zsh did not show \(text.debugDescription) after \(typed.debugDescription) and Tab; the screen:\n\(screen)")
    throw ScreenMismatch()
  }

  func close() { _ = fixture.run(tmux, ["-S", socket, "kill-server"]) }

  struct ScreenMismatch: Error {}
}
