/// The outcome of reading a command line.
public enum ParseOutcome: Sendable {
  case run(ParsedArguments)
  case help
  case usageError(String)
}

/// Reads a command line exactly as IAMCli 1.5.0 did (spec §4.2): options in any order, each
/// option's value is always the next token even if it starts with `-`, the last value of a
/// single-valued option wins, repeatable options keep their order, choices ignore case, and there
/// are no positional arguments, no bundling, no `--opt=value` and no `--`. A token that is exactly
/// `-h`, anywhere, asks for help.
public enum ArgumentParser {
  public static func parse(_ arguments: [String], for command: CommandSpec) -> ParseOutcome {
    if arguments.contains("-h") { return .help }
    let options = command.allOptions
    var parsed = ParsedArguments()
    var index = 0
    while index < arguments.count {
      let token = arguments[index]
      index += 1
      guard let option = options.first(where: { $0.name == token || $0.alias == token }) else {
        if token.hasPrefix("-") { return .usageError("\"\(token)\" is not a valid option") }
        guard command.operands != nil else { return .usageError("No argument is allowed: \(token)") }
        parsed.addOperand(token)
        continue
      }
      guard option.takesValue else {
        parsed.add(option, "")
        continue
      }
      guard index < arguments.count else { return .usageError("Option \"\(option.name)\" takes an operand") }
      let value = arguments[index]
      index += 1
      switch option.kind {
      case .integer where JavaInteger.parse(value) == nil:
        return .usageError("\"\(value)\" is not a valid value for \"\(option.name)\"")
      case .choice:
        guard let canonical = option.canonicalChoice(value) else {
          return .usageError("\"\(value)\" is not a valid value for \"\(option.name)\"")
        }
        parsed.add(option, canonical)
      default:
        parsed.add(option, value)
      }
    }
    if let missing = options.first(where: { $0.isRequired && !parsed.flag($0) }) {
      return .usageError("Option \"\(missing.name)\" is required")
    }
    return .run(parsed)
  }
}
