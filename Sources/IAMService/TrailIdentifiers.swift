import IAMEncoding
import IAMStore

/// The `eventID` and `requestID` of trail records: random UUIDs, or, with a seed (D8), UUIDs
/// derived from it, the command's time and the record's place, so that a replayed session
/// writes the same trail. They draw nothing from the account's id sequence, which would change
/// every id a transcript shows.
struct TrailIdentifiers {
  let seed: String?
  let time: Timestamp
  /// Where the command's records go in the trail, which no other command shares.
  let position: String
  private var counter = 0

  init(seed: String?, time: Timestamp, position: String) {
    self.seed = seed
    self.time = time
    self.position = position
  }

  mutating func next() -> (event: String, request: String) {
    counter += 1
    return (uuid("event"), uuid("request"))
  }

  private func uuid(_ purpose: String) -> String {
    var bytes: [UInt8]
    if let seed {
      bytes = Array(SHA256.hash(Array("\(seed)/trail/\(time.seconds)/\(position)/\(counter)/\(purpose)".utf8)).prefix(16))
    } else {
      bytes = SystemEntropy.bytes(16)
    }
    // Version 4 and the RFC 4122 variant, as any UUID reader expects.
    bytes[6] = bytes[6] & 0x0F | 0x40
    bytes[8] = bytes[8] & 0x3F | 0x80
    let hex = Hex.encode(bytes)
    let utf8 = Array(hex.utf8)
    func part(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self) }
    return [part(0..<8), part(8..<12), part(12..<16), part(16..<20), part(20..<32)].joinedText(separator: "-")
  }
}
