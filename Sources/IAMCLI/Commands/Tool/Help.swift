extension CommandSpec {
  static let help: CommandSpec = {
    CommandSpec(
      name: "help", family: .tool,
      summary: "List the commands, or show the help of one: iam help <command>.",
      description: "Lists every command with a one-line summary. iam help <command> prints that command's -h.",
      options: [],
      output: "The list of commands by entity, or one command's help.",
      examples: [Example("iam help", "List the commands."), Example("iam help usercreate", "Show usercreate's options.")],
      isLegacy: false, operands: "[COMMAND]", operandCompletion: .commands
    ) { arguments, context in
      guard arguments.operands.count <= 1 else { throw CLIError.usage("iam help shows one command at a time.") }
      if let name = arguments.operands.first {
        guard let command = CommandTable.command(named: name), !command.isHidden else {
          throw CLIError.unknownCommand(name)
        }
        return HelpRenderer.lines(for: command, legacy: LegacyMode.isOn(context.invocation.environment))
      }
      return HelpRenderer.overview(CommandTable.all)
    }
  }()
}
