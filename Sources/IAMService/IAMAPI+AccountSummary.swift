import IAMStore

/// GetAccountSummary: every count and quota IAM reports, read from the counters the account
/// record keeps, so that it costs one read however large the account is.
extension IAMAPI {
  public func getAccountSummary() throws -> [SummaryEntry] {
    return try call("GetAccountSummary", []) {
      try authorize("iam:GetAccountSummary", on: "*")
      func present(_ flag: Bool) -> Int { flag ? 1 : 0 }
      let entries: [String: Int] = [
        "AccessKeysPerUserQuota": IAMAPI.accessKeysPerUserQuota,
        "AccountAccessKeysPresent": present(!account.rootAccessKeys.isEmpty),
        "AccountMFAEnabled": present(account.count(of: SummaryCount.rootMFADevices) > 0),
        "AccountSigningCertificatesPresent": present(!account.rootSigningCertificates.isEmpty),
        "AssumeRolePolicySizeQuota": IAMAPI.trustPolicySizeQuota,
        "AttachedPoliciesPerGroupQuota": SummaryCount.attachedPoliciesQuota,
        "AttachedPoliciesPerRoleQuota": SummaryCount.attachedPoliciesQuota,
        "AttachedPoliciesPerUserQuota": SummaryCount.attachedPoliciesQuota,
        "GlobalEndpointTokenVersion": 1,
        "GroupPolicySizeQuota": GroupRecord.policySizeQuota,
        "Groups": account.count(of: AccountQuota.groups.countKey),
        "GroupsPerUserQuota": IAMAPI.groupsPerUserQuota,
        "GroupsQuota": AccountQuota.groups.limit,
        "InstanceProfiles": account.count(of: AccountQuota.instanceProfiles.countKey),
        "InstanceProfilesQuota": AccountQuota.instanceProfiles.limit,
        "MFADevices": account.count(of: SummaryCount.mfaDevices),
        "MFADevicesInUse": account.count(of: SummaryCount.mfaDevicesInUse),
        "Policies": account.count(of: AccountQuota.policies.countKey),
        "PoliciesQuota": AccountQuota.policies.limit,
        "PolicySizeQuota": SummaryCount.policySizeQuota,
        "PolicyVersionsInUse": account.count(of: SummaryCount.policyVersionsInUse),
        "PolicyVersionsInUseQuota": SummaryCount.policyVersionsInUseQuota,
        "Providers": account.count(of: SummaryCount.providers),
        "RolePolicySizeQuota": RoleRecord.policySizeQuota,
        "Roles": account.count(of: AccountQuota.roles.countKey),
        "RolesQuota": AccountQuota.roles.limit,
        "ServerCertificates": account.count(of: AccountQuota.serverCertificates.countKey),
        "ServerCertificatesQuota": AccountQuota.serverCertificates.limit,
        "SigningCertificatesPerUserQuota": IAMAPI.signingCertificatesPerUserQuota,
        "UserPolicySizeQuota": UserRecord.policySizeQuota,
        "Users": account.count(of: AccountQuota.users.countKey),
        "UsersQuota": AccountQuota.users.limit,
        "VersionsPerPolicyQuota": SummaryCount.versionsPerPolicyQuota,
      ]
      return entries.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map {
        SummaryEntry(key: $0, value: entries[$0]!)
      }
    }
  }
}

/// The counters of the account record that only the summary reads, kept by the operations that
/// create and delete what they count. Identity providers do not exist yet, so their count stays
/// 0 and its quota is the value IAM reports.
enum SummaryCount {
  /// Virtual MFA devices in the account, assigned or not.
  static let mfaDevices = "mfaDevices"
  /// MFA devices assigned to a user or to the root user.
  static let mfaDevicesInUse = "mfaDevicesInUse"
  /// MFA devices of the root user; the summary says only whether there is one.
  static let rootMFADevices = "rootMFADevices"
  /// Attachments of managed policies, AWS's and the account's, to users, groups and roles (what
  /// moto counts; AWS does not document the key).
  static let policyVersionsInUse = "policyVersionsInUse"
  /// SAML and OpenID Connect identity providers.
  static let providers = "providers"

  static let attachedPoliciesQuota = 10
  static let policySizeQuota = 6144
  static let policyVersionsInUseQuota = 10000
  static let versionsPerPolicyQuota = 5
}
