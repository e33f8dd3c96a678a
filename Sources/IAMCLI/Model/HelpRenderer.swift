import IAMEncoding

/// Renders `-h`: the description, a usage line, then one block per option with its text in a
/// column that starts after a 37-character label.
///
/// In legacy mode the layout is IAMCli 1.5.0's exactly (spec §4.5), with this project's own
/// words: the text is cut every 39 characters, even inside a word. Otherwise it wraps between
/// words, and the text of an option that must be given starts by saying so.
public enum HelpRenderer {
  static let labelWidth = 37
  static let textWidth = 39

  /// The help block as lines; the last line is empty, as in the original.
  public static func lines(for command: CommandSpec, legacy: Bool) -> [String] {
    var lines = command.description.split(separator: "\n", omittingEmptySubsequences: false)
      .flatMap { wordWrap(String($0), width: 79) }
    if command.isLegacy {
      lines.append("\(command.legacyName) [options...] arguments...")
    } else {
      lines.append("iam \(command.name) [options...]" + (command.operands.map { " " + $0 } ?? ""))
    }
    for option in command.allOptions {
      lines.append(contentsOf: legacy ? legacyOptionLines(option) : optionLines(option, of: command))
    }
    lines.append("")
    return lines
  }

  static func legacyOptionLines(_ option: OptionSpec) -> [String] {
    block(option.usageLabel, hardWrap(option.help, width: textWidth))
  }

  static func optionLines(_ option: OptionSpec, of command: CommandSpec) -> [String] {
    // A word too long for the column is cut, so that no line is wider than 80 columns.
    let lines = wordWrap(requirement(option, of: command) + option.help, width: textWidth)
    return block(option.usageLabel, lines.flatMap { hardWrap($0, width: textWidth) })
  }

  /// `Required. `, or `Required unless -o is given. ` for one of options of which one must be given.
  static func requirement(_ option: OptionSpec, of command: CommandSpec) -> String {
    if option.isRequired { return "Required. " }
    guard command.exactlyOneOf.contains(option.name) else { return "" }
    let others = command.allOptions.filter { command.exactlyOneOf.contains($0.name) && $0.name != option.name }
    return "Required unless \(Wording.list(others.map(\.name), "or")) is given. "
  }

  /// The label padded to its column, then ` : ` and the text's first line; the other lines are
  /// indented to the text column.
  private static func block(_ label: String, _ chunks: [String]) -> [String] {
    let padded = label + String(repeating: " ", count: max(0, labelWidth - label.count))
    var lines = [" " + padded + " : " + (chunks.first ?? "")]
    let indent = String(repeating: " ", count: 1 + labelWidth + 3)
    for chunk in chunks.dropFirst() { lines.append(indent + chunk) }
    return lines
  }

  /// Breaks `text` between words into lines of at most `width` characters; a word longer than
  /// that stays whole, on a line of its own.
  static func wordWrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if !current.isEmpty && current.count + 1 + word.count > width {
        lines.append(current)
        current = ""
      }
      current += current.isEmpty ? String(word) : " " + word
    }
    lines.append(current)
    return lines
  }

  /// Cuts `text` every `width` characters, regardless of words, as the original did.
  static func hardWrap(_ text: String, width: Int) -> [String] {
    var chunks: [String] = []
    var rest = Substring(text)
    while !rest.isEmpty {
      chunks.append(String(rest.prefix(width)))
      rest = rest.dropFirst(width)
    }
    return chunks
  }

  /// `iam help`: every command by family with its one-line summary.
  public static func overview(_ listed: [CommandSpec]) -> [String] {
    let commands = listed.filter { !$0.isHidden }
    var lines = [
      "iam: Amazon's IAM command-line toolkit (IAMCli 1.5.0), re-created over a",
      "simulated AWS account kept in local files.",
      "",
      "usage: iam <command> [options...]      or      iam-<command> [options...]",
      "       iam <command> -h                 help for one command",
      "",
    ]
    let width = commands.map(\.name.count).max() ?? 0
    for family in CommandFamily.allCases {
      let members = commands.filter { $0.family == family }
      guard !members.isEmpty else { continue }
      lines.append(family.rawValue + ":")
      let indent = String(repeating: " ", count: width + 4)
      for command in members {
        // Summaries wrap under themselves so that the list fits an 80-column terminal.
        let summary = wordWrap(command.summary, width: 79 - indent.count)
        let mark = command.isAddition ? "+ " : "  "
        let name = mark + command.name + String(repeating: " ", count: width - command.name.count + 2)
        lines.append(name + (summary.first ?? ""))
        lines += summary.dropFirst().map { indent + $0 }
      }
      lines.append("")
    }
    if commands.contains(where: \.isAddition) {
      lines.append("+ marks a command IAMCli 1.5.0 did not have, added in its style (see iam(1)).")
      lines.append("")
    }
    let missing = IAMCliCommands.notImplemented
    if !missing.isEmpty {
      lines.append("IAMCli commands that iam does not implement yet:")
      lines += wordWrap(missing.joinedText(separator: " "), width: 77).map { "  " + $0 }
      lines.append("")
    }
    lines.append("The account lives in $AWS_SIM_HOME (default ~/.aws-sim); iam(1) describes the")
    lines.append("environment, the exit statuses and the differences from IAMCli 1.5.0.")
    return lines
  }
}
