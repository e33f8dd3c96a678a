import IAMService

extension CommandSpec {
  static let userDel: CommandSpec = {
    let pretend = OptionSpec.flag(
      "-p", help: "With -r, only list what would be removed; change nothing.")
    let recursive = OptionSpec.flag(
      "-r",
      help: """
        First delete the user's console password, access keys, policies and signing certificates, detach its \
        managed policies, deactivate its MFA devices and leave its groups, then delete the user.
        """)
    let user = SharedOptions.userName("Name of the user to delete.")
    return CommandSpec(
      name: "userdel", family: .users,
      summary: "Delete a user, optionally with everything it has.",
      description: """
        Deletes a user. A user that still has a console password, access keys, policies, attached managed \
        policies, signing certificates, MFA devices or group memberships cannot be deleted unless -r is given, \
        which removes them first, all in one step (its MFA devices are deactivated, not deleted). With -r -p \
        nothing is deleted: the command lists what -r would remove.
        As on AWS, every step of -r is a request of its own, checked with the caller's access key as it stands \
        then. A user therefore cannot delete himself with -r: his own key is deleted first, and the steps after \
        it are refused; the command then changes nothing.
        """,
      options: [pretend, recursive, user],
      output: """
        Nothing. With -r -p, each only when not empty: "loginprofile" and the tab-indented user name when the \
        user has a console password, "accesskeys" and one tab-indented key id per line, "policies" and one \
        tab-indented policy name per line, "attachedpolicies" and one tab-indented managed policy ARN per line, \
        "certificates" and one tab-indented certificate id per line, "mfadevices" and one tab-indented serial \
        number per line, "groups" and one tab-indented group ARN per line.
        """,
      examples: [
        Example("iam-userdel -u alice", "Delete a user that has nothing left."),
        Example("iam-userdel -u alice -r -p", "Show what -r would remove."),
        Example(
          "iam-userdel -u alice -r",
          "Delete alice with her password, keys, policies, certificates, MFA devices and memberships."),
      ]
    ) { arguments, context in
      let name = arguments.required(user)
      if arguments.flag(pretend) && !arguments.flag(recursive) { return [] }
      return try context.iam { iam in
        guard arguments.flag(recursive) else {
          try iam.deleteUser(userName: name)
          return []
        }
        let keys = try ListOutput.all { try iam.listAccessKeys(userName: name, marker: $0, maxItems: 1000) }
        let policies = try ListOutput.all { try iam.listUserPolicies(userName: name, marker: $0, maxItems: 1000) }
        let attached = try AttachedPolicyCommands.Target.user.attached(iam, name)
        let certificates = try ListOutput.all {
          try iam.listSigningCertificates(userName: name, marker: $0, maxItems: 1000)
        }
        let devices = try ListOutput.all { try iam.listMFADevices(userName: name, marker: $0, maxItems: 1000) }
        let groups = try ListOutput.all { try iam.listGroupsForUser(userName: name, marker: $0, maxItems: 1000) }
        // IAMCli's -r left the login profile, so that DeleteUser then failed; it goes first here.
        let loginProfile: [String]
        do {
          loginProfile = [try iam.getLoginProfile(userName: name).userName]
        } catch let error as IAMError where error.code == .noSuchEntity {
          loginProfile = []
        }
        if arguments.flag(pretend) {
          return ListOutput.section("loginprofile", loginProfile)
            + ListOutput.section("accesskeys", keys.map(\.accessKeyId)) + ListOutput.section("policies", policies)
            + ListOutput.section("attachedpolicies", attached)
            + ListOutput.section("certificates", certificates.map(\.certificateId))
            + ListOutput.section("mfadevices", devices.map(\.serialNumber))
            + ListOutput.section("groups", groups.map(\.arn))
        }
        // AWS checks the key of every request, so a user who runs -r on himself loses his access
        // with his own key, the first thing -r deletes. The refusal that follows is AWS's, and
        // true, but alone it reads as if the key had been wrong from the start.
        var ownKeyDeleted = false
        do {
          if !loginProfile.isEmpty { try iam.deleteLoginProfile(userName: name) }
          for key in keys {
            try iam.deleteAccessKey(userName: name, accessKeyId: key.accessKeyId)
            ownKeyDeleted = ownKeyDeleted || key.accessKeyId == iam.caller.accessKeyId
          }
          for policy in policies { try iam.deleteUserPolicy(userName: name, policyName: policy) }
          try AttachedPolicyCommands.Target.user.detachAll(iam, name, attached)
          for certificate in certificates {
            try iam.deleteSigningCertificate(userName: name, certificateId: certificate.certificateId)
          }
          for device in devices { try iam.deactivateMFADevice(userName: name, serialNumber: device.serialNumber) }
          for group in groups { try iam.removeUserFromGroup(groupName: group.groupName, userName: name) }
          try iam.deleteUser(userName: name)
        } catch let error as IAMError where ownKeyDeleted && error.code == .invalidClientTokenId {
          context.note(
            "the access key this command runs with, \(iam.caller.accessKeyId), is one of \(name)'s: -r deletes it "
              + "first, and AWS refuses every later request made with it, so the command stopped and changed "
              + "nothing. Delete \(name) with other credentials, such as the root user's.")
          throw error
        }
        return []
      }
    }
  }()
}
