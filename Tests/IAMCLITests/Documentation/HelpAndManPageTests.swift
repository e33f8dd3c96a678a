import Testing

@testable import IAMCLI

/// `-h` and the man page must say the same thing: both are written from the command's entry in
/// the table. (The table's own completeness is checked by CommandTableTests.)
@Suite struct HelpAndManPageTests {
  static var documented: [CommandSpec] { CommandTable.documented }

  /// `-h` and the man page are written from the same entry: every paragraph of the description
  /// and every option's help appears in the page word for word.
  @Test(arguments: documented.map(\.name))
  func manPageSaysWhatHelpSays(_ name: String) throws {
    let command = try #require(CommandTable.command(named: name))
    let page = Self.prose(CommandManPage.render(command))
    for paragraph in command.description.split(separator: "\n") {
      #expect(page.contains(Self.collapsed(String(paragraph))), "description of \(name)")
    }
    for option in command.allOptions {
      #expect(page.contains(Self.collapsed(option.help)), "\(name) \(option.name)")
    }
    #expect(page.contains(Self.collapsed(command.output)), "output of \(name)")
  }

  /// iam(1) lists a tool command as it is typed, `iam help`: its page is iam-help(1), but there is
  /// no iam-help command, so a list entry spelled like the legacy ones would send people astray.
  @Test func theToolPageListsToolCommandsAsTheyAreTyped() {
    let page = ToolManPage.render()
    for command in CommandTable.documented where !command.isLegacy {
      #expect(page.contains(".It Nm iam Cm \(command.name)\n"), "\(command.name)")
      #expect(!page.contains(".It Xr iam-\(command.name) 1"), "\(command.name)")
      #expect(page.contains(".Xr iam-\(command.name) 1 ."), "\(command.name)'s page is still named")
    }
  }

  /// What iam(1) says of journal.json is what the store does: the file stays, empty, after a
  /// command that changed the account.
  @Test func theJournalIsDescribedAsItIs() throws {
    let sandbox = Sandbox()
    #expect(sandbox.run("iam-groupcreate -g Ops").status == 0)
    #expect(sandbox.read(".aws-sim/journal.json") == "")
    let entry = try #require(EnvironmentDocs.storeFiles.first { $0.path == "journal.json" })
    #expect(entry.meaning.contains("stays in the store and is empty between commands"))
  }

  /// The text lines of an mdoc page joined into one line, with the escapes undone.
  static func prose(_ page: String) -> String {
    let text = page.split(separator: "\n").filter { !$0.hasPrefix(".") }.joined(separator: " ")
    return collapsed(text.replacing("\\&", with: "").replacing("\\e", with: "\\"))
  }

  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }
}
