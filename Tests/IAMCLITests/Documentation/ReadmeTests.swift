import Foundation
import IAMCLI
import Testing

/// The README states facts that the code also states; these tests keep the two from drifting.
@Suite struct ReadmeTests {
  static let readme: [String] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }()

  func section(_ heading: String) -> [String] {
    guard let start = Self.readme.firstIndex(of: heading) else { return [] }
    let rest = Self.readme[(start + 1)...]
    return Array(rest.prefix { !$0.hasPrefix("## ") })
  }

  @Test func theTwoSetUpCommandsComeFirst() {
    let firstBlock = Self.readme.drop { $0 != "```sh" }.dropFirst().prefix { $0 != "```" }
    #expect(Array(firstBlock) == ["swift build -c release && .build/release/iam install", "swift test"])
  }

  @Test func differencesListTheSamePointsAsTheManPageInTheSameOrder() {
    let items = section("## Differences from IAMCli 1.5.0").filter { $0.hasPrefix("- **") }
    let titles = items.map { item in
      String(item.dropFirst(4).prefix { $0 != "*" }).trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
    }
    #expect(titles == LegacyDifference.all.map(\.title))
  }

  @Test func exitStatusTableMatchesTheCode() {
    let rows = section("## Exit status").filter { $0.hasPrefix("| ") && $0.first(where: \.isNumber) != nil }
    let expected = ExitStatus.allCases.map { status in
      "| \(status.rawValue) | \(status.meaning.replacingOccurrences(of: "AWS_SIM_CLOCK", with: "`AWS_SIM_CLOCK`")) |"
    }
    #expect(rows.map { $0.replacingOccurrences(of: "`", with: "") } == expected.map { $0.replacingOccurrences(of: "`", with: "") })
  }

  /// Every line the quickstart shows a command printing is a line the quickstart transcript
  /// recorded, so the README cannot show output that iam does not produce.
  @Test func quickstartOutputIsWhatTheTranscriptsRecord() throws {
    let transcripts = try ["quickstart.transcript", "ec2-role.transcript"].flatMap { name in
      try String(contentsOf: Transcript.directory.appendingPathComponent(name), encoding: .utf8)
        .split(separator: "\n").map { $0.hasPrefix("! ") ? String($0.dropFirst(2)) : String($0) }
    }
    let recorded = Set(transcripts)
    let quickstart = section("## Quickstart")
    var inConsole = false
    var checked = 0
    for line in quickstart {
      if line == "```console" { inConsole = true; continue }
      if line == "```" { inConsole = false; continue }
      guard inConsole, line.hasPrefix("arn:") || line.hasPrefix("AKIA") || line.hasPrefix("AIDA")
        || line.hasPrefix("AROA") || line.hasPrefix("{\"") || line.hasPrefix("403 ") || line.hasPrefix("IsTruncated")
      else { continue }
      #expect(recorded.contains(line), "README line not in a transcript: \(line)")
      checked += 1
    }
    #expect(checked >= 15)
  }
}
