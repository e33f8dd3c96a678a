import IAMStore

/// Puts the tool where a shell finds it: the binary in `<prefix>/bin`, and one `iam-<command>`
/// link to it per legacy command. Re-running it replaces what it installed; uninstalling removes
/// exactly that and nothing else.
struct Installer {
  let prefix: String
  let executable: String

  var binDirectory: String { prefix + "/bin" }
  var installedBinary: String { binDirectory + "/iam" }

  /// The links to make: `iam-usercreate` -> `iam`, relative so the prefix can move.
  var links: [String] { CommandTable.all.filter(\.isLegacy).map { binDirectory + "/" + $0.legacyName } }

  func install() throws -> [String] {
    guard let binary = try FileSystem.readFile(executable) else {
      throw StoreError.io(operation: "read", path: executable, errno: 2)
    }
    try FileSystem.makeDirectories(binDirectory)
    try FileSystem.writeFileAtomically(installedBinary, binary, mode: 0o755, durable: false)
    var refused: [String] = []
    for link in links {
      // A file of the same name that is not our link belongs to someone else: leave it alone.
      if FileSystem.exists(link) && FileSystem.linkTarget(link) == nil {
        refused.append(link)
        continue
      }
      try FileSystem.makeLink(link, to: "iam")
    }
    var lines = ["installed \(installedBinary) and \(links.count - refused.count) iam-* commands"]
    lines += refused.map { "left \($0) alone: it is not a link that iam made" }
    return lines
  }

  func uninstall() throws -> [String] {
    var removed = 0
    for link in links where FileSystem.linkTarget(link) == "iam" {
      try FileSystem.removeFile(link)
      removed += 1
    }
    if FileSystem.exists(installedBinary) {
      try FileSystem.removeFile(installedBinary)
      removed += 1
    }
    try FileSystem.removeDirectory(binDirectory)
    try FileSystem.removeDirectory(prefix)
    return ["removed \(removed) files from \(binDirectory)"]
  }

  /// Whether `directory` is one of the directories of a PATH value.
  static func isOnPath(_ directory: String, path: String?) -> Bool {
    (path ?? "").split(separator: ":").contains { $0 == directory || $0 + "/" == directory }
  }
}
