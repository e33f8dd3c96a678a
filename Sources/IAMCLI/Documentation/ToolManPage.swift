import IAMEncoding
import IAMStore

/// iam(1): the tool as a whole. The commands, the common options, the environment, the files,
/// the exit statuses and the differences from IAMCli all come from the tables the code uses.
enum ToolManPage {
  static func render() -> String {
    var page = ManPageHeader.start("iam", description: "IAMCli 1.5.0's iam-* commands over a simulated AWS account")
    page.macro("Sh", "SYNOPSIS")
    page.macro("Nm", "iam")
    page.macro("Ar", "command")
    page.macro("Op", "Ar", "options")
    page.macro("Nm", "iam- Ns Ar command")
    page.macro("Op", "Ar", "options")
    page.macro("Nm", "iam", "Cm", "help")
    page.macro("Op", "Ar", "command")
    description(into: &page)
    commands(into: &page)
    page.macro("Sh", "ENVIRONMENT")
    page.macro("Bl", "-tag", "-width Ds")
    for variable in EnvironmentDocs.variables {
      page.macro("It", "Ev", variable.name)
      page.text(variable.meaning)
    }
    page.macro("El")
    files(into: &page)
    page.macro("Sh", "EXIT STATUS")
    ManPageHeader.statusList(ExitStatus.allCases, into: &page)
    page.paragraph()
    page.text(
      """
      With \(LegacyMode.variable) set, the statuses are those of IAMCli 1.5.0 instead: 0 after a service error, \
      and 1 after -h, a usage error or an unreadable file. A store problem still exits 4.
      """)
    examples(into: &page)
    page.macro("Sh", "DIFFERENCES FROM IAMCLI 1.5.0")
    page.text("These are deliberate; each fixes a behaviour that surprised scripts or contradicted its own help.")
    page.macro("Bl", "-tag", "-width Ds")
    for difference in LegacyDifference.all {
      page.macro("It", MDoc.argument(difference.title))
      page.text(difference.detail)
    }
    page.macro("El")
    page.macro("Sh", "SEE ALSO")
    let pages = CommandTable.documented.map(CommandManPage.pageName)
      .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    for (index, name) in pages.enumerated() {
      page.macro("Xr", MDoc.argument(name), "1" + (index + 1 < pages.count ? " ," : ""))
    }
    return page.rendered
  }

  private static func description(into page: inout MDoc) {
    page.macro("Sh", "DESCRIPTION")
    page.text(
      """
      iam re-creates the command-line toolkit Amazon shipped for IAM, IAMCli 1.5.0, as one program working on \
      a simulated AWS account kept in files on this machine. It needs no network and no AWS account, and every \
      request is authorized by the simulated account's own IAM policies, as AWS would authorize it.
      """)
    page.paragraph()
    page.text(
      """
      Each command can be run in two ways: as iam followed by the command name, or under its legacy name \
      iam-command, a link to iam that iam install creates, so that old scripts and tutorials run unchanged. \
      Options, their letters and the lines printed are those of IAMCli 1.5.0.
      """)
    page.paragraph()
    page.text(
      """
      IAM operations that came after IAMCli 1.5.0, such as managed policies, have commands added in the same \
      style: an iam-entityverb name, single-letter options where the family has them, one item per line, the \
      same paging, error lines, exit statuses, -d and legacy mode. iam help marks them with a +, and the list \
      below calls them additions.
      """)
    page.paragraph()
    page.text(
      """
      A command identifies its caller by a credential file, named by --aws-credential-file or \
      \(CredentialSource.variable). Without either, it runs as the account's root user. The first command \
      creates the account and says so on standard error.
      """)
    page.macro("Ss", "Common options")
    page.text("Every legacy command accepts these options besides its own:")
    CommandManPage.optionList(CommonOptions.all, into: &page)
  }

  /// The commands by entity, each with its summary.
  private static func commands(into page: inout MDoc) {
    page.macro("Sh", "COMMANDS")
    for family in CommandFamily.allCases {
      let members = CommandTable.documented.filter { $0.family == family }
      guard !members.isEmpty else { continue }
      page.macro("Ss", MDoc.argument(family.rawValue))
      page.macro("Bl", "-tag", "-width Ds")
      for command in members {
        // A tool command is typed as `iam help`; its page is named iam-help(1) the way git names
        // git-commit(1), but there is no iam-help command, so the list shows what to type.
        if command.isLegacy {
          page.macro("It", "Xr", MDoc.argument(CommandManPage.pageName(command)), "1")
          page.text(command.summary)
          if command.isAddition { page.text("An addition: IAMCli 1.5.0 did not have it.") }
        } else {
          page.macro("It", "Nm", "iam", "Cm", MDoc.argument(command.name))
          page.text(command.summary)
          page.text("Its manual page is")
          page.macro("Xr", MDoc.argument(CommandManPage.pageName(command)), "1", ".")
        }
      }
      page.macro("El")
    }
    let missing = IAMCliCommands.notImplemented
    if !missing.isEmpty {
      page.paragraph()
      page.text("These IAMCli commands are not implemented yet: \(missing.joinedText(separator: ", ")).")
    }
  }

  private static func files(into page: inout MDoc) {
    page.macro("Sh", "FILES")
    page.macro("Bl", "-tag", "-width Ds")
    page.macro("It", "Pa", "~/.aws-sim")
    page.text(
      """
      The account store, or the directory \(EnvironmentSettings.home) names. Its directories are mode 0700 and \
      its files 0600. Every command locks the directory itself while it runs. iam follows no symbolic link in \
      the store, opens only regular files with no other name (hard link), reads none beyond what it can hold, \
      and refuses a store directory or file that is not yours or that your group or others may write, naming \
      the chmod that fixes it: anyone who can change the store can change what your next command does. Below it:
      """)
    page.macro("Bl", "-tag", "-width Ds")
    for file in EnvironmentDocs.storeFiles {
      page.macro("It", "Pa", MDoc.argument(file.path))
      page.text(file.meaning)
    }
    page.macro("El")
    page.macro("El")
  }

  private static func examples(into page: inout MDoc) {
    page.macro("Sh", "EXAMPLES")
    page.text(
      """
      A first session in a new store: a group that may do anything, a member with an access key, a second \
      user, a listing, a refused duplicate (names are unique regardless of case) and a dry run of a recursive \
      delete.
      """)
    page.macro("Bd", "-literal", "-offset indent")
    for line in ExampleSession.transcript() { page.literal(line) }
    page.macro("Ed")
  }
}
