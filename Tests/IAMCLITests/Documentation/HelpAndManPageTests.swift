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

  /// The text lines of an mdoc page joined into one line, with the escapes undone.
  static func prose(_ page: String) -> String {
    let text = page.split(separator: "\n").filter { !$0.hasPrefix(".") }.joined(separator: " ")
    return collapsed(text.replacing("\\&", with: "").replacing("\\e", with: "\\"))
  }

  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }
}
