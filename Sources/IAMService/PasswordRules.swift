import IAMEncoding
import IAMStore

/// What a new console password must be: what the account's password policy requires, or, while
/// the account has none, IAM's default rules (at least 8 characters, and at least three of the
/// four kinds of character). A policy applies when a password is set, not to passwords set
/// before it (spec §3.4); only its expiry reaches back.
///
/// IAM's own wording of a violation is not known; this names each rule the password breaks.
struct PasswordRules {
  let policy: PasswordPolicyRecord?

  /// The characters IAM counts as symbols.
  static let symbols = "!@#$%^&*()_+-=[]{}|'"
  static let defaultMinimumLength = 8

  /// Throws `PasswordPolicyViolation` naming every rule `password` breaks.
  func check(_ password: String) throws {
    let broken = brokenRules(password)
    guard !broken.isEmpty else { return }
    throw IAMError(.passwordPolicyViolation, "\(PasswordRules.preamble(policy)): it needs \(PasswordRules.list(broken)).")
  }

  /// Throws `PasswordPolicyViolation` when reuse prevention forbids a password because it is one
  /// of the user's latest (`isRecent` says whether it is, and is asked only when it matters).
  func checkReuse(isRecent: @autoclosure () -> Bool) throws {
    guard let count = policy?.passwordReusePrevention, isRecent() else { return }
    let latest = count == 1 ? "the current password" : "one of the user's last \(count) passwords"
    throw IAMError(
      .passwordPolicyViolation, "\(PasswordRules.preamble(policy)): it is \(latest), which cannot be used again.")
  }

  /// How many earlier passwords to remember besides the current one.
  var remembered: Int { max(0, (policy?.passwordReusePrevention ?? 0) - 1) }

  private func brokenRules(_ password: String) -> [String] {
    let kinds = CharacterKinds(password)
    guard let policy else {
      var broken: [String] = []
      if kinds.count < PasswordRules.defaultMinimumLength {
        broken.append("at least \(PasswordRules.defaultMinimumLength) characters")
      }
      if kinds.variety < 3 {
        broken.append(
          "at least three of the four kinds of character: \(PasswordRules.list(CharacterKinds.names, "and"))")
      }
      return broken
    }
    var broken: [String] = []
    if kinds.count < policy.minimumPasswordLength { broken.append("at least \(policy.minimumPasswordLength) characters") }
    if policy.requireUppercaseCharacters && !kinds.upper { broken.append(CharacterKinds.upperName) }
    if policy.requireLowercaseCharacters && !kinds.lower { broken.append(CharacterKinds.lowerName) }
    if policy.requireNumbers && !kinds.digit { broken.append(CharacterKinds.digitName) }
    if policy.requireSymbols && !kinds.symbol { broken.append(CharacterKinds.symbolName) }
    return broken.map { $0.hasPrefix("at least") ? $0 : "at least one " + $0 }
  }

  private static func preamble(_ policy: PasswordPolicyRecord?) -> String {
    policy == nil
      ? "Password does not conform to the default password policy, which applies while the account has none"
      : "Password does not conform to the account password policy"
  }

  static func list(_ items: [String], _ conjunction: String = "and") -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joinedText(separator: ", ") + " \(conjunction) " + items[items.count - 1]
  }
}

/// Which of the four kinds of character IAM's rules name a password has, and its length.
struct CharacterKinds {
  static let upperName = "uppercase letter (A-Z)"
  static let lowerName = "lowercase letter (a-z)"
  static let digitName = "number (0-9)"
  static let symbolName = "symbol (one of \(PasswordRules.symbols.map { String($0) }.joinedText(separator: " ")))"
  static let names = [
    "uppercase letters (A-Z)", "lowercase letters (a-z)", "numbers (0-9)",
    "symbols (\(PasswordRules.symbols.map { String($0) }.joinedText(separator: " ")))",
  ]

  var count = 0
  var upper = false
  var lower = false
  var digit = false
  var symbol = false

  init(_ password: String) {
    for scalar in password.unicodeScalars {
      count += 1
      switch scalar {
      case "A"..."Z": upper = true
      case "a"..."z": lower = true
      case "0"..."9": digit = true
      default: symbol = symbol || PasswordRules.symbols.unicodeScalars.contains(scalar)
      }
    }
  }

  var variety: Int { [upper, lower, digit, symbol].filter { $0 }.count }
}
