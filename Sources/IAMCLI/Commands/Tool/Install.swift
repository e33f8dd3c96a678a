import IAMStore

extension CommandSpec {
  static let install: CommandSpec = {
    let prefix = OptionSpec(
      "--prefix", "DIR", help: "Install below this directory instead of ~/.local: the binary goes to DIR/bin.")
    let uninstall = OptionSpec.flag("--uninstall", help: "Remove what an earlier install put below the prefix.")
    return CommandSpec(
      name: "install", family: .tool,
      summary: "Install iam and its iam-<command> links (default prefix ~/.local).",
      description: """
        Copies this iam binary to PREFIX/bin and makes one iam-<command> link per legacy command next to it, \
        so that old scripts find every iam-* command. Running it again updates the installation.
        """,
      options: [prefix, uninstall],
      output: "One line saying what was installed or removed; notes on standard error if PREFIX/bin is not on PATH.",
      examples: [
        Example("iam install", "Install into ~/.local/bin."),
        Example("iam install --prefix /usr/local", "Install into /usr/local/bin."),
        Example("iam install --uninstall", "Remove the installation from ~/.local."),
      ],
      isLegacy: false
    ) { arguments, context in
      let environment = context.invocation.environment
      guard let root = arguments.value(prefix).map({ FileSystem.resolve($0, against: context.invocation.workingDirectory) })
        ?? environment["HOME"].map({ $0 + "/.local" })
      else { throw CLIError.environment("HOME is not set; give the installation directory with --prefix") }
      guard let executable = context.invocation.executablePath else {
        throw CLIError.environment("cannot tell where the running iam binary is, so there is nothing to copy")
      }
      let installer = Installer(prefix: root, executable: executable)
      if arguments.flag(uninstall) { return try installer.uninstall() }
      let lines = try installer.install()
      if !Installer.isOnPath(installer.binDirectory, path: environment["PATH"]) {
        context.note("\(installer.binDirectory) is not on your PATH; add it to use the iam-* commands")
      }
      return lines
    }
  }()
}
