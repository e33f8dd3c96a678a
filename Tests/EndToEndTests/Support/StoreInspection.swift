import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The account as the list commands show it: every user and group with their memberships, keys
/// and inline policies. Two states are equal exactly when every listing would print the same.
struct AccountState: Equatable, Sendable, CustomStringConvertible {
  struct User: Equatable, Sendable {
    var groups: Set<String> = []
    /// Access key id → status.
    var keys: [String: String] = [:]
    /// Policy name → document.
    var policies: [String: String] = [:]
  }

  struct Group: Equatable, Sendable {
    var members: Set<String> = []
    var policies: [String: String] = [:]
  }

  struct Role: Equatable, Sendable {
    var trustPolicy: [String] = []
    var policies: [String: String] = [:]
    var instanceProfiles: Set<String> = []
  }

  var users: [String: User] = [:]
  var groups: [String: Group] = [:]
  var roles: [String: Role] = [:]
  /// Instance profile name → the names of the roles it holds.
  var instanceProfiles: [String: Set<String>] = [:]

  var description: String {
    var lines: [String] = []
    for (name, user) in users.sorted(by: { $0.key < $1.key }) {
      lines.append(
        "user \(name) groups=\(user.groups.sorted()) keys=\(user.keys.sorted { $0.key < $1.key }) "
          + "policies=\(user.policies.keys.sorted())")
    }
    for (name, group) in groups.sorted(by: { $0.key < $1.key }) {
      lines.append("group \(name) members=\(group.members.sorted()) policies=\(group.policies.keys.sorted())")
    }
    for (name, role) in roles.sorted(by: { $0.key < $1.key }) {
      lines.append(
        "role \(name) profiles=\(role.instanceProfiles.sorted()) policies=\(role.policies.keys.sorted())")
    }
    for (name, roles) in instanceProfiles.sorted(by: { $0.key < $1.key }) {
      lines.append("instance profile \(name) roles=\(roles.sorted())")
    }
    return lines.joined(separator: "\n")
  }
}

extension Sandbox {
  /// Reads the whole account through the binary's list commands. The first of them also replays
  /// a journal left by a killed process, as any command would.
  func state(store: String? = nil) throws -> AccountState {
    func list(_ arguments: [String]) throws -> [String] {
      let result = iam(arguments + ["-i", "1000"], store: store)
      try #require(result.status == 0, "\(arguments) failed: \(result)")
      try #require(result.stdoutLines.last == "IsTruncated: false", "\(arguments): \(result)")
      return Array(result.stdoutLines.dropLast())
    }
    /// Name/value line pairs, as `-v` policy listings and key listings print them.
    func pairs(_ lines: [String], _ what: String) throws -> [String: String] {
      try #require(lines.count % 2 == 0, "\(what) does not list pairs: \(lines)")
      var result: [String: String] = [:]
      for index in stride(from: 0, to: lines.count, by: 2) { result[lines[index]] = lines[index + 1] }
      return result
    }

    var state = AccountState()
    for userName in try list(["userlistbypath"]).map(nameFromArn) {
      var user = AccountState.User()
      user.groups = Set(try list(["userlistgroups", "-u", userName]).map(nameFromArn))
      user.keys = try pairs(try list(["userlistkeys", "-u", userName]), "userlistkeys")
      user.policies = try pairs(try list(["userlistpolicies", "-u", userName, "-v"]), "userlistpolicies")
      state.users[userName] = user
    }
    for groupName in try list(["grouplistbypath"]).map(nameFromArn) {
      var group = AccountState.Group()
      group.members = Set(try list(["grouplistusers", "-g", groupName]).map(nameFromArn))
      group.policies = try pairs(try list(["grouplistpolicies", "-g", groupName, "-v"]), "grouplistpolicies")
      state.groups[groupName] = group
    }
    for roleName in try list(["rolelistbypath"]).map(nameFromArn) {
      var role = AccountState.Role()
      let attributes = iam(["rolegetattributes", "-r", roleName], store: store)
      try #require(attributes.status == 0, "rolegetattributes failed: \(attributes)")
      role.trustPolicy = Array(attributes.stdoutLines.dropFirst(2))
      role.policies = try pairs(try list(["rolelistpolicies", "-r", roleName, "-v"]), "rolelistpolicies")
      role.instanceProfiles = Set(try list(["instanceprofilelistforrole", "-r", roleName]).map(nameFromArn))
      state.roles[roleName] = role
    }
    for profileName in try list(["instanceprofilelistbypath"]).map(nameFromArn) {
      let attributes = iam(["instanceprofilegetattributes", "-s", profileName, "-r"], store: store)
      try #require(attributes.status == 0, "instanceprofilegetattributes failed: \(attributes)")
      state.instanceProfiles[profileName] = Set(attributes.stdoutLines.dropFirst(2).map(nameFromArn))
    }
    return state
  }
}

/// `arn:aws:iam::123456789012:user/some/path/alice` → `alice`.
func nameFromArn(_ arn: String) -> String {
  guard let slash = arn.lastIndex(of: "/") else { return arn }
  return String(arn[arn.index(after: slash)...])
}

/// Every file and directory below a store with its mode and content: two equal trees are the same
/// store byte for byte. The lock file and the dot files (temporary files that a killed writer may
/// leave, which no command reads) are left out.
struct FileTree: Equatable, Sendable, CustomStringConvertible {
  var entries: [String: String]

  /// The store's files under `root`. The audit trail is left out unless `withTrail`: every
  /// call, a refused one too, adds to it, and "changes nothing" means nothing else.
  init(_ root: String, withTrail: Bool = false) {
    entries = [:]
    let manager = FileManager.default
    for relative in (manager.subpaths(atPath: root) ?? []).sorted() {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") || relative == "lock" { continue }
      if !withTrail && FileTree.isTrail(relative, in: root) { continue }
      var info = stat()
      guard lstat(root + "/" + relative, &info) == 0 else { continue }
      let mode = String(info.st_mode & 0o7777, radix: 8)
      if info.st_mode & S_IFMT == S_IFDIR {
        entries[relative] = "directory \(mode)"
      } else {
        let bytes = manager.contents(atPath: root + "/" + relative) ?? Data()
        entries[relative] = "file \(mode) " + String(decoding: bytes, as: UTF8.self)
      }
    }
  }

  /// Whether `relative` is a store's trail directory or one of its files, in a store at `root`
  /// or below it.
  static func isTrail(_ relative: String, in root: String) -> Bool {
    var components = relative.split(separator: "/").map(String.init)
    if components.last == "current.jsonl" || components.last == "previous.jsonl" { components.removeLast() }
    guard components.last == "trail" else { return false }
    let store = ([root] + components.dropLast()).joined(separator: "/")
    return FileManager.default.fileExists(atPath: store + "/account.json")
  }

  /// The paths whose entries differ, for a readable failure message.
  func difference(from other: FileTree) -> [String] {
    Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
  }

  var description: String { entries.keys.sorted().joined(separator: "\n") }

  /// Modes the store contract promises (files 0600, directories 0700) that are not met.
  var wrongModes: [String] {
    entries.compactMap { path, entry in
      entry.hasPrefix("directory ") ? (entry == "directory 700" ? nil : path)
        : (entry.hasPrefix("file 600 ") ? nil : path)
    }.sorted()
  }
}

/// Whether the store's journal holds a commit that the next command must finish or discard; it
/// is empty between commits.
func journalIsPending(_ store: String) -> Bool {
  let size = (try? FileManager.default.attributesOfItem(atPath: store + "/journal.json"))?[.size] as? Int
  return (size ?? 0) > 0
}
