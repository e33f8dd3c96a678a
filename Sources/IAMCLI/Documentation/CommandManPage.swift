import IAMEncoding

/// `iam-<command>(1)`: one page per command, written from its entry in the command table with
/// the same words as `-h`, so that help and manual cannot disagree.
enum CommandManPage {
  /// The page's name: `iam-usercreate`, and for tool commands, as git does, `iam-install`.
  static func pageName(_ command: CommandSpec) -> String { "iam-" + command.name }

  static func render(_ command: CommandSpec) -> String {
    var page = ManPageHeader.start(pageName(command), description: command.summary)
    synopsis(command, into: &page)
    page.macro("Sh", "DESCRIPTION")
    for (index, paragraph) in command.description.split(separator: "\n").enumerated() {
      if index > 0 { page.paragraph() }
      page.text(String(paragraph))
    }
    // A legacy command's own options; the common ones follow in a list of their own. A tool
    // command has only -h besides its own.
    let options = command.isLegacy ? ownOptions(command) : command.allOptions
    if !options.isEmpty {
      page.paragraph()
      page.text("The options are:")
      optionList(options, into: &page)
    }
    if command.isLegacy {
      page.paragraph()
      page.text("Like every iam-* command, it also takes the common options:")
      optionList(CommonOptions.all, into: &page)
    }
    page.macro("Sh", "OUTPUT")
    page.text(command.output)
    exitStatus(command, into: &page)
    examples(command, into: &page)
    seeAlso(command, into: &page)
    if command.isAddition {
      page.macro("Sh", "HISTORY")
      page.text(
        """
        IAMCli 1.5.0 had no such command: the IAM operation came after it. iam adds the command in the style of \
        the legacy ones, with their options, output lines, errors and exit statuses.
        """)
    }
    return page.rendered
  }

  /// Both ways to run the command, each with every option: optional ones in brackets, and a
  /// repeatable one shown once more as `[-x X ...]`.
  private static func synopsis(_ command: CommandSpec, into page: inout MDoc) {
    page.macro("Sh", "SYNOPSIS")
    var forms = ["iam Cm " + MDoc.argument(command.name)]
    if command.isLegacy { forms.insert(MDoc.argument(command.legacyName), at: 0) }
    for form in forms {
      page.macro("Nm", form)
      let alternatives = ownOptions(command).filter { command.exactlyOneOf.contains($0.name) }
      for option in ownOptions(command) {
        if let first = alternatives.first, command.exactlyOneOf.contains(option.name) {
          // The alternatives stand together, where the first of them would.
          if option.name == first.name { page.raw(".Pq " + alternatives.map(usage).joinedText(separator: " | ")) }
          continue
        }
        let usage = usage(option)
        let again = option.isRepeatable ? " Op " + usage + " ..." : ""
        page.raw((option.isRequired ? "." : ".Op ") + usage + again)
      }
      if command.isLegacy { page.macro("Op", "Ar", "\"common options\"") }
      if let operands = command.operands {
        let optional = operands.hasPrefix("[") && operands.hasSuffix("]")
        let inner = MDoc.argument(optional ? String(operands.dropFirst().dropLast()) : operands)
        page.raw(optional ? ".Op Ar " + inner : ".Ar " + inner)
      }
    }
  }

  /// The command's own options, in the order `-h` lists them.
  static func ownOptions(_ command: CommandSpec) -> [OptionSpec] {
    let common = Set(CommonOptions.all.map(\.name))
    return command.allOptions.filter { !common.contains($0.name) }
  }

  /// `Fl u Ar USERNAME`: the option and its metavar, as macro arguments. A switch shows no
  /// metavar even where `-h` shows one (`-v VERBOSE`): it takes no value.
  static func usage(_ option: OptionSpec) -> String {
    var parts = ["Fl", MDoc.argument(String(option.name.dropFirst()))]
    if let metavar = option.metavar, option.takesValue { parts += ["Ar", MDoc.argument(metavar, unbreakable: true)] }
    return parts.joinedText(separator: " ")
  }

  /// A tagged list of options, each with its help and what the table says about it.
  static func optionList(_ options: [OptionSpec], into page: inout MDoc) {
    page.macro("Bl", "-tag", "-width Ds")
    for option in options {
      var item = usage(option)
      if let alias = option.alias { item += " , Fl " + MDoc.argument(String(alias.dropFirst())) }
      page.macro("It", item)
      page.text(option.help)
      var facts: [String] = []
      if option.isRequired { facts.append("Required.") }
      if option.isRepeatable { facts.append("May be given more than once; each value is kept, in order.") }
      if !facts.isEmpty { page.text(facts.joinedText(separator: " ")) }
    }
    page.macro("El")
  }

  private static func exitStatus(_ command: CommandSpec, into page: inout MDoc) {
    page.macro("Sh", "EXIT STATUS")
    // Tool commands never reach the simulated service, so its refusal status cannot occur.
    let statuses = ExitStatus.allCases.filter { command.isLegacy || $0 != .serviceError }
    ManPageHeader.statusList(statuses, into: &page)
    if command.isLegacy {
      page.paragraph()
      page.text("With \(LegacyMode.variable) set, the statuses and channels are those of IAMCli 1.5.0; see")
      page.macro("Xr", "iam", "1", ".")
    }
  }

  private static func examples(_ command: CommandSpec, into page: inout MDoc) {
    guard !command.examples.isEmpty else { return }
    page.macro("Sh", "EXAMPLES")
    for (index, example) in command.examples.enumerated() {
      if index > 0 { page.paragraph() }
      page.text(example.explanation)
      page.macro("Bd", "-literal", "-offset indent")
      page.literal("$ " + example.command)
      page.macro("Ed")
    }
  }

  /// iam(1), then the other commands of the same family, in the order mandoc expects.
  private static func seeAlso(_ command: CommandSpec, into page: inout MDoc) {
    page.macro("Sh", "SEE ALSO")
    let related = CommandTable.documented.filter { $0.family == command.family && $0.name != command.name }
    let names = ["iam"] + related.map(pageName).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    for (index, name) in names.enumerated() {
      page.macro("Xr", MDoc.argument(name), "1" + (index + 1 < names.count ? " ," : ""))
    }
  }
}
