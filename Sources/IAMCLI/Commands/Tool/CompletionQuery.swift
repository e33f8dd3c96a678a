import IAMService
import IAMStore

/// One request of a completion script: a command line split into words and the index of the word
/// under the cursor. It reads the line with the parser's rules (an option's value is always the
/// next word) to find which option the word is the value of, and which entities the line names.
struct CompletionQuery {
  let words: [String]
  let index: Int

  /// `INDEX WORD...` as the scripts send them; nil when that is not what they are.
  init?(_ operands: [String]) {
    guard let first = operands.first, let index = Int(first), index >= 0, operands.count >= 2 else { return nil }
    // Shells hand over words as typed; names never contain quotes or backslashes, so drop them.
    words = operands.dropFirst().map { $0.filter { $0 != "'" && $0 != "\"" && $0 != "\\" } }
    self.index = index
  }

  var prefix: String { index < words.count ? words[index] : "" }

  /// The command the line runs and the index of its first option word.
  var command: (spec: CommandSpec, start: Int)? {
    let program = FileSystem.split(words[0]).name
    if program.hasPrefix("iam-") {
      guard let spec = CommandTable.command(named: String(program.dropFirst(4))), spec.isLegacy else { return nil }
      return (spec, 1)
    }
    guard words.count > 1, let spec = CommandTable.command(named: words[1]), !spec.isHidden else { return nil }
    return (spec, 2)
  }

  func candidates(_ invocation: Invocation) -> [String] {
    if index == 1 && !FileSystem.split(words[0]).name.hasPrefix("iam-") {
      return commandNames()
    }
    guard index > 0, let (spec, start) = command else { return [] }
    let (option, values) = scan(spec, from: start)
    guard let option else {
      return spec.operandCompletion == .commands && !prefix.hasPrefix("-") ? commandNames() : []
    }
    guard let root = try? EnvironmentSettings.serviceConfiguration(invocation).store.root else { return [] }
    let names = NameLookup(root: root)
    /// The value given on the line to the option of `spec` that names an entity of this kind.
    func named(_ kind: OptionSpec.Completion) -> String? {
      spec.options.first { $0.completion == kind }.flatMap { values[$0.name] }
    }
    switch option.completion {
    case .none, .files, .values: return []
    case .users: return names.users(prefix: prefix)
    case .groups: return names.groups(prefix: prefix)
    case .roles: return names.roles(prefix: prefix)
    case .instanceProfiles: return names.instanceProfiles(prefix: prefix)
    case .policiesOfUser: return named(.users).map { names.policies(ofUser: $0, prefix: prefix) } ?? []
    case .policiesOfGroup: return named(.groups).map { names.policies(ofGroup: $0, prefix: prefix) } ?? []
    case .policiesOfRole: return named(.roles).map { names.policies(ofRole: $0, prefix: prefix) } ?? []
    case .accessKeys:
      if let user = named(.users) { return names.accessKeys(ofUser: user, prefix: prefix) }
      guard let keyId = callerKeyId(values, invocation, root: root) else { return [] }
      return names.accessKeys(ownedWith: keyId, prefix: prefix)
    case .signingCertificates:
      if let user = named(.users) { return names.signingCertificates(ofUser: user, prefix: prefix) }
      guard let keyId = callerKeyId(values, invocation, root: root) else { return [] }
      return names.signingCertificates(ownedWith: keyId, prefix: prefix)
    case .serverCertificates: return names.serverCertificates(prefix: prefix)
    case .mfaDevices: return names.mfaDeviceSerials(prefix: prefix)
    case .accountAlias: return names.accountAlias(prefix: prefix)
    case .policyArns: return names.policyArns(prefix: prefix)
    case .roleArns: return names.roleArns(prefix: prefix)
    case .policyActions: return names.policyActions(prefix: prefix)
    }
  }

  private func commandNames() -> [String] {
    CommandTable.documented.map(\.name).filter { $0.hasPrefix(prefix) }
  }

  /// The option whose value is the word under the cursor, and the last value of every other
  /// option on the line (before or after the cursor).
  private func scan(_ spec: CommandSpec, from start: Int) -> (OptionSpec?, [String: String]) {
    let options = spec.allOptions
    var target: OptionSpec?
    var values: [String: String] = [:]
    var i = start
    while i < words.count {
      guard i != index, let option = options.first(where: { $0.name == words[i] || $0.alias == words[i] }),
        option.takesValue
      else {
        i += 1
        continue
      }
      if i + 1 == index {
        target = option
      } else if i + 1 < words.count {
        values[option.name] = words[i + 1]
      }
      i += 2
    }
    return (target, values)
  }

  /// The access key id of the caller, from the credential file the command would use; the
  /// `-k` of the key commands defaults to the caller's own keys.
  private func callerKeyId(_ values: [String: String], _ invocation: Invocation, root: String) -> String? {
    let path: String
    if let option = values[CommonOptions.credentialFile.name] {
      path = FileSystem.resolve(option, against: invocation.workingDirectory)
    } else if let variable = invocation.environment[CredentialSource.variable], !variable.isEmpty {
      path = FileSystem.resolve(variable, against: invocation.workingDirectory)
    } else {
      path = root + "/" + StoreLayout.rootCredentials
    }
    guard let bytes = (try? FileSystem.readFile(path, limit: CredentialFile.sizeLimit)) ?? nil else { return nil }
    return (try? CredentialFile.parse(bytes))?.accessKeyId
  }
}
