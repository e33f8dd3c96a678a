import IAMStore

/// Puts the tool where a shell finds it: the binary, one `iam-<command>` link per legacy command,
/// the manual pages and the completion scripts (see `InstallLayout`). It records every file and
/// every directory it creates in a manifest, so re-running it replaces its own files (and drops
/// those of commands that are gone) and uninstalling removes exactly those and nothing else.
struct Installer {
  let prefix: String
  let executable: String

  var binDirectory: String { prefix + "/" + InstallLayout.bin }
  var manDirectory: String { prefix + "/" + InstallLayout.man }
  var bashDirectory: String { prefix + "/" + InstallLayout.bash }
  var zshDirectory: String { prefix + "/" + InstallLayout.zsh }
  var fishDirectory: String { prefix + "/" + InstallLayout.fish }
  private var manifestPath: String { prefix + "/" + InstallLayout.manifest }

  func install() throws -> [String] {
    guard let binary = try FileSystem.readFile(executable, limit: InstallLayout.binaryLimit) else {
      throw StoreError.io(operation: "read", path: executable, errno: 2)
    }
    let previous = try readManifest() ?? []
    let owned = Set(previous)
    let entries = InstallLayout.entries(binary: binary)
    var directories = previous.filter { $0.hasSuffix("/") }
    var files: [String] = []
    var refused: [String] = []
    for entry in entries {
      let path = prefix + "/" + entry.path
      directories += try InstallFiles.makeDirectories(FileSystem.split(path).directory).compactMap(relative)
      // Something of the same name that this tool did not put there belongs to someone else.
      if FileSystem.exists(path) && !owned.contains(entry.path) && !matches(path, entry.content) {
        refused.append(path)
        continue
      }
      switch entry.content {
      case .file(let bytes, let mode):
        try FileSystem.writeFileAtomically(path, bytes, mode: mode, durable: false)
      case .link(let target):
        try FileSystem.makeLink(path, to: target)
      }
      files.append(entry.path)
    }
    let current = Set(files)
    for stale in previous where !stale.hasSuffix("/") && !current.contains(stale) {
      if InstallFiles.isFileOrLink(prefix + "/" + stale) { try FileSystem.removeFile(prefix + "/" + stale) }
    }
    directories += try InstallFiles.makeDirectories(FileSystem.split(manifestPath).directory).compactMap(relative)
    try writeManifest(files + unique(directories))
    let links = files.filter { $0.hasPrefix(InstallLayout.bin + "/iam-") }.count
    let pages = files.filter { $0.hasPrefix(InstallLayout.man1 + "/") }.count
    var lines = [
      "installed \(binDirectory)/iam with \(links) iam-* links, \(pages) manual pages in "
        + "\(prefix)/\(InstallLayout.man1) and completions for bash, zsh and fish"
    ]
    lines += refused.map { "left \($0) alone: iam did not install it" }
    return lines
  }

  func uninstall() throws -> [String] {
    guard let recorded = try readManifest() else {
      return ["nothing to remove: \(manifestPath) does not exist, so iam was not installed below \(prefix)"]
    }
    var removed = 0
    for path in recorded where !path.hasSuffix("/") && InstallFiles.isFileOrLink(prefix + "/" + path) {
      try FileSystem.removeFile(prefix + "/" + path)
      removed += 1
    }
    try FileSystem.removeFile(manifestPath)
    // Deepest first, and only when empty: a directory may have gained files of other programs.
    let directories = recorded.filter { $0.hasSuffix("/") }.sorted { $0.count > $1.count }
    for directory in directories { try FileSystem.removeDirectory(absolute(directory)) }
    return ["removed \(removed) files from \(prefix)"]
  }

  /// Whether `path` already holds exactly what would be installed there.
  private func matches(_ path: String, _ content: InstallLayout.Content) -> Bool {
    switch content {
    case .file(let bytes, _): return (try? FileSystem.readFile(path, limit: bytes.count)) == bytes
    case .link(let target): return FileSystem.linkTarget(path) == target
    }
  }

  /// A directory install created, as the manifest records it: `bin/`, or `./` for the prefix
  /// itself; nil for the prefix's parents, which are not part of the installation.
  private func relative(_ directory: String) -> String? {
    if directory == prefix { return "./" }
    guard directory.hasPrefix(prefix + "/") else { return nil }
    return String(directory.dropFirst(prefix.count + 1)) + "/"
  }

  private func absolute(_ directory: String) -> String {
    directory == "./" ? prefix : prefix + "/" + directory
  }

  private func unique(_ paths: [String]) -> [String] {
    var seen = Set<String>()
    return paths.filter { seen.insert($0).inserted }
  }

  /// The paths below the prefix that the last installation made; directories end with `/`.
  private func readManifest() throws -> [String]? {
    guard let bytes = try FileSystem.readFile(manifestPath, limit: InstallLayout.manifestLimit) else { return nil }
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
      .filter { !$0.isEmpty && !$0.hasPrefix("#") && !$0.hasPrefix("/") && !$0.contains("..") }
  }

  private func writeManifest(_ paths: [String]) throws {
    let text = "# Installed by iam install; iam install --uninstall removes these.\n"
      + paths.map { $0 + "\n" }.joined()
    try FileSystem.writeFileAtomically(manifestPath, Array(text.utf8), mode: 0o644, durable: false)
  }

  /// Whether `directory` is one of the directories of a PATH value.
  static func isOnPath(_ directory: String, path: String?) -> Bool {
    (path ?? "").split(separator: ":").contains { sameDirectory($0, directory) }
  }

  /// `a` and `a/` name the same directory.
  static func sameDirectory(_ entry: Substring, _ directory: String) -> Bool {
    func trimmed<S: StringProtocol>(_ path: S) -> Substring {
      var path = Substring(path)
      while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
      return path
    }
    return trimmed(entry) == trimmed(directory)
  }

  /// Whether man-db adds `manDirectory` to its search path from PATH (manpath(5)): for each entry it
  /// takes the entry and the entry without its last component, each followed by `/share/man` or
  /// `/man`. An entry written with a final `/` has an empty last component, so `DIR/bin/` leads
  /// to `DIR/bin/share/man`, not `DIR/share/man`.
  static func manDerives(_ manDirectory: String, path: String?) -> Bool {
    (path ?? "").split(separator: ":").contains { entry in
      let parent = entry.lastIndex(of: "/").map { entry[..<$0] }
      return [entry, parent].compactMap { $0 }.contains { $0 + "/share/man" == manDirectory || $0 + "/man" == manDirectory }
    }
  }
}
