/// The version of this program, the one place it is written.
enum ToolVersion {
  static let number = "0.1.0"
}

extension CommandSpec {
  static let version: CommandSpec = {
    CommandSpec(
      name: "version", family: .tool,
      summary: "Print the version of iam (also iam --version).",
      description: "Prints the version of this iam program. iam --version does the same.",
      options: [],
      output: "One line: iam and its version number, such as iam \(ToolVersion.number).",
      examples: [Example("iam version", "Print the version.")],
      isLegacy: false
    ) { _, _ in ["iam " + ToolVersion.number] }
  }()
}
