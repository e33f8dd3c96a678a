import IAMData
import IAMEncoding
import IAMStore

/// The names shell completion offers, read straight from the store files.
///
/// Completion runs on every Tab, possibly while another command holds the account lock, so this
/// reads an unlocked snapshot: it never waits, never creates the account, never authenticates
/// anyone, and turns every problem (no store, a damaged file, a newer schema) into "no names".
/// What it shows may be a moment out of date, which is harmless for a suggestion.
public struct NameLookup {
  private let snapshot: Transaction?

  /// A lookup in the store at `root`; nothing is created there.
  public init(root: String) {
    snapshot = (try? Store(options: StoreOptions(root: root)).unlockedSnapshot()) ?? nil
  }

  public func users(prefix: String) -> [String] { names(UserRecord.self, prefix: prefix) }
  public func groups(prefix: String) -> [String] { names(GroupRecord.self, prefix: prefix) }
  public func roles(prefix: String) -> [String] { names(RoleRecord.self, prefix: prefix) }

  public func instanceProfiles(prefix: String) -> [String] {
    names(InstanceProfileRecord.self, prefix: prefix)
  }

  public func policies(ofUser name: String, prefix: String) -> [String] {
    matching(record(UserRecord.self, name)?.policies.keys, prefix)
  }

  public func policies(ofGroup name: String, prefix: String) -> [String] {
    matching(record(GroupRecord.self, name)?.policies.keys, prefix)
  }

  public func policies(ofRole name: String, prefix: String) -> [String] {
    matching(record(RoleRecord.self, name)?.policies.keys, prefix)
  }

  /// The access key ids of a user.
  public func accessKeys(ofUser name: String, prefix: String) -> [String] {
    matching(record(UserRecord.self, name)?.accessKeys, prefix)
  }

  public func serverCertificates(prefix: String) -> [String] { names(ServerCertificateRecord.self, prefix: prefix) }

  /// The serial numbers (ARNs) of the account's virtual MFA devices that start with `prefix`.
  public func mfaDeviceSerials(prefix: String) -> [String] {
    guard let snapshot, let account = (try? snapshot.account()) ?? nil,
      let stems = try? snapshot.stems(of: MFADeviceRecord.self)
    else { return [] }
    return stems.compactMap { (try? snapshot.record(MFADeviceRecord.self, stem: $0)) ?? nil }
      .map { "arn:aws:iam::\(account.accountId):mfa\($0.path)\($0.name)" }.filter { $0.hasPrefix(prefix) }
  }

  /// The ARNs of the account's managed policies and of AWS's that start with `prefix`: the
  /// account's first, then AWS's, each in listing order.
  public func policyArns(prefix: String) -> [String] {
    var arns: [String] = []
    if let snapshot, let account = (try? snapshot.account()) ?? nil, let stems = try? snapshot.stems(of: ManagedPolicyRecord.self) {
      arns = stems.compactMap { (try? snapshot.record(ManagedPolicyRecord.self, stem: $0)) ?? nil }
        .map { PolicyArn(owner: account.accountId, path: $0.path, name: $0.name).text }.filter { $0.hasPrefix(prefix) }
    }
    // Only what could start with the prefix is built: AWS's ARNs all start alike.
    let awsPrefix = "arn:aws:iam::aws:policy/"
    guard awsPrefix.hasPrefix(prefix) || prefix.hasPrefix(awsPrefix) else { return arns }
    for index in 0..<AWSManagedPolicies.count {
      let arn = AWSManagedPolicies.policy(at: index).arn
      if arn.hasPrefix(prefix) { arns.append(arn) }
    }
    return arns
  }

  /// The ARNs of the account's roles that start with `prefix`; before anything that could only
  /// be an ARN is typed, the roles' names as well, as AssumeRole takes either.
  public func roleArns(prefix: String) -> [String] {
    guard let snapshot, let account = (try? snapshot.account()) ?? nil, let stems = try? snapshot.stems(of: RoleRecord.self)
    else { return [] }
    let roles = stems.compactMap { (try? snapshot.record(RoleRecord.self, stem: $0)) ?? nil }
    let arns = roles.map { "arn:aws:iam::\(account.accountId):role\($0.path)\($0.name)" }.filter { $0.hasPrefix(prefix) }
    return arns + (prefix.contains(":") ? [] : roles.map(\.name).filter { $0.hasPrefix(prefix) })
  }

