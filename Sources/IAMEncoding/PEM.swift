/// One armoured block: `-----BEGIN label-----`, optional RFC 1421 headers and a blank line, base64.
public struct PEMBlock: Sendable, Equatable {
  public var label: String
  /// Headers such as `Proc-Type: 4,ENCRYPTED` and `DEK-Info: AES-256-CBC,...`, by name as written.
  public var headers: [String: String]
  public var der: [UInt8]

  public init(label: String, headers: [String: String] = [:], der: [UInt8]) {
    self.label = label
    self.headers = headers
    self.der = der
  }
}

public struct PEMError: Error, Sendable, Equatable {
  public var reason: String
  public init(reason: String) { self.reason = reason }
}

/// Reads PEM text the way openssl does: text outside blocks is ignored (a certificate file often
/// carries openssl's own description of it above the block), lines may end in CRLF and carry
/// trailing blanks, and blank lines inside the base64 are passed over.
public enum PEM {
  public static func blocks(in text: String) throws(PEMError) -> [PEMBlock] {
    let bytes = Array(text.utf8)
    var blocks: [PEMBlock] = []
    var open: OpenBlock?
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      let line = bytes[lineStart..<lineEnd]
      lineStart = lineEnd + 1
      let trimmed = trimmingBlanks(line)
      // Nearly every line is base64, which never starts with a dash.
      let mayBeArmour = trimmed.first == UInt8(ascii: "-")
      if mayBeArmour, let label = try armourLabel(trimmed, keyword: "BEGIN") {
        if let current = open {
          throw PEMError(reason: "the \(current.label) block has no END line before the next BEGIN line")
        }
        open = OpenBlock(label: label)
      } else if mayBeArmour, let label = try armourLabel(trimmed, keyword: "END") {
        // An END line outside any block is text outside blocks, which is ignored.
        guard let current = open else { continue }
        guard label == current.label else {
          throw PEMError(reason: "the \(current.label) block ends with an END line for \(label)")
        }
        blocks.append(try current.finish())
        open = nil
      } else {
        open?.take(line: line, trimmed: trimmed)
      }
    }
    if let current = open { throw PEMError(reason: "the \(current.label) block has no END line") }
    return blocks
  }

  /// The label of a `-----BEGIN label-----` (or END) line, nil for any other line; a line that
  /// starts like one but does not end with the five dashes is an error, not text to skip.
  private static func armourLabel(_ line: ArraySlice<UInt8>, keyword: String) throws(PEMError) -> String? {
    let prefix = Array("-----\(keyword) ".utf8)
    guard line.starts(with: prefix) else { return nil }
    let dashes = Array("-----".utf8)
    guard line.count >= prefix.count + dashes.count, line.suffix(dashes.count).elementsEqual(dashes) else {
      throw PEMError(reason: "the \(keyword) line \(String(decoding: line.prefix(80), as: UTF8.self)) does not end with five dashes")
    }
    return String(decoding: line.dropFirst(prefix.count).dropLast(dashes.count), as: UTF8.self)
  }

  static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
      || byte == 0x0B || byte == 0x0C
  }

  static func trimmingBlanks(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var start = line.startIndex
    var end = line.endIndex
    while start < end && isBlank(line[start]) { start += 1 }
    while end > start && isBlank(line[end - 1]) { end -= 1 }
    return line[start..<end]
  }
}

/// A block between its BEGIN line and its END line: headers first, then the base64 body.
private struct OpenBlock {
  let label: String
  var headers: [String: String] = [:]
  private var lastHeader: String?
  private var inHeaders = true
  private var base64: [UInt8] = []

  init(label: String) { self.label = label }

  mutating func take(line: ArraySlice<UInt8>, trimmed: ArraySlice<UInt8>) {
    if inHeaders && takeHeader(line: line, trimmed: trimmed) { return }
    inHeaders = false
    // A line of base64 rarely has blanks inside; it is then taken whole.
    if trimmed.contains(where: PEM.isBlank) {
      for byte in trimmed where !PEM.isBlank(byte) { base64.append(byte) }
    } else {
      base64.append(contentsOf: trimmed)
    }
  }

  /// RFC 1421 headers: `Name: value` lines, continued on lines that start with a blank, ended by
  /// a blank line. A blank line before any header is just a stray blank line.
  private mutating func takeHeader(line: ArraySlice<UInt8>, trimmed: ArraySlice<UInt8>) -> Bool {
    if trimmed.isEmpty {
      if !headers.isEmpty { inHeaders = false }
      return true
    }
    if let name = lastHeader, let first = line.first, PEM.isBlank(first) {
      headers[name, default: ""] += " " + String(decoding: trimmed, as: UTF8.self)
      return true
    }
    guard let colon = trimmed.firstIndex(of: UInt8(ascii: ":")) else { return false }
    let name = String(decoding: PEM.trimmingBlanks(trimmed[..<colon]), as: UTF8.self)
    headers[name] = String(decoding: PEM.trimmingBlanks(trimmed[(colon + 1)...]), as: UTF8.self)
    lastHeader = name
    return true
  }

  func finish() throws(PEMError) -> PEMBlock {
    guard !base64.isEmpty else { throw PEMError(reason: "the \(label) block is empty") }
    guard let der = Base64.decode(base64) else {
      throw PEMError(reason: "the \(label) block is not valid base64")
    }
    return PEMBlock(label: label, headers: headers, der: der)
  }
}
