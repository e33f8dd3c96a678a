import Foundation
import Testing

/// Console passwords through the real binary: never in the store or in any output, and `iam
/// signin` reading them from a pipe, or from a terminal without echo.
@Suite struct PasswordTests {
  /// A handful of iterations: the debug binary takes over a second for the real count.
  static let fast: [String: String?] = ["AWS_SIM_PBKDF2_ITERATIONS": "100"]

  static let passwords = [
    "C0rrect-Horse-Battery", "N3w-Long-Passphrase!", "Adm1n-Chosen-Secret", "weak", "Temp-Passw0rd-9",
  ]

  /// Every password a session used is looked for in every file of the store (the journal
  /// included) and in everything the commands printed with -d: none may be there.
  @Test func noPasswordIsStoredOrPrinted() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let alice = sandbox.iam(["usercreate", "-u", "alice", "-k"], overrides: Self.fast)
    try #require(alice.status == 0)
    let key = alice.stdoutLines
    let credentials = sandbox.writeScratch(
      "alice.cred", Array("AWSAccessKeyId=\(key[0])\nAWSSecretKey=\(key[1])\n".utf8))
    let input = sandbox.writeScratch("password", Array("\(Self.passwords[1])\n".utf8))
    let steps: [[String]] = [
      ["accountmodpasswordpolicy", "-m", "12", "-a", "--password-reuse-prevention", "3"],
      ["useraddloginprofile", "-u", "alice", "-p", Self.passwords[3]],
      ["useraddloginprofile", "-u", "alice", "-p", Self.passwords[0], "--password-reset-required"],
      ["userchangepassword", "-o", Self.passwords[0], "-n", Self.passwords[1], "--aws-credential-file", credentials],
      ["userchangepassword", "-o", Self.passwords[4], "-n", Self.passwords[2], "--aws-credential-file", credentials],
      ["usermodloginprofile", "-u", "alice", "-p", Self.passwords[0]],
      ["usermodloginprofile", "-u", "alice", "-p", Self.passwords[2]],
    ]
    var printed = ""
    for step in steps {
      let result = sandbox.iam(step + ["-d"], overrides: Self.fast)
      printed += result.stdout + result.stderr
    }
    #expect(printed.contains("400 PasswordPolicyViolation"), "the weak password and the reused one are refused")
    #expect(printed.contains("403 AccessDenied The old password"), "the wrong old password is refused")
    let signIn = sandbox.start(
      program: IAMBinary.path, arguments: [Array("signin".utf8), Array("-u".utf8), Array("alice".utf8)],
      overrides: Self.fast, input: input
    ).wait()
    printed += signIn.stdout + signIn.stderr
    #expect(signIn.stderr == "iam: sign-in refused: that is not alice's password\n")

    var stored: [String: String] = [:]
    let files = FileManager.default.enumerator(atPath: sandbox.store)
    while let relative = files?.nextObject() as? String {
      if let data = FileManager.default.contents(atPath: sandbox.store + "/" + relative) {
        stored[relative] = String(decoding: data, as: UTF8.self)
      }
    }
    #expect(stored["users/alice.json"]?.contains("pbkdf2-sha256$100$") == true)
    for password in Self.passwords {
      #expect(!printed.contains(password), "\(password) was printed")
      for (file, text) in stored {
        #expect(!text.contains(password), "\(password) is in \(file)")
      }
    }
  }

  @Test func signInReadsThePasswordFromStandardInput() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["usercreate", "-u", "alice"]])
    #expect(sandbox.iam(["useraddloginprofile", "-u", "alice", "-p", "C0rrect-Horse-Battery"], overrides: Self.fast).status == 0)
    func signIn(_ input: String, _ extra: [String] = []) -> CommandResult {
      let path = sandbox.writeScratch("input-\(UUID().uuidString)", Array(input.utf8))
      return sandbox.start(
        program: IAMBinary.path, arguments: (["signin", "-u", "alice"] + extra).map { Array($0.utf8) },
        overrides: Self.fast, input: path
      ).wait()
    }
    let success = signIn("C0rrect-Horse-Battery\n")
    #expect(success.status == 0 && success.stderr == "")
    #expect(success.stdout.hasPrefix("signed in: arn:aws:iam::") && success.stdout.hasSuffix(":user/alice\n"))
    // A line from a Windows file, a file without a final line feed, and only the first line counts.
    #expect(signIn("C0rrect-Horse-Battery\r\n", ["--password-stdin"]).status == 0)
    #expect(signIn("C0rrect-Horse-Battery").status == 0)
    #expect(signIn("C0rrect-Horse-Battery\nsomething else\n").status == 0)
    #expect(signIn("c0rrect-horse-battery\n").status == 1)
    #expect(
      signIn("") == CommandResult(
        status: 3, signal: nil, stdout: "", stderr: "iam: no password: standard input ended before one was given\n"))
  }

  static let script = "/usr/bin/script"

  /// On a terminal the password is asked for and not echoed, and echo is on again afterwards.
  /// `script` gives the command a pseudo-terminal; the password is typed a second after the start,
  /// when the command is surely waiting for it.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script), "needs script from util-linux"))
  func onATerminalThePasswordIsNotEchoed() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["usercreate", "-u", "alice"]])
    #expect(sandbox.iam(["useraddloginprofile", "-u", "alice", "-p", "C0rrect-Horse-Battery"], overrides: Self.fast).status == 0)
    let session = "\(IAMBinary.path) signin -u alice; stty -a"
    let result = terminal(sandbox, session, typing: "C0rrect-Horse-Battery")
    #expect(result.stdout.contains("Password for alice: "))
    #expect(result.stdout.contains("signed in: arn:aws:iam::"))
    #expect(!result.stdout.contains("C0rrect-Horse-Battery"), "the password was echoed: \(result.stdout)")
    #expect(Self.echoIsOn(result.stdout), "echo was left off: \(result.stdout)")
  }

  /// Interrupted while it waits for the password, the command still gives the terminal its echo back.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script), "needs script from util-linux"))
  func anInterruptedSignInRestoresEcho() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    // `\$` keeps the outer shell from expanding $$, which must be the inner one's: the exec'd iam.
    let session = "sh -c '(sleep 1; kill -INT \\$\\$) & exec \(IAMBinary.path) signin -u alice'; echo status=\\$?; stty -a"
    let result = terminal(sandbox, session, typing: nil)
    #expect(result.stdout.contains("Password for alice: "))
    #expect(result.stdout.contains("status=130"), "iam did not die of SIGINT: \(result.stdout)")
    #expect(Self.echoIsOn(result.stdout), "echo was left off: \(result.stdout)")
  }

  /// Runs `session` with /bin/sh on a pseudo-terminal, typing `typing` and Enter after a second.
  private func terminal(_ sandbox: Sandbox, _ session: String, typing: String?) -> CommandResult {
    let typed = typing.map { "printf '%s\\r' '\($0)'" } ?? ":"
    let outer = "(sleep 1; \(typed); sleep 2) | \(Self.script) -qec \"\(session)\" /dev/null"
    return sandbox.start(
      program: "/bin/sh", arguments: [Array("-c".utf8), Array(outer.utf8)],
      overrides: Self.fast.merging(["IAM": IAMBinary.path]) { $1 }
    ).wait()
  }

  /// Whether `stty -a` output says echo is on: the word `echo`, not `-echo`.
  private static func echoIsOn(_ stty: String) -> Bool {
    stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == ";" }).contains("echo")
  }
}
