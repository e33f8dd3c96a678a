extension CommandSpec {
  /// `iam __complete INDEX WORD...`: what the completion scripts ask for when the word under the
  /// cursor names something in the account. The scripts know the commands, options and choices
  /// themselves; only the store's names need the program.
  static let complete = CommandSpec(
    name: "__complete", family: .tool,
    summary: "Print the store's names for the word under the cursor (for the completion scripts).",
    description: """
      Prints, one per line, the names from the account store that may complete word INDEX (counted from 0) \
      of the command line WORD...: users, groups, roles, instance profiles, the policies of the entity named \
      on the line, or access key ids. It never changes the store and never prints an error.
      """,
    options: [],
    output: "One name per line; nothing when there is nothing to offer or anything goes wrong.",
    examples: [Example("iam __complete 4 iam-groupdelpolicy -g Admin -p ''", "List the policies of Admin.")],
    isLegacy: false, operands: "INDEX WORD...", isHidden: true
  ) { arguments, context in
    guard let query = CompletionQuery(arguments.operands) else { return [] }
    return query.candidates(context.invocation)
  }
}

extension ParsedArguments {
  /// Words handed to a hidden command as they are: no option parsing, no `-h`.
  static func verbatim(_ words: [String]) -> ParsedArguments {
    var parsed = ParsedArguments()
    for word in words { parsed.addOperand(word) }
    return parsed
  }
}
