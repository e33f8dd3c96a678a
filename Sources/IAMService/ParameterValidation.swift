import IAMEncoding
import IAMPolicy
import IAMStore

/// Server-side parameter checks with AWS's `ValidationError` wording.
///
/// Every violation of an operation is collected before failing, because AWS reports them all in
/// one message: `2 validation errors detected: <first>; <second>`.
struct ParameterValidation {
  private var violations: [String] = []
  /// Where a policy document holds a character IAM refuses, for the person who wrote it.
  private var diagnostic: PolicyDiagnostic?

  /// `[\w+=,.@-]+`: the characters IAM allows in entity and policy names (ASCII `\w` only).
  static let namePattern = "[\\w+=,.@-]+"
  static let pathPattern = "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"
  static let pathPrefixPattern = "\\u002F[\\u0021-\\u007F]*"
  static let documentPattern = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"
  static let markerPattern = "[\\u0020-\\u00FF]+"
  static let accessKeyIdPattern = "[\\w]+"
  static let accountAliasPattern = "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"
  static let policyPathPattern = "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"
  static let versionIdPattern = "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"
  static let descriptionPattern = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]*"

  mutating func name(_ value: String?, _ member: String, max: Int, required: Bool = true) {
    guard let value else {
      if required { null(member) }
      return
    }
    length(value, member, min: 1, max: max)
    pattern(value, member, ParameterValidation.namePattern) { $0.allSatisfy(isNameCharacter) }
  }

  mutating func path(_ value: String?, _ member: String = "path") {
    guard let value else { return }
    length(value, member, min: 1, max: 512)
    pattern(value, member, ParameterValidation.pathPattern) { scalars in
      guard scalars.first == "/" && scalars.last == "/" else { return false }
      return scalars.count == 1 || (scalars.count > 2 && scalars.allSatisfy { $0.value >= 0x21 && $0.value <= 0x7E })
    }
  }

  mutating func pathPrefix(_ value: String?) {
    guard let value else { return }
    length(value, "pathPrefix", min: 1, max: 512)
    pattern(value, "pathPrefix", ParameterValidation.pathPrefixPattern) { scalars in
      scalars.first == "/" && scalars.allSatisfy { $0.value >= 0x21 && $0.value <= 0x7F }
    }
  }

  /// A managed policy's path, or a prefix of one in a listing: `((/[A-Za-z0-9\.,\+@=_-]+)*)/`.
  mutating func policyPath(_ value: String?, _ member: String = "path") {
    guard let value else { return }
    length(value, member, min: 1, max: 512)
    pattern(value, member, ParameterValidation.policyPathPattern) { PolicyArn.isValidPath(String($0)) }
  }

  /// The ARN of a managed policy: 20 to 2,048 characters. Its shape is the operation's to check.
  mutating func policyArn(_ value: String?) {
    guard let value else { return null("policyArn") }
    length(value, "policyArn", min: 20, max: 2048)
  }

  /// A policy version's id, such as `v2`.
  mutating func versionId(_ value: String?) {
    guard let value else { return null("versionId") }
    pattern(value, "versionId", ParameterValidation.versionIdPattern) { scalars in
      let text = Array(String(scalars).utf8)
      guard text.count >= 2, text[0] == UInt8(ascii: "v"), text[1] >= 0x31, text[1] <= 0x39 else { return false }
      var index = 2
      while index < text.count, text[index] >= 0x30, text[index] <= 0x39 { index += 1 }
      guard index < text.count else { return true }
      guard text[index] == UInt8(ascii: ".") else { return false }
      return text[(index + 1)...].allSatisfy { isWordCharacter(Unicode.Scalar($0)) && $0 != UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }
  }

  /// A managed policy's description: up to 1,000 characters of the document alphabet.
  mutating func policyDescription(_ value: String?) {
    guard let value else { return }
    length(value, "description", min: 0, max: 1000)
    if !value.unicodeScalars.allSatisfy({ $0.value == 0x09 || $0.value == 0x0A || $0.value == 0x0D || ($0.value >= 0x20 && $0.value <= 0xFF) }) {
      violations.append(
        "Value '\(Self.shown(value))' at 'description' failed to satisfy constraint: Member must satisfy regular expression pattern: \(ParameterValidation.descriptionPattern)"
      )
    }
  }

  mutating func marker(_ value: String?) {
    guard let value else { return }
    length(value, "marker", min: 1, max: 320)
    pattern(value, "marker", ParameterValidation.markerPattern) {
      $0.allSatisfy { $0.value >= 0x20 && $0.value <= 0xFF }
    }
  }

  mutating func maxItems(_ value: Int?) {
    guard let value else { return }
    range(value, "maxItems", min: 1, max: 1000)
  }

  /// An MFA device's serial number: `[\w+=/:,.@-]+`, 9 to 256 characters.
  mutating func serialNumber(_ value: String?) {
    guard let value else { return null("serialNumber") }
    length(value, "serialNumber", min: 9, max: 256)
    pattern(value, "serialNumber", "[\\w+=/:,.@-]+") { $0.allSatisfy { isNameCharacter($0) || $0 == "/" || $0 == ":" } }
  }

  /// A code an MFA device shows: six digits.
  mutating func authenticationCode(_ value: String?, _ member: String) {
    guard let value else { return null(member) }
    length(value, member, min: 6, max: 6)
    pattern(value, member, "[\\d]+") { $0.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } }
  }

  /// An STS name such as `RoleSessionName` or `SourceIdentity`: `[\w+=,.@-]*`, `min` to `max` characters.
  mutating func stsName(_ value: String?, _ member: String, min: Int = 2, max: Int = 64, required: Bool = false) {
    guard let value else {
      if required { null(member) }
      return
    }
    length(value, member, min: min, max: max)
    pattern(value, member, "[\\w+=,.@-]*") { $0.allSatisfy(isNameCharacter) }
  }

  /// AssumeRole's `ExternalId`: `[\w+=,.@:/-]*`, 2 to 1224 characters.
  mutating func externalId(_ value: String?) {
    guard let value else { return }
    length(value, "externalId", min: 2, max: 1224)
    pattern(value, "externalId", "[\\w+=,.@:\\/-]*") {
      $0.allSatisfy { isNameCharacter($0) || $0 == ":" || $0 == "/" }
    }
  }

  /// An ARN parameter, such as AssumeRole's `RoleArn`: checked for its length only, as STS does.
  mutating func arn(_ value: String?, _ member: String) {
    guard let value else { return null(member) }
    length(value, member, min: 20, max: 2048)
  }

  /// A signing certificate's id: `[\w]+`, 24 to 128 characters.
  mutating func certificateId(_ value: String?) {
    guard let value else { return null("certificateId") }
    length(value, "certificateId", min: 24, max: 128)
    pattern(value, "certificateId", ParameterValidation.accessKeyIdPattern) { $0.allSatisfy(isWordCharacter) }
  }

  mutating func accessKeyId(_ value: String?) {
    guard let value else { return null("accessKeyId") }
    length(value, "accessKeyId", min: 16, max: 128)
    pattern(value, "accessKeyId", ParameterValidation.accessKeyIdPattern) { $0.allSatisfy(isWordCharacter) }
  }

  /// Documents (policies, certificates, keys) are checked without echoing the value, which may be
  /// long, binary or secret. `max` is the member's length limit: 131,072 for a policy, 16,384 for a
  /// certificate body or private key, 2,097,152 for a certificate chain.
  mutating func document(
    _ value: String?, _ member: String = "policyDocument", max: Int = 131_072, what: String = "a policy document",
    required: Bool = true
  ) {
    guard let value else {
      if required { null(member) }
      return
    }
    if let refused = unshownText(value, member, max: max) {
      diagnostic = Self.refusedCharacter(at: refused, in: value, what: what)
    }
  }

  /// A password: the pattern and length of a document, and never an echo of the value, not even
  /// of the character that is refused, since error lines end up in logs.
  mutating func password(_ value: String?, _ member: String) {
    guard let value else { return null(member) }
    _ = unshownText(value, member, max: 128)
  }

  /// Checks `value` against the document pattern and a length of 1 to `max` without quoting it;
  /// returns where the first refused character is.
  ///
  /// Done in one pass over the UTF-8 bytes, as certificates and policies are long: a scalar starts
  /// at every byte that is not a continuation byte, and a scalar up to U+00FF has a lead byte
  /// below 0xC4.
  private mutating func unshownText(_ value: String, _ member: String, max: Int) -> String.Index? {
    var scalars = 0
    var refusedOffset: Int?
    var text = value
    text.withUTF8 { bytes in
      func take(_ offset: Int) {
        let byte = bytes[offset]
        guard byte & 0xC0 != 0x80 else { return }
        scalars += 1
        let allowed = byte < 0x20 ? byte == 0x09 || byte == 0x0A || byte == 0x0D : byte < 0xC4
        if !allowed && refusedOffset == nil { refusedOffset = offset }
      }
      var offset = 0
      // Eight bytes at a time while they are all printable ASCII, which a certificate, a key or
      // a policy nearly all is: eight characters, all allowed.
      let ones: UInt64 = 0x0101_0101_0101_0101
      while offset + 8 <= bytes.count {
        let word = UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        if (word | ((word &- ones &* 0x20) & ~word)) & (ones &* 0x80) == 0 {
          scalars += 8
        } else {
          for index in offset..<offset + 8 { take(index) }
        }
        offset += 8
      }
      while offset < bytes.count {
        take(offset)
        offset += 1
      }
    }
    if scalars == 0 {
      violations.append("Value at '\(member)' failed to satisfy constraint: Member must have length greater than or equal to 1")
    } else if scalars > max {
      violations.append("Value at '\(member)' failed to satisfy constraint: Member must have length less than or equal to \(max)")
    }
    let refused = refusedOffset.map { value.utf8.index(value.utf8.startIndex, offsetBy: $0) }
    if refused != nil {
      violations.append(
        "Value at '\(member)' failed to satisfy constraint: Member must satisfy regular expression pattern: \(ParameterValidation.documentPattern)"
      )
    }
    return refused
  }

  /// `^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$`: lower-case letters, digits and single hyphens
  /// inside, 3 to 63 characters.
  mutating func accountAlias(_ value: String?) {
    guard let value else { return null("accountAlias") }
    length(value, "accountAlias", min: 3, max: 63)
    pattern(value, "accountAlias", ParameterValidation.accountAliasPattern) { scalars in
      let isAliasCharacter = { (c: Unicode.Scalar) in ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "-" }
      return scalars.allSatisfy(isAliasCharacter) && scalars.first != "-" && scalars.last != "-"
        && !String(scalars).contains("--")
    }
  }

  /// An optional integer member with its allowed range.
  mutating func integer(_ value: Int?, _ member: String, _ allowed: ClosedRange<Int>) {
    guard let value else { return }
    range(value, member, min: allowed.lowerBound, max: allowed.upperBound)
  }

  /// Text pasted from a word processor brings typographic quotes, which IAM refuses; saying which
  /// character and where spares a search through the document.
  private static func refusedCharacter(at index: String.Index, in text: String, what document: String) -> PolicyDiagnostic {
    let scalar = text.unicodeScalars[index]
    let code = DisplayText.codePoint(scalar.value)
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: index)
    // Bytes that are not UTF-8 were read as U+FFFD.
    let what = scalar == "\u{FFFD}" ? "text that is not UTF-8" : "\(DisplayText.quoted(String(scalar))) (\(code))"
    return PolicyDiagnostic(
      position: TextPosition(offset: offset, in: Array(text.utf8)),
      explanation: what + " is not allowed in \(document), which may hold only tabs, line breaks and the "
        + "characters U+0020 to U+00FF")
  }

  mutating func enumeration(_ value: String?, _ member: String, _ allowed: [String]) {
    guard let value else { return null(member) }
    if !allowed.contains(value) {
      violations.append(
        "Value '\(Self.shown(value))' at '\(member)' failed to satisfy constraint: Member must satisfy enum value set: [\(allowed.joinedText(separator: ", "))]"
      )
    }
  }

  mutating func null(_ member: String) {
    violations.append("Value null at '\(member)' failed to satisfy constraint: Member must not be null")
  }

  private mutating func length(_ value: String, _ member: String, min: Int, max: Int) {
    let count = value.unicodeScalars.count
    if count < min {
      violations.append(
        "Value '\(Self.shown(value))' at '\(member)' failed to satisfy constraint: Member must have length greater than or equal to \(min)"
      )
    } else if count > max {
      violations.append(
        "Value '\(Self.shown(value))' at '\(member)' failed to satisfy constraint: Member must have length less than or equal to \(max)"
      )
    }
  }

  private mutating func range(_ value: Int, _ member: String, min: Int, max: Int) {
    if value < min {
      violations.append(
        "Value '\(value)' at '\(member)' failed to satisfy constraint: Member must have value greater than or equal to \(min)")
    } else if value > max {
      violations.append(
        "Value '\(value)' at '\(member)' failed to satisfy constraint: Member must have value less than or equal to \(max)")
    }
  }

  private mutating func pattern(
    _ value: String, _ member: String, _ pattern: String, _ matches: (String.UnicodeScalarView) -> Bool
  ) {
    let scalars = value.unicodeScalars
    if scalars.isEmpty || !matches(scalars) {
      violations.append(
        "Value '\(Self.shown(value))' at '\(member)' failed to satisfy constraint: Member must satisfy regular expression pattern: \(pattern)"
      )
    }
  }

  /// Throws the collected violations as one `ValidationError`, if there are any.
  func check() throws(IAMError) {
    guard !violations.isEmpty else { return }
    let count = violations.count
    let head = count == 1 ? "1 validation error detected: " : "\(count) validation errors detected: "
    var error = IAMError(.validationError, head + violations.joinedText(separator: "; "))
    error.diagnostic = diagnostic
    throw error
  }

  /// A value as an error message quotes it: control characters would corrupt the one-line
  /// error format, so they are shown as escapes.
  static func shown(_ value: String) -> String { DisplayText.escapingControls(value) }
}

/// `\w` in Java's default (ASCII) sense.
func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar {
  case "a"..."z", "A"..."Z", "0"..."9", "_": return true
  default: return false
  }
}

func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
  isWordCharacter(scalar) || "+=,.@-".unicodeScalars.contains(scalar)
}
