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
        man finds the pages by itself once PREFIX/bin is on the PATH, because for a PATH entry DIR/bin it \
        searches DIR/share/man; there is no need to set MANPATH, and setting it without an empty entry would \
        hide the system's pages. fish, and bash with the bash-completion package, find the completions below \
        ~/.local by themselves; zsh needs ~/.local/share/zsh/site-functions in its fpath before compinit runs.
        """,
      options: [prefix, uninstall],
      output: """
        One line saying what was installed or removed, and one line for each file left alone because iam did \
        not install it. On standard error, for the shell that SHELL names, the exact lines to add to its \
        start-up file for what would not be found otherwise: PREFIX/bin when it is not on the PATH, the man \
        pages when MANPATH is set without them, and the completions when the shell does not look where they \
        are (zsh, and bash without the bash-completion package). An empty PREFIX is refused.
        """,
      examples: [
        Example("iam install", "Install into ~/.local."),
        Example("iam install --prefix /usr/local", "Install for every user of the machine (run as root)."),
        Example("iam install --uninstall", "Remove the installation from ~/.local."),
      ],
      isLegacy: false
    ) { arguments, context in
      let environment = context.invocation.environment
      // An empty prefix would put the binary in /bin: a variable that was meant to hold the
      // prefix is empty, not a wish to install into the root directory.
      if arguments.value(prefix) == "" { throw CLIError.usage("--prefix needs a directory; it was given an empty one") }
      guard
        var root = arguments.value(prefix).map({ context.invocation.absolute($0) })
          ?? environment["HOME"].flatMap({ $0.isEmpty ? nil : $0 + "/.local" })
      else { throw CLIError.environment("HOME is not set; give the installation directory with --prefix") }
      while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
      guard let executable = context.invocation.executablePath else {
        throw CLIError.environment("cannot tell where the running iam binary is, so there is nothing to copy")
      }
      let installer = Installer(prefix: root, executable: executable)
      if arguments.flag(uninstall) { return try installer.uninstall() }
      let lines = try installer.install()
      let advice = InstallAdvice(
        installed: installer, environment: environment,
        bashCompletionInstalled: FileSystem.exists(InstallAdvice.bashCompletionScript))
      for note in advice.notes() { context.note(note) }
      return lines
    }
  }()
}
