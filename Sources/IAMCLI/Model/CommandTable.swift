/// Every command, in the order `iam help` lists them within a family: the single source of truth
/// for the parser, help, the man pages and the completions.
public enum CommandTable {
  public static let all: [CommandSpec] = [
    .accountAliasCreate, .accountAliasDelete, .accountAliasList, .accountDelPasswordPolicy,
    .accountGetPasswordPolicy, .accountGetSummary, .accountModPasswordPolicy,
    .groupAddPolicy, .groupAddUser, .groupCreate, .groupDel, .groupDelPolicy, .groupListByPath,
    .groupListPolicies, .groupListUsers, .groupMod, .groupRemoveUser, .groupUploadPolicy,
    .groupAttachPolicy, .groupDetachPolicy, .groupListAttachedPolicies,
    .userAddPolicy, .userCreate, .userDel, .userDelPolicy, .userGetAttributes, .userListByPath,
    .userListGroups, .userListPolicies, .userMod, .userUploadPolicy,
    .userAttachPolicy, .userDetachPolicy, .userListAttachedPolicies,
    .userAddKey, .userDelKey, .userListKeys, .userModKey,
    .userAddCert, .userDelCert, .userListCerts, .userModCert,
    .userAddLoginProfile, .userChangePassword, .userDelLoginProfile, .userGetLoginProfile, .userModLoginProfile,
    .roleAddPolicy, .roleCreate, .roleDel, .roleDelPolicy, .roleGetAttributes, .roleListByPath,
    .roleListPolicies, .roleUpdateAssumePolicy, .roleUploadPolicy,
    .roleAttachPolicy, .roleDetachPolicy, .roleListAttachedPolicies, .roleMod,
    .instanceProfileAddRole, .instanceProfileCreate, .instanceProfileDel, .instanceProfileGetAttributes,
    .instanceProfileListByPath, .instanceProfileListForRole, .instanceProfileRemoveRole,
    .serverCertDel, .serverCertGetAttributes, .serverCertListByPath, .serverCertMod, .serverCertUpload,
    .virtualMFADeviceCreate, .virtualMFADeviceDel, .virtualMFADeviceList, .userEnableMFADevice,
    .userDeactivateMFADevice, .userListMFADevices, .userResyncMFADevice,
    .policyCreate, .policyDel, .policyGet, .policyListByPath, .policyListEntities,
    .policyVersionCreate, .policyVersionDel, .policyVersionGet, .policyVersionList, .policyVersionSetDefault,
    .assumeRole, .getSessionToken,
    .help, .install, .instanceCredentials, .mfaCode, .rootKey, .signIn, .simulate, .trail, .version, .whoAmI, .complete,
    .generateDocs,
  ]

  public static func command(named name: String) -> CommandSpec? {
    all.first { $0.name == name }
  }
}
