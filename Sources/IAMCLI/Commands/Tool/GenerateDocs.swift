import IAMStore

extension CommandSpec {
  /// `iam __generate-docs DIR`: writes the man pages and completion scripts below DIR, as
  /// `scripts/generate-docs` does for the repository, and removes pages of commands that are gone.
  static let generateDocs = CommandSpec(
    name: "__generate-docs", family: .tool,
    summary: "Write the man pages and completion scripts below a directory (for scripts/generate-docs).",
    description: "Writes man/*.1 and completions/* below DIR from the command table.",
    options: [],
    output: "One line saying how many files were written.",
    examples: [Example("iam __generate-docs .", "Regenerate the committed files of a checkout.")],
    isLegacy: false, operands: "DIR", isHidden: true
  ) { arguments, context in
    guard arguments.operands.count == 1, let directory = arguments.operands.first else {
      throw CLIError.usage("usage: iam __generate-docs DIR")
    }
    let root = FileSystem.resolve(directory, against: context.invocation.workingDirectory)
    let files = GeneratedFiles.all()
    for file in files {
      try InstallFiles.makeDirectories(FileSystem.split(root + "/" + file.path).directory)
      try FileSystem.writeFileAtomically(root + "/" + file.path, Array(file.content.utf8), mode: 0o644, durable: false)
    }
    // A page whose command left the table would otherwise linger and still be installed by hand.
    let current = Set(files.map(\.path))
    for name in try FileSystem.listDirectory(root + "/" + GeneratedFiles.manDirectory)
    where name.hasPrefix("iam") && name.hasSuffix(".1") && !current.contains(GeneratedFiles.manDirectory + "/" + name) {
      try FileSystem.removeFile(root + "/" + GeneratedFiles.manDirectory + "/" + name)
    }
    return ["wrote \(files.count) files below \(root)"]
  }
}
