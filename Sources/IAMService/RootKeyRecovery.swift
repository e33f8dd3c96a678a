import IAMEncoding
import IAMStore

/// The store owner's way back to root access (D11).
///
/// In AWS the root user's password is the account owner's, and the owner can always recover it.
/// Here the store's files are the owner's, and the root credential file is how they act as root:
/// when its key has been deactivated or deleted, or the file lost, these operations let the owner
/// see what happened and start again with a new key. They need no credentials: whoever can open
/// the store (its owner, since the store refuses anyone else) owns the account.
extension IAMService {
  /// The root user's access keys, oldest first.
  public func rootAccessKeys(trace: Trace) throws -> [AccessKeyMetadata] {
    try transaction(trace: trace) { transaction, announce in
      let account = try account(in: transaction, announce: &announce)
      var keys: [AccessKeyMetadata] = []
      for (id, key) in try rootKeys(of: account, in: transaction) {
        guard let key else {
          throw StoreError.damaged(
            path: transaction.absolutePath(AccessKeyRecord.directory + "/" + id + ".json"),
            reason: "the file is missing, but the account lists it as a root access key")
        }
        keys.append(AccessKeyMetadata(userName: nil, accessKeyId: key.id, status: key.status, createDate: key.createDate))
      }
      return keys
    }
  }

  /// Replaces every root access key with one new, active key, written into the store's root
  /// credential file. A credential file holding one of the old keys stops working, as it would
  /// after any credential reset. Returns the new key's id and the ids of the keys it replaced.
  public func resetRootAccessKeys(trace: Trace) throws -> (newKeyId: String, replaced: [String]) {
    try transaction(trace: trace) { transaction, announce in
      var account = try account(in: transaction, announce: &announce)
      let replaced = account.rootAccessKeys
      // A key whose file is gone is simply replaced; one that belongs to a user stops the reset.
      for (id, _) in try rootKeys(of: account, in: transaction) { transaction.delete(AccessKeyRecord.self, named: id) }
      let bootstrap = AccountBootstrap(ids: IDGenerator(seed: configuration.seed), now: configuration.now)
      let keyId = bootstrap.issueRootKey(&account, in: transaction)
      trace.debug("root access keys \(replaced.isEmpty ? "(none)" : replaced.joinedText(separator: ", ")) replaced by \(keyId)")
      return (keyId, replaced)
    }
  }

  /// The root user's keys as the account lists them, each with its record, nil when its file is
  /// gone. A listed key that belongs to a user is damage to the account file: treated as root's,
  /// it would be shown as root's, and deleted by a reset from under its user.
  private func rootKeys(
    of account: AccountRecord, in transaction: Transaction
  ) throws(StoreError) -> [(id: String, record: AccessKeyRecord?)] {
    var keys: [(id: String, record: AccessKeyRecord?)] = []
    for id in account.rootAccessKeys {
      let key = try transaction.record(AccessKeyRecord.self, named: id)
      if let owner = key?.userName {
        throw .damaged(
          path: transaction.absolutePath(StoreLayout.account),
          reason: "it lists \(id) as a root access key, but that key belongs to user \(owner)")
      }
      keys.append((id, key))
    }
    return keys
  }
}
