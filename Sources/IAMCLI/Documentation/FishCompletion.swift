import IAMEncoding

/// `completions/iam.fish`: fish completions for `iam <command>` and every `iam-<command>` link.
/// fish loads a completion file by command name, so `iam install` links `iam-<command>.fish`
/// to this file; it therefore first erases what an earlier load defined, so loading it twice
/// changes nothing.
enum FishCompletion {
  static func render() -> String {
    let commands = CompletionFacts.commands
    let programs = CompletionFacts.programs
    var out = """
      # fish completion for iam and its iam-<command> links.
      # \(CompletionFacts.header)


      """
    for program in programs { out += "complete -e -c \(program)\n" }
    out += """

      # The command on the line: usercreate for `iam-usercreate ...` and for `iam usercreate ...`.
      function __iam_command
          set -l tokens (commandline -opc)
          set -l program (string replace -r '.*/' '' -- $tokens[1])
          if string match -q 'iam-*' -- $program
              string replace 'iam-' '' -- $program
          else if set -q tokens[2]
              echo $tokens[2]
          end
      end

      function __iam_is -a name
          set -l command (__iam_command)
          test "$command" = "$name"
      end

      # True while the command name itself is being typed after `iam`.
      function __iam_naming_command
          set -l tokens (commandline -opc)
          test (count $tokens) -eq 1
          and test (string replace -r '.*/' '' -- $tokens[1]) = iam
      end

      # Names from the account store for the word under the cursor. iam reads the store without
      # waiting for its lock, and prints nothing when it has nothing to offer.
      function __iam_live
          set -l tokens (commandline -opc)
          command iam __complete (count $tokens) $tokens (commandline -ct) 2>/dev/null
      end


      """
    for program in programs { out += "complete -c \(program) -f\n" }
    out += "\n"
    for command in commands {
      out += "complete -c iam -n __iam_naming_command -a \(command.name) -d \(ShellEscaping.fishQuoted(command.summary))\n"
    }
    for command in commands {
      out += "\n"
      let targets = "-c iam" + (command.isLegacy ? " -c " + command.legacyName : "")
      let condition = "-n " + ShellEscaping.fishQuoted("__iam_is " + command.name)
      for option in command.allOptions {
        out += "complete \(targets) \(condition) \(flags(option)) -d \(ShellEscaping.fishQuoted(option.help))\n"
      }
      if command.operandCompletion == .commands {
        let names = commands.map(\.name).joinedText(separator: " ")
        out += "complete \(targets) \(condition) -a \(ShellEscaping.fishQuoted(names))\n"
      }
    }
    return out
  }

  /// How fish knows the option: `-o u` is the single-dash `-u` (which fish must not read as a
  /// bundle of letters), `-l debug` is `--debug`; then what its value offers.
  static func flags(_ option: OptionSpec) -> String {
    var parts = option.spellings.map { spelling in
      spelling.hasPrefix("--") ? "-l " + spelling.dropFirst(2) : "-o " + spelling.dropFirst()
    }
    switch option.valueCompletion {
    case .none: break
    case .text: parts.append("-x")
    case .files: parts.append("-r -F")
    case .live: parts.append("-x -a '(__iam_live)'")
    case .choices(let choices): parts.append("-x -a " + ShellEscaping.fishQuoted(choices.joinedText(separator: " ")))
    }
    return parts.joinedText(separator: " ")
  }
}
