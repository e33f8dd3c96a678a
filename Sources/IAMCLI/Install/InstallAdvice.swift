import IAMEncoding

/// What a person must add to a shell's start-up file so that the installed commands, man pages and
/// completions are found, worked out from the environment as the tools themselves look: only the
/// lines that are missing, for the shell in `SHELL`, written to be copied as they are.
///
/// man-db derives the man directory from PATH: for an entry `DIR/bin` it searches
/// `DIR/share/man`, unless MANPATH is set without an empty entry. So the bin directory on PATH is
/// all man needs; telling people to set MANPATH would hide the system's pages from them.
struct InstallAdvice {
  enum Shell { case bash, zsh, fish, other }

  let installed: Installer
  let environment: Environment
  /// Whether the bash-completion package is installed, without which bash loads no completion
  /// file by itself.
  let bashCompletionInstalled: Bool
  /// The script of the bash-completion package that loads completion files on demand.
  static let bashCompletionScript = "/usr/share/bash-completion/bash_completion"

  var shell: Shell {
    switch environment["SHELL"].map({ $0.split(separator: "/").last.map(String.init) ?? "" }) {
    case "bash": return .bash
    case "zsh": return .zsh
    case "fish": return .fish
    default: return .other
    }
  }

  var startupFile: String {
    switch shell {
    case .bash: return "~/.bashrc"
    case .zsh: return "~/.zshrc"
    case .fish: return "~/.config/fish/config.fish"
    case .other: return "~/.profile"
    }
  }

  /// The notes for standard error; each is a sentence followed by the lines to add, indented.
  func notes() -> [String] {
    var notes: [String] = []
    let onPath = Installer.isOnPath(installed.binDirectory, path: environment["PATH"])
    let manpath = environment["MANPATH"] ?? ""
    let entries = manpath.split(separator: ":", omittingEmptySubsequences: false)
    let listed = entries.contains { Installer.sameDirectory($0, installed.manDirectory) }
    // Only an empty entry lets man add what it derives from PATH to a MANPATH that is set.
    let restricted = !manpath.isEmpty && !entries.contains("")
    if !onPath {
      let purpose = restricted || listed ? "" : " and let man find their pages"
      notes.append(
        advice(
          "\(installed.binDirectory) is not on your PATH. To run the iam-* commands by name\(purpose), add this "
            + "line to \(startupFile):", [pathLine]))
    }
    if restricted && !listed {
      let man = word(installed.manDirectory)
      let line =
        shell == .fish
        ? "set -gx MANPATH \(man) $MANPATH" : "export MANPATH=\(prepended(installed.manDirectory, to: "MANPATH"))"
      notes.append(
        advice(
          "MANPATH is set, so man searches only the directories it names. To read iam's man pages, add this "
            + "line to \(startupFile):", [line]))
    } else if onPath && !listed && !Installer.manDerives(installed.manDirectory, path: environment["PATH"]) {
      notes.append(
        "man will not find the pages in \(installed.manDirectory): it looks for pages next to a PATH entry only "
          + "when the entry has no final /; write \(installed.binDirectory) in PATH, not \(installed.binDirectory)/")
    }
    if let completionNote = completionNote() { notes.append(completionNote) }
    return notes
  }

  private var pathLine: String {
    let bin = word(installed.binDirectory)
    return shell == .fish ? "fish_add_path \(bin)" : "export PATH=\(prepended(installed.binDirectory, to: "PATH"))"
  }

  private func completionNote() -> String? {
    switch shell {
    case .bash:
      if bashCompletionInstalled && bashCompletionDirectories.contains(installed.bashDirectory) { return nil }
      let why =
        bashCompletionInstalled
        ? "bash-completion does not look in \(installed.bashDirectory)."
        : "bash loads completions by itself only with the bash-completion package, which is not installed."
      return advice(
        "\(why) To complete iam's commands in bash, add this line to ~/.bashrc:",
        ["source \(word(installed.bashDirectory + "/iam"))"])
    case .zsh:
      if installed.zshDirectory == "/usr/local/share/zsh/site-functions" { return nil }
      return advice(
        "zsh completes only with functions in its fpath. To complete iam's commands, add these lines to "
          + "~/.zshrc (if it already runs compinit, put the first line before that and leave out the second):",
        ["fpath=(\(word(installed.zshDirectory)) $fpath)", "autoload -Uz compinit && compinit"])
    case .fish:
      if fishCompletionDirectories.contains(installed.fishDirectory) { return nil }
      return advice(
        "fish does not look for completions in \(installed.fishDirectory). To complete iam's commands, add this line "
          + "to ~/.config/fish/config.fish:", ["set -p fish_complete_path \(word(installed.fishDirectory))"])
    case .other:
      return nil
    }
  }

  private var dataHome: String? {
    if let home = environment["XDG_DATA_HOME"], home.hasPrefix("/") { return home }
    return environment["HOME"].map { $0 + "/.local/share" }
  }

  /// bash-completion 2.11's `__load_completion`: the user's directory, then each data directory.
  private var bashCompletionDirectories: [String] {
    let user = environment["BASH_COMPLETION_USER_DIR"].flatMap { $0.isEmpty ? nil : $0 }
      ?? dataHome.map { $0 + "/bash-completion" }
    let data = nonEmpty(environment["XDG_DATA_DIRS"]) ?? "/usr/local/share:/usr/share"
    return ([user].compactMap { $0 } + data.split(separator: ":").map { $0 + "/bash-completion" })
      .map { $0 + "/completions" }
  }

  /// fish 3's `fish_complete_path`: the user's data directory, then each data directory, or
  /// fish's own when there are none.
  private var fishCompletionDirectories: [String] {
    let data = nonEmpty(environment["XDG_DATA_DIRS"]) ?? "/usr/share"
    return ([dataHome].compactMap { $0 } + data.split(separator: ":").map(String.init))
      .map { $0 + "/fish/vendor_completions.d" }
  }

  private func nonEmpty(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }

  private func advice(_ sentence: String, _ lines: [String]) -> String {
    ([sentence] + lines.map { "    " + $0 }).joinedText(separator: "\n")
  }

  /// `path` followed by the value of a colon-separated variable, as one POSIX shell word.
  private func prepended(_ path: String, to variable: String) -> String {
    let quoted = word(path)
    guard quoted.hasPrefix("\"") else { return quoted + ":\"$" + variable + "\"" }
    return quoted.dropLast() + ":$" + variable + "\""
  }

  /// A path as a shell word: `"$HOME/..."` below the home directory, so that the line reads as
  /// people write it; quoted as a whole when it holds characters a shell would act on.
  private func word(_ path: String) -> String {
    let plain = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._+,-@%=".contains($0)) }
    guard plain else { return shell == .fish ? ShellEscaping.fishQuoted(path) : ShellEscaping.singleQuoted(path) }
    if let home = environment["HOME"], home.count > 1, path.hasPrefix(home + "/") {
      return "\"$HOME" + path.dropFirst(home.count) + "\""
    }
    return "\"" + path + "\""
  }
}
