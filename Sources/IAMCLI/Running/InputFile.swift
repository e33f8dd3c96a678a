#if canImport(Glibc)
  import Glibc
#endif
import IAMStore

/// Reads a document named on the command line the way the legacy tool did (spec §5.5): line by
/// line, each line ended with `\n` again, so CRLF becomes LF and a final newline is always there.
enum InputFile {
  /// What a file may be made to hold: the most bytes it can have, and the words that say why.
  struct Limit: Sendable {
    let bytes: Int
    let reason: String

    /// The API takes at most 131,072 characters of policy, and a character is at most four
    /// bytes of UTF-8.
    static let policyDocument = Limit(bytes: 131_072 * 4, reason: "a policy document holds at most 131,072 characters")
    static let certificate = Limit(bytes: 16_384 * 4, reason: "a certificate holds at most 16,384 characters")
    static let privateKey = Limit(bytes: 16_384 * 4, reason: "a private key holds at most 16,384 characters")
    /// A seed is 64 base32 characters; a file much larger is not one.
    static let mfaSeed = Limit(bytes: 4096, reason: "an MFA seed is a line of base32 text")
    static let certificateChain = Limit(
      bytes: 2_097_152 * 4, reason: "a certificate chain holds at most 2,097,152 characters")
  }

  static func read(_ path: String, workingDirectory: String, limit: Limit = .policyDocument) throws(CLIError) -> String {
    let resolved = FileSystem.resolve(path, against: workingDirectory)
    let outcome: FileSystem.InputRead
    do {
      outcome = try FileSystem.readInput(resolved, limit: limit.bytes)
    } catch {
      throw .unusableFile(path: path, reason: error.reason, isDirectory: false)
    }
    let bytes: [UInt8]
    switch outcome {
    case .bytes(let content): bytes = content
    case .missing: throw .fileNotFound(path: path)
    case .tooLarge:
      throw .unusableFile(path: path, reason: "it is larger than \(limit.bytes) bytes, and \(limit.reason)", isDirectory: false)
    case .notAFile(let kind):
      throw .unusableFile(path: path, reason: "it is \(kind), not a file", isDirectory: kind == FileSystem.describe(S_IFDIR))
    }
    // Every line ends with \n, whatever ended it (\r\n, \r, or the end of the file). Done on the
    // bytes, which no line break can hide inside: a certificate is read in every upload, and
    // most files have no \r to replace.
    guard bytes.contains(0x0D) else {
      let complete = bytes.last == nil || bytes.last == 0x0A ? bytes : bytes + [0x0A]
      return String(decoding: complete, as: UTF8.self)
    }
    var normalized: [UInt8] = []
    normalized.reserveCapacity(bytes.count + 1)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0D {
        normalized.append(0x0A)
        if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
      } else {
        normalized.append(byte)
      }
      index += 1
    }
    if let last = normalized.last, last != 0x0A { normalized.append(0x0A) }
    // Invalid UTF-8 becomes U+FFFD, as Java's decoder does; the service then rejects it.
    return String(decoding: normalized, as: UTF8.self)
  }
}