  /// The account's alias, when it has one that starts with `prefix`.
  public func accountAlias(prefix: String) -> [String] {
    matching(((try? snapshot?.account()) ?? nil)?.alias.map { [$0] }, prefix)
  }

  public func signingCertificates(ofUser name: String, prefix: String) -> [String] {
    matching(record(UserRecord.self, name)?.signingCertificates, prefix)
  }

  /// The signing certificate ids of whoever owns the access key `keyId`.
  public func signingCertificates(ownedWith keyId: String, prefix: String) -> [String] {
    guard let key = record(AccessKeyRecord.self, keyId) else { return [] }
    if let user = key.userName { return signingCertificates(ofUser: user, prefix: prefix) }
    return matching((try? snapshot?.account())??.rootSigningCertificates, prefix)
  }

  /// The access key ids of whoever owns `keyId`: a user's keys, or the root user's.
  public func accessKeys(ownedWith keyId: String, prefix: String) -> [String] {
    guard let key = record(AccessKeyRecord.self, keyId) else { return [] }
    if let user = key.userName { return accessKeys(ofUser: user, prefix: prefix) }
    return matching((try? snapshot?.account())??.rootAccessKeys, prefix)
  }

  /// The actions the account's policies name, inline and customer managed, without wildcards:
  /// what `iam simulate -a` is most likely asked about. It reads every policy-holding record,
  /// which is for a Tab press, not for a command.
  public func policyActions(prefix: String) -> [String] {
    guard let snapshot else { return [] }
    var documents: [String] = []
    func collect<R: PolicyHolding>(_ type: R.Type) {
      for stem in (try? snapshot.stems(of: type)) ?? [] {
        if let record = (try? snapshot.record(type, stem: stem)) ?? nil { documents += record.policies.values }
      }
    }
    collect(UserRecord.self)
    collect(GroupRecord.self)
    collect(RoleRecord.self)
    for stem in (try? snapshot.stems(of: ManagedPolicyRecord.self)) ?? [] {
      if let record = (try? snapshot.record(ManagedPolicyRecord.self, stem: stem)) ?? nil {
        documents += record.versions.map(\.document)
      }
    }
    var actions = Set<String>()
    for text in documents {
      guard let document = try? JSONParser.parse(text) else { continue }
      let statements = document["Statement"].map { $0.arrayValue ?? [$0] } ?? []
      for statement in statements {
        let values = statement["Action"].map { $0.arrayValue ?? [$0] } ?? []
        for case .string(let action) in values where !action.contains("*") && !action.contains("?") {
          actions.insert(action)
        }
      }
    }
    let lowered = prefix.lowercased()
    return actions.filter { $0.lowercased().hasPrefix(lowered) }.sorted()
  }

  private func record<R: StoredRecord>(_ type: R.Type, _ name: String) -> R? {
    (try? snapshot?.record(type, named: name)) ?? nil
  }

  /// The exact names of the records whose name starts with `prefix`, ignoring case.
  ///
  /// File stems are the case-folded names, so only the files that can match are opened: with a
  /// prefix typed, a large account costs a handful of reads.
  private func names<R: StoredRecord>(_ type: R.Type, prefix: String) -> [String] {
    let folded = StoreLayout.caseFoldedStem(prefix)
    guard let snapshot, let stems = try? snapshot.stems(of: type) else { return [] }
    return stems.filter { $0.hasPrefix(folded) }.compactMap { (try? snapshot.record(type, stem: $0))??.name }
  }

  private func matching<S: Sequence<String>>(_ names: S?, _ prefix: String) -> [String] {
    guard let names else { return [] }
    let folded = StoreLayout.caseFoldedStem(prefix)
    return names.filter { StoreLayout.caseFoldedStem($0).hasPrefix(folded) }
      .sorted(by: ListingOrder.precedes)
  }
}
