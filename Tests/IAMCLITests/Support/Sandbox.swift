import Foundation
import IAMCLI
import IAMTestSupport

/// A home directory of its own for one test, with the environment the commands see. Ids, secrets
/// and the clock are fixed (D8), so every run prints the same lines.
final class Sandbox {
  static let shownHome = "/home/user"
  let home: String
  var environment: [String: String]

  init(seed: String = "iam-sim-tests") {
    home = NSTemporaryDirectory() + "iam-cli-tests-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    environment = [
      "HOME": home,
      "PATH": "/usr/bin:/bin",
      "AWS_SIM_SEED": seed,
      "AWS_SIM_CLOCK": "2026-11-23T12:00:00Z",
      // A debug build takes over a second for the real count; transcripts show no hashes.
      "AWS_SIM_PBKDF2_ITERATIONS": "100",
    ]
  }

  deinit { try? FileManager.default.removeItem(atPath: home) }

  struct Result: Equatable {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs one command line in-process, with the sandbox as its working directory and `input` as
  /// its standard input.
  @discardableResult
  func run(_ arguments: [String], environment extra: [String: String] = [:], input: String = "") -> Result {
    let out = BufferSink()
    let err = BufferSink()
    let invocation = Invocation(
      arguments: arguments, environment: environment.merging(extra) { $1 }, workingDirectory: home,
      standardInput: TextInput(input))
    let status = IAMMain.run(invocation, stdout: out, stderr: err)
    return Result(status: status, stdout: shown(out.text), stderr: shown(err.text))
  }

  /// Runs `words` (split like a shell would) and returns the result. A line that starts with
  /// `openssl` runs the real openssl in the sandbox, its output redirected by a final `> FILE`
  /// as in a shell, so that a tutorial's own key and certificate steps are part of its story.
  /// `echo TEXT | COMMAND` gives the command TEXT and a line feed as its standard input, and
  /// `printf 'A\nB\n' | COMMAND` the lines of its format, for a command that reads more than one.
  /// `COMMAND | grep TEXT` keeps the output lines that contain TEXT, as tutorials cut a long
  /// listing short, with grep's status.
  /// `$(COMMAND)` is replaced by what COMMAND prints, without its final line feeds, and leading
  /// `NAME=VALUE` words set variables for the command alone, as in a shell.
  @discardableResult
  func run(_ commandLine: String, environment extra: [String: String] = [:]) -> Result {
    var words = ShellWords.split(commandLine) { inner in
      var output = self.run(inner, environment: extra).stdout
      while output.hasSuffix("\n") { output.removeLast() }
      return output
    }
    var extra = extra
    while let first = words.first, let assignment = ShellWords.assignment(first) {
      extra[assignment.name] = assignment.value
      words.removeFirst()
    }
    if words.first == "echo", let pipe = words.firstIndex(of: "|") {
      let input = words[1..<pipe].joined(separator: " ") + "\n"
      return run(Array(words[(pipe + 1)...]), environment: extra, input: input)
    }
    if words.first == "printf", words.count > 3, words[2] == "|" {
      let input = words[1].replacingOccurrences(of: "\\n", with: "\n")
      return run(Array(words[3...]), environment: extra, input: input)
    }
    if words.count > 3, words[words.count - 3] == "|", words[words.count - 2] == "grep" {
      let result = run(Array(words[..<(words.count - 3)]), environment: extra)
      let kept = result.stdout.split(separator: "\n").filter { $0.contains(words[words.count - 1]) }
      return Result(
        status: kept.isEmpty ? 1 : 0, stdout: kept.map { $0 + "\n" }.joined(), stderr: result.stderr)
    }
    guard words.first == "openssl" else { return run(words, environment: extra) }
    var redirect: String?
    if words.count >= 3, words[words.count - 2] == ">" {
      redirect = words.removeLast()
      words.removeLast()
    }
    do {
      let output = try OpenSSL.run(Array(words.dropFirst()), in: home)
      if let redirect {
        _ = FileManager.default.createFile(atPath: home + "/" + redirect, contents: output, attributes: [.posixPermissions: 0o600])
        return Result(status: 0, stdout: "", stderr: "")
      }
      return Result(status: 0, stdout: String(decoding: output, as: UTF8.self), stderr: "")
    } catch let failure as OpenSSL.Failure {
      return Result(status: failure.status, stdout: "", stderr: failure.stderr)
    } catch {
      return Result(status: 127, stdout: "", stderr: "\(error)")
    }
  }

  /// Output with the sandbox's real path replaced by a stable one.
  func shown(_ text: String) -> String { text.replacingOccurrences(of: home, with: Sandbox.shownHome) }

  func write(_ relative: String, _ text: String, permissions: Int = 0o600) {
    let path = home + "/" + relative
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: permissions])
  }

  func read(_ relative: String) -> String? {
    FileManager.default.contents(atPath: home + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
  }

  var store: String { home + "/.aws-sim" }
}

/// Splits a command line the way a POSIX shell does for the cases transcripts use: blanks
/// separate words, single quotes keep everything, double quotes keep everything but `\"` and
/// `\\`, and a backslash outside quotes keeps the next character (`s3:\*` is `s3:*`). `$(...)`,
/// quoted or not, is what `substitute` makes of the command inside.
enum ShellWords {
  static func split(_ line: String, substitute: (String) -> String = { _ in "" }) -> [String] {
    var words: [String] = []
    var current = ""
    var inWord = false
    var chars = Array(line)[...]
    while let c = chars.popFirst() {
      switch c {
      case " ", "\t":
        if inWord { words.append(current) }
        current = ""
        inWord = false
      case "'":
        inWord = true
        while let q = chars.popFirst(), q != "'" { current.append(q) }
      case "\"":
        inWord = true
        while let q = chars.popFirst(), q != "\"" {
          if q == "\\", let next = chars.first, next == "\"" || next == "\\" || next == "$" {
            current.append(chars.removeFirst())
          } else if q == "$", chars.first == "(" {
            current += substitution(&chars, substitute)
          } else {
            current.append(q)
          }
        }
      case "$" where chars.first == "(":
        inWord = true
        current += substitution(&chars, substitute)
      case "\\":
        inWord = true
        if let next = chars.popFirst() { current.append(next) }
      default:
        inWord = true
        current.append(c)
      }
    }
    if inWord { words.append(current) }
    return words
  }

  /// The output of the command in `$(...)`, whose `(` is next in `chars`.
  private static func substitution(_ chars: inout ArraySlice<Character>, _ substitute: (String) -> String) -> String {
    chars.removeFirst()
    var inner = ""
    while let c = chars.popFirst(), c != ")" { inner.append(c) }
    return substitute(inner)
  }

  /// `NAME=VALUE` as a shell reads it before a command: a variable for that command alone.
  static func assignment(_ word: String) -> (name: String, value: String)? {
    guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { return nil }
    let name = word[..<equals]
    guard name.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }), !name.first!.isNumber
    else { return nil }
    return (String(name), String(word[word.index(after: equals)...]))
  }
}
