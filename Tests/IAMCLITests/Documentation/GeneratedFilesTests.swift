import Foundation
import Testing

@testable import IAMCLI

/// The committed man pages and completion scripts are exactly what the generators make from the
/// command table now.
@Suite struct GeneratedFilesTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let howToRegenerate =
    "regenerate with \(GeneratedFiles.regenerateCommand) (it runs: swift run iam __generate-docs .) and commit the result"

  @Test func committedFilesAreCurrent() {
    for file in GeneratedFiles.all() {
      let path = Self.repository.appendingPathComponent(file.path).path
      guard let data = FileManager.default.contents(atPath: path) else {
        Issue.record("\(file.path) is missing; \(Self.howToRegenerate)")
        continue
      }
      let committed = String(decoding: data, as: UTF8.self)
      if committed != file.content {
        Issue.record("\(file.path) is out of date (\(Self.firstDifference(committed, file.content))); \(Self.howToRegenerate)")
      }
    }
  }

  @Test func noPageOfAVanishedCommandIsCommitted() throws {
    let generated = Set(GeneratedFiles.manPages().map { ($0.path as NSString).lastPathComponent })
    let directory = Self.repository.appendingPathComponent(GeneratedFiles.manDirectory).path
    let committed = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".1") }
    for page in committed where !generated.contains(page) {
      Issue.record("man/\(page) belongs to no command in the table; \(Self.howToRegenerate)")
    }
  }

  @Test func generatingTwiceGivesTheSameBytes() {
    let first = GeneratedFiles.all()
    let second = GeneratedFiles.all()
    #expect(first.map(\.path) == second.map(\.path))
    for (a, b) in zip(first, second) where a.content != b.content {
      Issue.record("\(a.path) differs between two runs: \(Self.firstDifference(a.content, b.content))")
    }
  }

  @Test func everyDocumentedCommandHasAPageAndNoHiddenOneDoes() {
    let pages = Set(GeneratedFiles.manPages().map(\.path))
    for command in CommandTable.all {
      #expect(pages.contains("man/iam-\(command.name).1") == !command.isHidden, "\(command.name)")
    }
    #expect(pages.contains("man/iam.1"))
  }

  /// "line 12: expected ..., found ..." for the first line that differs.
  static func firstDifference(_ old: String, _ new: String) -> String {
    let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
    let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(oldLines.count, newLines.count) {
      let was = index < oldLines.count ? String(oldLines[index]) : "<end>"
      let now = index < newLines.count ? String(newLines[index]) : "<end>"
      if was != now { return "line \(index + 1): committed \(was.debugDescription), generated \(now.debugDescription)" }
    }
    return "no line differs"
  }
}
