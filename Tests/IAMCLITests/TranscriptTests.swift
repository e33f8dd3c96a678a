import Foundation
import Testing

/// Replays every golden transcript in `Transcripts/` (see `Transcript` for the format).
@Suite struct TranscriptTests {
  @Test(arguments: Transcript.names)
  func replay(_ name: String) throws {
    let (recorded, mismatches) = Transcript.replay(name)
    if ProcessInfo.processInfo.environment["RECORD_TRANSCRIPTS"] == "1" {
      try recorded.write(to: Transcript.directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
      Issue.record("recorded \(name); review the change and run the tests again without RECORD_TRANSCRIPTS")
      return
    }
    for mismatch in mismatches { Issue.record(Comment(rawValue: mismatch)) }
  }

  @Test func thereAreTranscriptsToReplay() {
    #expect(Transcript.names.count >= 2)
  }
}
