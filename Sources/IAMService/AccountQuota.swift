import IAMStore

/// An entity type the account counts against a quota: the count's key in the account record,
/// the quota's name in IAM's LimitExceeded message, and its limit.
struct AccountQuota: Sendable {
  let countKey: String
  let name: String
  let limit: Int

  static let users = AccountQuota(countKey: "users", name: "UsersPerAccount", limit: 5000)
  static let groups = AccountQuota(countKey: "groups", name: "GroupsPerAccount", limit: 300)
  static let roles = AccountQuota(countKey: "roles", name: "RolesPerAccount", limit: 1000)
  static let instanceProfiles = AccountQuota(
    countKey: "instanceProfiles", name: "InstanceProfilesPerAccount", limit: 1000)
  static let serverCertificates = AccountQuota(
    countKey: "serverCertificates", name: "ServerCertificatesPerAccount", limit: 20)
  /// Customer managed policies.
  static let policies = AccountQuota(countKey: "policies", name: "PoliciesPerAccount", limit: 1500)
  /// Virtual MFA devices, assigned or not: AWS allows as many as the account may have users.
  static let mfaDevices = AccountQuota(countKey: "mfaDevices", name: "VirtualMFADevicesPerAccount", limit: 5000)
  /// Devices enabled for a user: counted for the account summary, limited per user instead.
  static let mfaDevicesInUse = AccountQuota(countKey: "mfaDevicesInUse", name: "MFADevicesInUse", limit: .max)
}

extension IAMAPI {
  /// What every create checks before it writes: the name is not taken, whatever its case, and
  /// the account has room for one more.
  func ensureRoom<R: StoredRecord>(for type: R.Type, named name: String, _ kind: EntityKind, _ quota: AccountQuota) throws {
    if try transaction.record(type, named: name) != nil { throw kind.alreadyExists(name) }
    guard account.count(of: quota.countKey) < quota.limit else { throw IAMError.quota(quota.name, quota.limit) }
  }

  /// Counts a created (+1) or deleted (-1) entity against its quota.
  func count(_ quota: AccountQuota, _ delta: Int) {
    changeAccount { $0.adjustCount(of: quota.countKey, by: delta) }
  }
}
