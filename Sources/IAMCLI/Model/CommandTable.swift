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

  /// Builds only the command asked for: building `all` costs more than many commands' own work.
  /// The cases must name exactly the commands of `all` (a test checks every one, and debug builds
  /// check that what is found is listed there).
  public static func command(named name: String) -> CommandSpec? {
    let found: CommandSpec? =
      switch name {
      case "accountaliascreate": .accountAliasCreate
      case "accountaliasdelete": .accountAliasDelete
      case "accountaliaslist": .accountAliasList
      case "accountdelpasswordpolicy": .accountDelPasswordPolicy
      case "accountgetpasswordpolicy": .accountGetPasswordPolicy
      case "accountgetsummary": .accountGetSummary
      case "accountmodpasswordpolicy": .accountModPasswordPolicy
      case "groupaddpolicy": .groupAddPolicy
      case "groupadduser": .groupAddUser
      case "groupcreate": .groupCreate
      case "groupdel": .groupDel
      case "groupdelpolicy": .groupDelPolicy
      case "grouplistbypath": .groupListByPath
      case "grouplistpolicies": .groupListPolicies
      case "grouplistusers": .groupListUsers
      case "groupmod": .groupMod
      case "groupremoveuser": .groupRemoveUser
      case "groupuploadpolicy": .groupUploadPolicy
      case "useraddpolicy": .userAddPolicy
      case "usercreate": .userCreate
      case "userdel": .userDel
      case "userdelpolicy": .userDelPolicy
      case "usergetattributes": .userGetAttributes
      case "userlistbypath": .userListByPath
      case "userlistgroups": .userListGroups
      case "userlistpolicies": .userListPolicies
      case "usermod": .userMod
      case "useruploadpolicy": .userUploadPolicy
      case "useraddkey": .userAddKey
      case "userdelkey": .userDelKey
      case "userlistkeys": .userListKeys
      case "usermodkey": .userModKey
      case "useraddcert": .userAddCert
      case "userdelcert": .userDelCert
      case "userlistcerts": .userListCerts
      case "usermodcert": .userModCert
      case "useraddloginprofile": .userAddLoginProfile
      case "userchangepassword": .userChangePassword
      case "userdelloginprofile": .userDelLoginProfile
      case "usergetloginprofile": .userGetLoginProfile
      case "usermodloginprofile": .userModLoginProfile
      case "roleaddpolicy": .roleAddPolicy
      case "rolecreate": .roleCreate
      case "roledel": .roleDel
      case "roledelpolicy": .roleDelPolicy
      case "rolegetattributes": .roleGetAttributes
      case "rolelistbypath": .roleListByPath
      case "rolelistpolicies": .roleListPolicies
      case "roleupdateassumepolicy": .roleUpdateAssumePolicy
      case "roleuploadpolicy": .roleUploadPolicy
      case "instanceprofileaddrole": .instanceProfileAddRole
      case "instanceprofilecreate": .instanceProfileCreate
      case "instanceprofiledel": .instanceProfileDel
      case "instanceprofilegetattributes": .instanceProfileGetAttributes
      case "instanceprofilelistbypath": .instanceProfileListByPath
      case "instanceprofilelistforrole": .instanceProfileListForRole
      case "instanceprofileremoverole": .instanceProfileRemoveRole
      case "servercertdel": .serverCertDel
      case "servercertgetattributes": .serverCertGetAttributes
      case "servercertlistbypath": .serverCertListByPath
      case "servercertmod": .serverCertMod
      case "servercertupload": .serverCertUpload
      case "virtualmfadevicecreate": .virtualMFADeviceCreate
      case "virtualmfadevicedel": .virtualMFADeviceDel
      case "virtualmfadevicelist": .virtualMFADeviceList
      case "userenablemfadevice": .userEnableMFADevice
      case "userdeactivatemfadevice": .userDeactivateMFADevice
      case "userlistmfadevices": .userListMFADevices
      case "userresyncmfadevice": .userResyncMFADevice
      case "help": .help
      case "install": .install
      case "mfacode": .mfaCode
      case "rootkey": .rootKey
      case "signin": .signIn
      case "version": .version
      case "__complete": .complete
      case "__generate-docs": .generateDocs
      case "groupattachpolicy": .groupAttachPolicy
      case "groupdetachpolicy": .groupDetachPolicy
      case "grouplistattachedpolicies": .groupListAttachedPolicies
      case "userattachpolicy": .userAttachPolicy
      case "userdetachpolicy": .userDetachPolicy
      case "userlistattachedpolicies": .userListAttachedPolicies
      case "roleattachpolicy": .roleAttachPolicy
      case "roledetachpolicy": .roleDetachPolicy
      case "rolelistattachedpolicies": .roleListAttachedPolicies
      case "rolemod": .roleMod
      case "policycreate": .policyCreate
      case "policydel": .policyDel
      case "policyget": .policyGet
      case "policylistbypath": .policyListByPath
      case "policylistentities": .policyListEntities
      case "policyversioncreate": .policyVersionCreate
      case "policyversiondel": .policyVersionDel
      case "policyversionget": .policyVersionGet
      case "policyversionlist": .policyVersionList
      case "policyversionsetdefault": .policyVersionSetDefault
      case "assumerole": .assumeRole
      case "getsessiontoken": .getSessionToken
      case "instancecredentials": .instanceCredentials
      case "simulate": .simulate
      case "trail": .trail
      case "whoami": .whoAmI
      default: nil
      }
    assert(found == nil || all.contains { $0.name == name }, "\(name) is missing from CommandTable.all")
    return found
  }
}
