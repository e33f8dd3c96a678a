import Foundation
import IAMTestSupport
import Testing

/// Replays every golden transcript in `Transcripts/` (see `Transcript` for the format).
@Suite struct TranscriptTests {
  @Test(arguments: Transcript.names)
  func replay(_ name: String) throws {
    try check(name)
  }

  @Test(
    .enabled(if: OpenSSL.isAvailable, "openssl is not installed; these transcripts make their keys with it"),
    arguments: Transcript.namesNeedingOpenSSL)
  func replayWithOpenSSL(_ name: String) throws {
    try check(name)
  }

  private func check(_ name: String) throws {
    let (recorded, mismatches) = Transcript.replay(name)
    if Self.isRecording(name) {
      try recorded.write(to: Transcript.directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
      Issue.record("recorded \(name); review the change and run the tests again without RECORD_TRANSCRIPTS")
      return
    }
    for mismatch in mismatches { Issue.record(Comment(rawValue: mismatch)) }
  }

  /// `RECORD_TRANSCRIPTS=1` records every transcript; a comma-separated list of file names
  /// records only those, so work on one story cannot silently re-record another.
  static func isRecording(_ name: String) -> Bool {
    guard let setting = ProcessInfo.processInfo.environment["RECORD_TRANSCRIPTS"] else { return false }
    return setting == "1" || setting.split(separator: ",").contains { $0 == name }
  }

  @Test func thereAreTranscriptsToReplay() {
    #expect(Transcript.names.count >= 2)
  }
}
