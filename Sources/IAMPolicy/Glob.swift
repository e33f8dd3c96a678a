/// Matching of patterns in which `*` stands for any run of characters (including none) and `?`
/// for exactly one, as IAM uses them in actions, resources and the *Like condition operators.
///
/// Works on UTF-8 bytes without building intermediate arrays, because every request compares
/// the caller's action and resource with every statement of every policy. A `?` consumes one
/// whole character (one Unicode scalar), and a `*` only ever gives back whole characters.
enum Glob {
  /// Whether all of `text` matches `pattern` as written in a policy.
  static func matches(_ pattern: Substring, _ text: Substring, ignoringASCIICase: Bool = false) -> Bool {
    withUTF8(pattern) { p in
      withUTF8(text) { t in match(p, wildcards: nil, t, ignoringASCIICase: ignoringASCIICase) }
    }
  }

  /// Whether all of `text` matches a pattern after policy-variable substitution, in which the
  /// substituted values match only themselves.
  static func matches(_ parts: [TemplatePart], _ text: Substring) -> Bool {
    withUTF8(text) { t in matches(parts, t) }
  }

  /// The same, over the UTF-8 bytes of the text.
  static func matches(_ parts: [TemplatePart], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var bytes: [UInt8] = []
    var wildcards: [Bool] = []
    for part in parts {
      switch part {
      case .written(let piece):
        for byte in piece.utf8 {
          bytes.append(byte)
          wildcards.append(byte == asterisk || byte == question)
        }
      case .literal(let piece):
        bytes.append(contentsOf: piece.utf8)
        wildcards.append(contentsOf: repeatElement(false, count: piece.utf8.count))
      }
    }
    return bytes.withUnsafeBufferPointer { p in
      wildcards.withUnsafeBufferPointer { w in match(p, wildcards: w, text, ignoringASCIICase: false) }
    }
  }

  static let asterisk = UInt8(ascii: "*")
  private static let question = UInt8(ascii: "?")

  /// The matcher proper: `wildcards[i]` says whether `pattern[i]` is a wildcard; without the mask
  /// every `*` and `?` is one.
  static func match(
    _ pattern: UnsafeBufferPointer<UInt8>, wildcards: UnsafeBufferPointer<Bool>?,
    _ text: UnsafeBufferPointer<UInt8>, ignoringASCIICase: Bool
  ) -> Bool {
    func isWildcard(_ index: Int) -> Bool {
      wildcards.map { $0[index] } ?? true
    }
    var p = 0
    var t = 0
    // The position after the most recent `*` in the pattern, and where its text ends so far.
    var resume = -1
    var starText = 0
    while t < text.count {
      if p < pattern.count {
        let byte = pattern[p]
        if byte == asterisk, isWildcard(p) {
          p += 1
          resume = p
          starText = t
          continue
        }
        if byte == question, isWildcard(p) {
          p += 1
          t += characterLength(text, at: t)
          continue
        }
        if same(byte, text[t], ignoringASCIICase) {
          p += 1
          t += 1
          continue
        }
      }
      // Mismatch: let the last `*` take one more character, or fail if there is none.
      guard resume >= 0 else { return false }
      starText += characterLength(text, at: starText)
      t = starText
      p = resume
    }
    while p < pattern.count, pattern[p] == asterisk, isWildcard(p) { p += 1 }
    return p == pattern.count
  }

  /// How many bytes the character starting at `index` takes, at least one.
  private static func characterLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    var end = index + 1
    while end < text.count, text[end] & 0xC0 == 0x80 { end += 1 }
    return end - index
  }

  static func same(_ a: UInt8, _ b: UInt8, _ ignoringASCIICase: Bool) -> Bool {
    if a == b { return true }
    guard ignoringASCIICase else { return false }
    return folded(a) == folded(b)
  }

  private static func folded(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
  }
}

/// Runs `body` over the UTF-8 bytes of `text`, copying only if the storage is not contiguous.
func withUTF8<R>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
  if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
  return Array(text.utf8).withUnsafeBufferPointer(body)
}

/// The same for a whole string, without making a substring of it first.
func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
  if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
  return Array(text.utf8).withUnsafeBufferPointer(body)
}
