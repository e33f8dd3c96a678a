/// Quoting for the three completion scripts, in one place: a help text with a quote, a colon or a
/// bracket must stay text in every shell (swift-argument-parser's issues #218, #221, #761, #810
/// show how easily one generator slips when each quotes on its own).
enum ShellEscaping {
  /// A bash (or zsh) single-quoted word: `'` becomes `'\''`.
  static func singleQuoted(_ text: String) -> String {
    "'" + text.replacing("'", with: #"'\''"#) + "'"
  }

  /// Text inside a zsh `_arguments` spec (`-u[help]:message:action`), where `\`, `[`, `]` and `:`
  /// are syntax; the result still has to be single-quoted.
  static func zshSpecText(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\[]:".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// A fish single-quoted word: only `\` and `'` are special inside.
  static func fishQuoted(_ text: String) -> String {
    "'" + text.replacing("\\", with: #"\\"#).replacing("'", with: #"\'"#) + "'"
  }
}

/// What a completion script offers for an option's value, from the table's value kind and
/// completion kind.
enum ValueCompletion: Equatable {
  /// The option is a switch: it has no value.
  case none
  /// Free text: nothing to offer.
  case text
  case files
  case choices([String])
  /// Names from the account store, which the script asks `iam __complete` for.
  case live
}

extension OptionSpec {
  var valueCompletion: ValueCompletion {
    guard takesValue else { return .none }
    if case .choice(let choices) = kind { return .choices(choices) }
    switch completion {
    case .none: return .text
    case .files: return .files
    case .users, .groups, .roles, .instanceProfiles, .policiesOfUser, .policiesOfGroup, .policiesOfRole, .accessKeys,
      .signingCertificates, .serverCertificates, .accountAlias, .mfaDevices, .policyArns, .roleArns,
      .policyActions:
      return .live
    case .values(let values): return .choices(values)
    }
  }

  /// Every way to type the option: `-d` and `--debug`.
  var spellings: [String] { [name] + (alias.map { [$0] } ?? []) }
}

/// The facts every completion script starts from.
enum CompletionFacts {
  static var commands: [CommandSpec] { CommandTable.documented }
  /// The names that run a command directly: `iam`, then one `iam-<command>` per legacy command.
  static var programs: [String] { ["iam"] + commands.filter(\.isLegacy).map(\.legacyName) }
  static let header = "Generated from iam's command table by 'scripts/generate-docs'; do not edit."
}
