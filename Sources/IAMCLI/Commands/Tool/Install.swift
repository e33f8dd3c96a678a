import IAMStore

extension CommandSpec {
  static let install: CommandSpec = {
    let prefix = OptionSpec(
      "--prefix", "DIR", help: "Install below this directory instead of ~/.local: the binary goes to DIR/bin.")
    let uninstall = OptionSpec.flag(
      "--uninstall", help: "Remove exactly what an earlier install put below the prefix, and nothing else.")
    return CommandSpec(
      name: "install", family: .tool,
      summary: "Install iam, its iam-<command> links, man pages and completions (default prefix ~/.local).",
      description: """
        Copies this iam binary to PREFIX/bin and makes one iam-<command> link per legacy command next to it, so \
        that old scripts find every iam-* command. It also installs the manual pages in PREFIX/share/man/man1 and \
        the completion scripts in PREFIX/share/bash-completion/completions, PREFIX/share/zsh/site-functions \
        and PREFIX/share/fish/vendor_completions.d, and records what it installed in \
        PREFIX/\(InstallLayout.manifest).
        Running it again updates the installation. A file that iam did not install is never overwritten.
        fish, and bash with the bash-completion package, find the completions below ~/.local by themselves; \
        zsh needs ~/.local/share/zsh/site-functions in its fpath before compinit runs.
        """,
      options: [prefix, uninstall],
      output: """
        One line saying what was installed or removed, and one line for each file left alone because iam did \
        not install it. On standard error, a note when PREFIX/bin is not on the PATH or man will not search \
        PREFIX/share/man.
        """,
      examples: [
        Example("iam install", "Install into ~/.local."),
        Example("iam install --prefix /usr/local", "Install for every user of the machine (run as root)."),
        Example("iam install --uninstall", "Remove the installation from ~/.local."),
      ],
      isLegacy: false
    ) { arguments, context in
      let environment = context.invocation.environment
      guard
        var root = arguments.value(prefix).map({ FileSystem.resolve($0, against: context.invocation.workingDirectory) })
          ?? environment["HOME"].map({ $0 + "/.local" })
      else { throw CLIError.environment("HOME is not set; give the installation directory with --prefix") }
      while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
      guard let executable = context.invocation.executablePath else {
        throw CLIError.environment("cannot tell where the running iam binary is, so there is nothing to copy")
      }
      let installer = Installer(prefix: root, executable: executable)
      if arguments.flag(uninstall) { return try installer.uninstall() }
      let lines = try installer.install()
      if !Installer.isOnPath(installer.binDirectory, path: environment["PATH"]) {
        context.note("\(installer.binDirectory) is not on your PATH; add it to use the iam-* commands")
      }
      if !Installer.isOnManPath(
        installer.manDirectory, binDirectory: installer.binDirectory, manpath: environment["MANPATH"],
        path: environment["PATH"])
      {
        context.note("man will not find the pages in \(installer.manDirectory); add it to your MANPATH")
      }
      return lines
    }
  }()
}
