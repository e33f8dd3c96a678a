import Foundation
import Testing

/// A golden transcript: a shell session written as it should appear, replayed in-process.
///
/// ```
/// $ iam-groupcreate -g Admin -v
/// arn:aws:iam::123456789012:group/Admin      <- standard output, line by line
/// ! iam: a line on standard error            <- "! " marks standard error
/// [exit 1]                                   <- the status, when it is not 0
/// $ cat > policy.json <<EOF                  <- writes a file in the sandbox
/// ...
/// EOF
/// $ export AWS_CREDENTIAL_FILE=david.cred    <- sets (or `unset`s) a variable
/// $ # a comment                              <- says why the next steps matter
/// ```
///
/// `RECORD_TRANSCRIPTS=1 swift test` (or `RECORD_TRANSCRIPTS=a.transcript,b.transcript`) rewrites
/// the files from what the commands print now and fails the test, so that a recording is never mistaken for a pass; review the diff.
struct Transcript {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Transcripts")

  static var names: [String] { all.filter { !needsOpenSSL($0) } }

  /// The transcripts that run openssl themselves, replayed only where it is installed.
  static var namesNeedingOpenSSL: [String] { all.filter(needsOpenSSL) }

  private static var all: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return files.filter { $0.hasSuffix(".transcript") }.sorted()
  }

  private static func needsOpenSSL(_ name: String) -> Bool {
    let text = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
    return text.contains("\n$ openssl ") || text.hasPrefix("$ openssl ")
  }

  enum Step {
    case command(String, expected: [String])
    case file(name: String, content: String, permissions: Int)
    case export(String, String?)
    case comment(String)
  }

  static func parse(_ text: String) -> [Step] {
    var steps: [Step] = []
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
    if lines.last == "" { lines.removeLast() }
    while let line = lines.popFirst() {
      guard line.hasPrefix("$ ") else { continue }
      let command = String(line.dropFirst(2))
      if command.hasPrefix("# ") {
        steps.append(.comment(command))
      } else if command.hasPrefix("cat > "), let range = command.range(of: " <<EOF") {
        var content: [String] = []
        while let body = lines.popFirst(), body != "EOF" { content.append(body) }
        var name = String(command[command.index(command.startIndex, offsetBy: 6)..<range.lowerBound])
        var permissions = 0o600
        if let space = name.firstIndex(of: " ") {  // `cat > f.cred <<EOF` with a mode: `f.cred 644`
          permissions = Int(name[name.index(after: space)...], radix: 8) ?? 0o600
          name = String(name[..<space])
        }
        steps.append(.file(name: name, content: content.map { $0 + "\n" }.joined(), permissions: permissions))
      } else if command.hasPrefix("export "), let equals = command.firstIndex(of: "=") {
        let name = String(command[command.index(command.startIndex, offsetBy: 7)..<equals])
        steps.append(.export(name, String(command[command.index(after: equals)...])))
      } else if command.hasPrefix("unset ") {
        steps.append(.export(String(command.dropFirst(6)), nil))
      } else {
        var expected: [String] = []
        while let next = lines.first, !next.hasPrefix("$ ") {
          expected.append(next)
          lines.removeFirst()
        }
        steps.append(.command(command, expected: expected))
      }
    }
    return steps
  }

  /// The lines a transcript shows for one command's result.
  static func lines(for result: Sandbox.Result) -> [String] {
    var lines = split(result.stdout)
    lines += split(result.stderr).map { "! " + $0 }
    if result.status != 0 { lines.append("[exit \(result.status)]") }
    return lines
  }

  private static func split(_ text: String) -> [String] {
    guard !text.isEmpty else { return [] }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// Replays the transcript `name`, checking every command's output; returns the transcript as
  /// it would be recorded now.
  static func replay(_ name: String) -> (recorded: String, mismatches: [String]) {
    let url = directory.appendingPathComponent(name)
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    let sandbox = Sandbox()
    var recorded: [String] = []
    var mismatches: [String] = []
    for step in parse(text) {
      switch step {
      case .comment(let comment):
        recorded.append("$ " + comment)
      case .file(let file, let content, let permissions):
        sandbox.write(file, content, permissions: permissions)
        let mode = permissions == 0o600 ? "" : " " + String(permissions, radix: 8)
        recorded.append("$ cat > \(file)\(mode) <<EOF")
        recorded += split(content)
        recorded.append("EOF")
      case .export(let variable, let value):
        sandbox.environment[variable] = value
        recorded.append(value.map { "$ export \(variable)=\($0)" } ?? "$ unset \(variable)")
      case .command(let command, let expected):
        let actual = lines(for: sandbox.run(command))
        recorded.append("$ " + command)
        recorded += actual
        if actual != expected {
          mismatches.append(
            "\(name): `\(command)`\n--- expected\n\(expected.joined(separator: "\n"))\n--- actual\n\(actual.joined(separator: "\n"))"
          )
        }
      }
    }
    return (recorded.joined(separator: "\n") + "\n", mismatches)
  }
}
