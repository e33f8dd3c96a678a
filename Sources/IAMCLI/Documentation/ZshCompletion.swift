import IAMEncoding

/// `completions/_iam`: a zsh completion function for `iam <command>` and every `iam-<command>`
/// link, built on `_arguments` with one spec per option.
enum ZshCompletion {
  static func render() -> String {
    let commands = CompletionFacts.commands
    var out = """
      #compdef \(CompletionFacts.programs.joinedText(separator: " "))
      # \(CompletionFacts.header)

      # Names from the account store for the word under the cursor. iam reads the store without
      # waiting for its lock, and prints nothing when it has nothing to offer. The line is the one
      # typed, before _iam shifted the command name away.
      _iam_live() {
        local -a names
        names=(${(f)"$(command iam __complete $(( _iam_current - 1 )) "${_iam_words[@]}" 2>/dev/null)"})
        compadd -a names
      }

      _iam_command_names() {
        local -a commands
        commands=(

      """
    for command in commands {
      out += "    " + ShellEscaping.singleQuoted(command.name + ":" + command.summary) + "\n"
    }
    out += """
        )
        _describe -t commands 'iam command' commands
      }

      _iam() {
        local _iam_current=$CURRENT
        local -a _iam_words
        _iam_words=("${words[@]}")
        local command=${words[1]:t}
        if [[ $command == iam-* ]]; then
          command=${command#iam-}
        elif (( CURRENT == 2 )); then
          _iam_command_names
          return
        else
          command=${words[2]}
          shift words
          (( CURRENT-- ))
        fi
        case $command in

      """
    for command in commands {
      out += "    (\(command.name))\n      _arguments"
      for option in command.allOptions {
        for spec in specs(option) { out += " \\\n        " + ShellEscaping.singleQuoted(spec) }
      }
      if command.operandCompletion == .commands { out += " \\\n        '1:command:_iam_command_names'" }
      out += "\n      ;;\n"
    }
    out += """
        esac
      }

      _iam "$@"

      """
    return out
  }

  /// The `_arguments` specs of one option: `*-a[help]:ACTION: ` for each spelling, with the
  /// spellings excluding each other (`-d` and `--debug`).
  static func specs(_ option: OptionSpec) -> [String] {
    let exclusion = option.alias == nil ? "" : "(" + option.spellings.joinedText(separator: " ") + ")"
    let repeatable = option.isRepeatable ? "*" : ""
    let help = "[" + ShellEscaping.zshSpecText(option.help) + "]"
    let message = ShellEscaping.zshSpecText(option.metavar ?? "value")
    let value: String
    switch option.valueCompletion {
    case .none: value = ""
    case .text: value = ":" + message + ": "
    case .files: value = ":" + message + ":_files"
    case .live: value = ":" + message + ":_iam_live"
    case .choices(let choices): value = ":" + message + ":(" + choices.joinedText(separator: " ") + ")"
    }
    return option.spellings.map { exclusion + repeatable + $0 + help + value }
  }
}
