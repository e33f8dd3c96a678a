import IAMEncoding

/// `completions/iam.bash`: completion for `iam <command>` and every `iam-<command>` link, using
/// only COMP_WORDS and COMP_CWORD, so it works with or without the bash-completion package.
enum BashCompletion {
  static func render() -> String {
    let commands = CompletionFacts.commands
    var out = """
      # bash completion for iam and its iam-<command> links.
      # \(CompletionFacts.header)

      _iam_commands=\(ShellEscaping.singleQuoted(commands.map(\.name).joinedText(separator: " ")))

      # Names from the account store for the word under the cursor. iam reads the store without
      # waiting for its lock, and prints nothing when it has nothing to offer.
      _iam_live()
      {
          local IFS=$'\\n'
          COMPREPLY=($(command iam __complete "$COMP_CWORD" "${COMP_WORDS[@]}" 2>/dev/null))
      }

      _iam_files()
      {
          local IFS=$'\\n'
          compopt -o filenames 2>/dev/null
          COMPREPLY=($(compgen -f -- "$1"))
      }

      _iam()
      {
          local cur=${COMP_WORDS[COMP_CWORD]} program=${COMP_WORDS[0]##*/} command start
          COMPREPLY=()
          if [[ $program == iam-* ]]; then
              command=${program#iam-} start=1
          elif (( COMP_CWORD == 1 )); then
              COMPREPLY=($(compgen -W "$_iam_commands" -- "$cur"))
              return
          else
              command=${COMP_WORDS[1]} start=2
          fi
          local options valued operands=
          case $command in

      """
    for command in commands {
      let options = command.allOptions.flatMap(\.spellings)
      let valued = command.allOptions.filter(\.takesValue).flatMap(\.spellings)
      out += "        \(command.name))\n"
      out += "            options=\(ShellEscaping.singleQuoted(options.joinedText(separator: " ")))\n"
      out += "            valued=\(ShellEscaping.singleQuoted(" " + valued.map { $0 + " " }.joined()))"
      if command.operandCompletion == .commands { out += " operands=commands" }
      out += " ;;\n"
    }
    out += """
              *) return ;;
          esac
          # The option whose value is under the cursor. As in IAMCli, an option's value is always
          # the next word, even one that starts with a dash.
          local i=$start option=
          while (( i < COMP_CWORD )); do
              if [[ $valued == *" ${COMP_WORDS[i]} "* ]]; then
                  if (( i + 1 == COMP_CWORD )); then
                      option=${COMP_WORDS[i]}
                      break
                  fi
                  (( i += 2 ))
              else
                  (( i += 1 ))
              fi
          done
          if [[ -n $option ]]; then
              case "$command $option" in

      """
    for (action, patterns) in valueCases(commands) {
      out += "            " + patterns.joinedText(separator: "|") + ")\n"
      out += "                " + action + " ;;\n"
    }
    out += """
              esac
          elif [[ $cur != -* && $operands == commands ]]; then
              COMPREPLY=($(compgen -W "$_iam_commands" -- "$cur"))
          else
              COMPREPLY=($(compgen -W "$options" -- "$cur"))
          fi
      }

      complete -F _iam
      """
    for (index, program) in CompletionFacts.programs.enumerated() {
      out += (index % 5 == 4 ? " \\\n    " : " ") + program
    }
    return out + "\n"
  }

  /// The `case "$command $option"` arms: one per distinct action, matching `*' -x'` when every
  /// command with option -x offers the same values, or the individual commands otherwise.
  static func valueCases(_ commands: [CommandSpec]) -> [(action: String, patterns: [String])] {
    var actionsBySpelling: [(spelling: String, uses: [(command: String, action: String)])] = []
    for command in commands {
      for option in command.allOptions {
        guard let action = action(option.valueCompletion) else { continue }
        for spelling in option.spellings {
          if let index = actionsBySpelling.firstIndex(where: { $0.spelling == spelling }) {
            actionsBySpelling[index].uses.append((command.name, action))
          } else {
            actionsBySpelling.append((spelling, [(command.name, action)]))
          }
        }
      }
    }
    var cases: [(action: String, patterns: [String])] = []
    func add(_ pattern: String, _ action: String) {
      if let index = cases.firstIndex(where: { $0.action == action }) {
        cases[index].patterns.append(pattern)
      } else {
        cases.append((action, [pattern]))
      }
    }
    for (spelling, uses) in actionsBySpelling {
      // An option that offers nothing in some command must not be covered by a wildcard.
      let everyCommand = commands.filter { $0.allOptions.contains { $0.spellings.contains(spelling) } }.count
      if uses.count == everyCommand, Set(uses.map(\.action)).count == 1 {
        add("*" + ShellEscaping.singleQuoted(" " + spelling), uses[0].action)
      } else {
        for use in uses { add(ShellEscaping.singleQuoted(use.command + " " + spelling), use.action) }
      }
    }
    return cases
  }

  static func action(_ completion: ValueCompletion) -> String? {
    switch completion {
    case .none, .text: return nil
    case .files: return #"_iam_files "$cur""#
    case .live: return "_iam_live"
    case .choices(let choices):
      return #"COMPREPLY=($(compgen -W "# + ShellEscaping.singleQuoted(choices.joinedText(separator: " ")) + #" -- "$cur"))"#
    }
  }
}
