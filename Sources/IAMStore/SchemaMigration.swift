/// Forward migrations of the store, one step per schema version.
///
/// A store written by an older build is brought up to `AccountRecord.currentSchemaVersion` inside
/// the first transaction that opens it, so the migration is itself all-or-nothing. Schema 1 is
/// the first layout; later layouts add a step here.
enum SchemaMigration {
  /// Steps indexed by the version they upgrade from.
  static let steps: [Int: @Sendable (inout AccountRecord, Transaction) throws(StoreError) -> Void] = [
    1: membersByGroupId,
    // Schema 3 adds signing certificates to users and the account, and server certificates:
    // nothing to move, but an iam that predates them would drop them when it rewrote a user.
    2: { _, _ in },
    // Schema 4 adds the account alias and password policy to the account, and login profiles
    // (password hashes) to users: nothing to move, but an iam that predates them would drop them,
    // and with them every console password, when it rewrote an account or a user.
    3: { _, _ in },
    // Schema 5 adds MFA devices to users: nothing to move, as for schema 4.
    4: { _, _ in },
    // Schema 6 adds customer managed policies and the managed policies attached to users, groups
    // and roles: nothing to move, but an iam that predates them would drop every attachment
    // when it rewrote an entity.
    5: { _, _ in },
    // Schema 7 adds sessions, and the longest session and the trust policy's principal ids to
    // roles: nothing to move, but an iam that predates them would drop them from a role it rewrote.
    6: { _, _ in },
  ]

  /// Schema 2 files a group's member markers under the group's id instead of its case-folded
  /// name, so that renaming a group no longer moves every marker.
  @Sendable static func membersByGroupId(_ account: inout AccountRecord, _ transaction: Transaction) throws(StoreError) {
    for stem in try transaction.stems(of: GroupRecord.self) {
      guard let group = try transaction.record(GroupRecord.self, stem: stem) else { continue }
      let old = StoreLayout.groupMembers + "/" + StoreLayout.caseFoldedStem(group.name)
      for member in try transaction.list(old) {
        guard let user = try transaction.record(UserRecord.self, stem: member) else {
          throw .damaged(path: transaction.absolutePath(old + "/" + member), reason: "it names a user that does not exist")
        }
        transaction.remove(old + "/" + member)
        transaction.addMember(groupId: group.id, user: user.name)
      }
      transaction.removeDirectory(old)
    }
  }

  static func migrate(_ account: inout AccountRecord, in transaction: Transaction) throws(StoreError) {
    while account.schemaVersion < AccountRecord.currentSchemaVersion {
      guard let step = steps[account.schemaVersion] else {
        throw .damaged(
          path: transaction.absolutePath(StoreLayout.account),
          reason: "schema version \(account.schemaVersion) is not one this iam can upgrade")
      }
      try step(&account, transaction)
      account.schemaVersion += 1
    }
  }
}
