/// Forward migrations of the store, one step per schema version.
///
/// A store written by an older build is brought up to `AccountRecord.currentSchemaVersion` inside
/// the first transaction that opens it, so the migration is itself all-or-nothing. Schema 1 is
/// the first layout; later layouts add a step here.
enum SchemaMigration {
  /// Steps indexed by the version they upgrade from.
  static let steps: [Int: @Sendable (inout AccountRecord, Transaction) throws(StoreError) -> Void] = [:]

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
