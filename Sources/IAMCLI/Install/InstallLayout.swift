/// Where `iam install` puts each thing below its prefix, following the conventions that make
/// each tool find it: man's `share/man/man1`, bash-completion's per-user and system directories,
/// zsh's `site-functions`, fish's `vendor_completions.d`.
struct InstallLayout {
  static let bin = "bin"
  static let man = "share/man"
  static let man1 = man + "/man1"
  static let bash = "share/bash-completion/completions"
  static let zsh = "share/zsh/site-functions"
  static let fish = "share/fish/vendor_completions.d"
  /// The record of what an installation put below the prefix, for re-installing and uninstalling.
  static let manifest = "share/iam/installed-files"
  /// Reading limits: the static binary is about 10 MB; a manifest lists a few hundred paths.
  static let binaryLimit = 512 << 20
  static let manifestLimit = 1 << 20

  /// One thing to install: a file with its content and mode, or a symbolic link.
  enum Content: Equatable {
    case file([UInt8], mode: UInt32)
    case link(target: String)
  }

  /// Everything an installation consists of, by path below the prefix. Both bash-completion and
  /// fish look a completion file up by the command's name, so each `iam-<command>` gets a link to
  /// the one script; zsh reads the names from the script's `#compdef` line.
  static func entries(binary: [UInt8]) -> [(path: String, content: Content)] {
    let legacy = CommandTable.documented.filter(\.isLegacy).map(\.legacyName)
    var entries: [(path: String, content: Content)] = [(bin + "/iam", .file(binary, mode: 0o755))]
    entries += legacy.map { (bin + "/" + $0, .link(target: "iam")) }
    for page in GeneratedFiles.manPages() {
      entries.append((man1 + "/" + page.path.split(separator: "/").last!, .file(Array(page.content.utf8), mode: 0o644)))
    }
    let scripts = Dictionary(uniqueKeysWithValues: GeneratedFiles.completionScripts().map { ($0.path, $0.content) })
    entries.append((bash + "/iam", .file(Array(scripts[GeneratedFiles.bashScript]!.utf8), mode: 0o644)))
    entries += legacy.map { (bash + "/" + $0, .link(target: "iam")) }
    entries.append((zsh + "/_iam", .file(Array(scripts[GeneratedFiles.zshScript]!.utf8), mode: 0o644)))
    entries.append((fish + "/iam.fish", .file(Array(scripts[GeneratedFiles.fishScript]!.utf8), mode: 0o644)))
    entries += legacy.map { (fish + "/" + $0 + ".fish", .link(target: "iam.fish")) }
    return entries
  }
}
