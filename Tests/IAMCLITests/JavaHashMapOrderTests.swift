import Testing

@testable import IAMCLI

/// The legacy order of the account summary, checked against what IAMCli printed (spec Appendix C).
@Suite struct JavaHashMapOrderTests {
  static func keys(_ text: String) -> [String] { text.components(separatedBy: ", ") }

  /// The 19 keys of a response, in the response's order, and the order IAMCli printed them on Java 17.
  @Test func theOrderObservedOnJava17() {
    let response = Self.keys(
      "Groups, InstanceProfiles, Roles, Users, MFADevices, MFADevicesInUse, ServerCertificates, AccountMFAEnabled, "
        + "AccessKeysPerUserQuota, GroupPolicySizeQuota, GroupsPerUserQuota, GroupsQuota, InstanceProfilesQuota, "
        + "RolePolicySizeQuota, RolesQuota, ServerCertificatesQuota, SigningCertificatesPerUserQuota, "
        + "UserPolicySizeQuota, UsersQuota")
    let printed = Self.keys(
      "GroupPolicySizeQuota, InstanceProfilesQuota, GroupsPerUserQuota, InstanceProfiles, ServerCertificates, "
        + "Roles, Users, RolesQuota, SigningCertificatesPerUserQuota, AccountMFAEnabled, MFADevicesInUse, "
        + "AccessKeysPerUserQuota, RolePolicySizeQuota, Groups, UsersQuota, ServerCertificatesQuota, MFADevices, "
        + "UserPolicySizeQuota, GroupsQuota")
    #expect(JavaHashMapOrder.order(response) == printed)
  }

  /// The 14 keys the SDK of IAMCli's time knew, put in the order of its SummaryKeyType. Keys that
  /// share a bucket (MFADevices and UserPolicySizeQuota) come in the order they were put in.
  @Test func theOrderOfTheFourteenKeysTheSDKKnew() {
    let sdkOrder = Self.keys(
      "Users, UsersQuota, Groups, GroupsQuota, ServerCertificates, ServerCertificatesQuota, UserPolicySizeQuota, "
        + "GroupPolicySizeQuota, GroupsPerUserQuota, SigningCertificatesPerUserQuota, AccessKeysPerUserQuota, "
        + "MFADevices, MFADevicesInUse, AccountMFAEnabled")
    let printed = Self.keys(
      "GroupPolicySizeQuota, GroupsPerUserQuota, ServerCertificates, Users, SigningCertificatesPerUserQuota, "
        + "AccountMFAEnabled, MFADevicesInUse, AccessKeysPerUserQuota, Groups, UsersQuota, ServerCertificatesQuota, "
        + "UserPolicySizeQuota, MFADevices, GroupsQuota")
    #expect(JavaHashMapOrder.order(sdkOrder) == printed)
  }

  @Test func hashCodeIsJavas() {
    #expect(JavaHashMapOrder.hashCode("") == 0)
    #expect(JavaHashMapOrder.hashCode("Users") == 0x04E3_9DE8)
  }
}
