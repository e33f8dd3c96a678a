import IAMEncoding

/// The outcome of reading a command line.
public enum ParseOutcome: Sendable {
  case run(ParsedArguments)
  case help
  /// What is wrong with the line: one problem per line of the text.
  case usageError(String)
}

/// Reads a command line exactly as IAMCli 1.5.0 did (spec §4.2): options in any order, each
/// option's value is always the next token even if it starts with `-`, the last value of a
/// single-valued option wins, repeatable options keep their order, choices ignore case, and there
/// are no positional arguments, no bundling, no `--opt=value` and no `--`. A token that is exactly
/// `-h`, anywhere, asks for help.
///
/// What differs is how a wrong line is reported. IAMCli (legacy mode) stopped at the first
/// problem from the left, or named the first missing required option. Otherwise every problem
/// is named at once, so that one correction is enough: each wrong word on a line of its own, then
/// everything required that is missing in one line, including a choice of options of which one
/// must be given; and a refused value comes with the values that would do.
public enum ArgumentParser {
  public static func parse(_ arguments: [String], for command: CommandSpec, legacy: Bool) -> ParseOutcome {
    if arguments.contains("-h") { return .help }
    let options = command.optionsInAnyOrder
    var parsed = ParsedArguments()
    var problems: [String] = []
    var index = 0
    while index < arguments.count {
      let token = arguments[index]
      index += 1
      guard let option = options.first(where: { $0.name == token || $0.alias == token }) else {
        if command.operands != nil, !token.hasPrefix("-") {
          parsed.addOperand(token)
          continue
        }
        problems.append(token.hasPrefix("-") ? "\"\(token)\" is not a valid option" : "No argument is allowed: \(token)")
        if legacy { break }
        continue
      }
      guard option.takesValue else {
        parsed.add(option, "")
        continue
      }
      guard index < arguments.count else {
        problems.append("Option \"\(option.name)\" takes an operand")
        // Given, if without its value: it is not also missing.
        parsed.add(option, "")
        break
      }
      let value = arguments[index]
      index += 1
      // A refused value still counts as given, for the same reason.
      parsed.add(option, option.canonicalChoice(value) ?? value)
      if let refusal = refusal(of: value, for: option, legacy: legacy) {
        problems.append(refusal)
        if legacy { break }
      }
    }
    if legacy {
      if let first = problems.first { return .usageError(first) }
      // The first missing in the order help lists them, as IAMCli named it.
      let isMissing = { (option: OptionSpec) in option.isRequired && !parsed.flag(option) }
      if options.contains(where: isMissing), let missing = command.allOptions.first(where: isMissing) {
        return .usageError("Option \"\(missing.name)\" is required")
      }
      return .run(parsed)
    }
    if let missing = missingRequirements(command, parsed) { problems.append(missing) }
    return problems.isEmpty ? .run(parsed) : .usageError(problems.joinedText(separator: "\n"))
  }

  /// Why `value` cannot be the option's value, or nil when it can.
  private static func refusal(of value: String, for option: OptionSpec, legacy: Bool) -> String? {
    let accepted: String
    switch option.kind {
    case .integer where JavaInteger.parse(value) == nil: accepted = "a whole number from -2147483648 to 2147483647"
    case .choice(let choices) where option.canonicalChoice(value) == nil: accepted = Wording.list(choices, "or")
    default: return nil
    }
    let message = "\"\(value)\" is not a valid value for \"\(option.name)\""
    return legacy ? message : message + ": use " + accepted
  }

  /// `Options "-p" and "-u" are required, and one of "-f" and "-o"`, or nil when nothing is missing.
  static func missingRequirements(_ command: CommandSpec, _ parsed: ParsedArguments) -> String? {
    let unsorted = command.optionsInAnyOrder
    let requiredGiven = unsorted.allSatisfy { !$0.isRequired || parsed.flag($0) }
    let choiceGiven = command.exactlyOneOf.isEmpty || unsorted.contains { command.exactlyOneOf.contains($0.name) && parsed.flag($0) }
    if requiredGiven && choiceGiven { return nil }
    // What is missing is named in the order help lists the options.
    let options = command.allOptions
    let missing = options.filter { $0.isRequired && !parsed.flag($0) }.map { "\"\($0.name)\"" }
    let alternatives = options.filter { command.exactlyOneOf.contains($0.name) }
    let choiceMissing = !alternatives.isEmpty && !alternatives.contains { parsed.flag($0) }
    guard !missing.isEmpty || choiceMissing else { return nil }
    let choice = "one of " + Wording.list(alternatives.map { "\"\($0.name)\"" }, "and")
    switch (missing.count, choiceMissing) {
    case (0, _): return "O" + choice.dropFirst() + " is required"
    case (1, _): return "Option \(missing[0]) is required" + (choiceMissing ? ", and " + choice : "")
    default: return "Options \(Wording.list(missing, "and")) are required" + (choiceMissing ? ", and " + choice : "")
    }
  }
}

/// Lists in prose: `A`, `A or B`, `A, B and C`.
enum Wording {
  static func list(_ items: [String], _ conjunction: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joinedText(separator: ", ") + " \(conjunction) " + items[items.count - 1]
  }
}
