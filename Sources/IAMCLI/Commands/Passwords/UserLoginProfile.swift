extension CommandSpec {
  static let userAddLoginProfile: CommandSpec = {
    let password = LoginProfileOptions.password("The user's new console password; it must follow the password policy.")
    let user = SharedOptions.userName("User to give a console password.")
    let resetRequired = LoginProfileOptions.resetRequired("Without it, the password can be used as it is.")
    return CommandSpec(
      name: "useraddloginprofile", family: .passwords,
      summary: "Give a user a console password.",
      description: """
        Gives a user a password for the console (a login profile, in IAM's words). The password must follow the \
        account's password policy, or IAM's default rules when there is none; a refused password leaves nothing \
        behind. It is kept only as a slow salted hash, and never shown again.
        """,
      options: [password, user, resetRequired],
      output: "Nothing.",
      examples: [
        Example("iam-useraddloginprofile -u alice -p 'C0rrect-Horse-Battery'", "Let alice sign in to the console."),
        Example(
          "iam-useraddloginprofile -u bob -p 'Temp-Passw0rd' --password-reset-required",
          "Give bob a first password that he must replace when he signs in."),
      ]
    ) { arguments, context in
      _ = try context.iam {
        try $0.createLoginProfile(
          userName: arguments.required(user), password: arguments.required(password),
          passwordResetRequired: arguments.flag(resetRequired) ? true : nil)
      }
      return []
    }
  }()

  static let userGetLoginProfile: CommandSpec = {
    let user = SharedOptions.userName("User whose console password to look for.")
    return CommandSpec(
      name: "usergetloginprofile", family: .passwords,
      summary: "Tell whether a user has a console password.",
      description: """
        Says whether a user has a console password. The password itself cannot be shown: it is not kept.
        """,
      options: [user],
      output: """
        Login Profile exists for user NAME. A user without a password is IAM's error NoSuchEntity.
        """,
      examples: [Example("iam-usergetloginprofile -u alice", "Check that alice can sign in to the console.")]
    ) { arguments, context in
      let profile = try context.iam { try $0.getLoginProfile(userName: arguments.required(user)) }
      return ["Login Profile exists for user \(profile.userName)"]
    }
  }()

  static let userModLoginProfile: CommandSpec = {
    let password = LoginProfileOptions.password(
      "The user's new console password; it must follow the password policy, reuse prevention included.")
    let user = SharedOptions.userName("User whose console password to replace.")
    let resetRequired = LoginProfileOptions.resetRequired("Without it, that setting stays as it was.")
    return CommandSpec(
      name: "usermodloginprofile", family: .passwords,
      summary: "Replace a user's console password.",
      description: """
        Sets a new console password for a user who has one, as an administrator does: the old password is not \
        needed. The new one must follow the password policy, and when the policy prevents reuse, it must not be \
        one of the user's latest passwords.
        """,
      options: [password, user, resetRequired],
      output: "Nothing.",
      examples: [
        Example(
          "iam-usermodloginprofile -u alice -p 'Fresh-Start-2026' --password-reset-required",
          "Reset alice's password and have her choose her own at the next sign-in.")
      ]
    ) { arguments, context in
      try context.iam {
        try $0.updateLoginProfile(
          userName: arguments.required(user), password: arguments.required(password),
          passwordResetRequired: arguments.flag(resetRequired) ? true : nil)
      }
      return []
    }
  }()

  static let userDelLoginProfile: CommandSpec = {
    let user = SharedOptions.userName("User whose console password to delete.")
    return CommandSpec(
      name: "userdelloginprofile", family: .passwords,
      summary: "Delete a user's console password.",
      description: """
        Deletes a user's console password, so that the user can no longer sign in to the console. The user's \
        access keys keep working.
        """,
      options: [user],
      output: "Nothing.",
      examples: [Example("iam-userdelloginprofile -u alice", "Stop alice from signing in to the console.")]
    ) { arguments, context in
      try context.iam { try $0.deleteLoginProfile(userName: arguments.required(user)) }
      return []
    }
  }()

  static let userChangePassword: CommandSpec = {
    let new = OptionSpec(
      "-n", "NEWPASSWORD", required: true,
      help: "The new password; it must follow the password policy, reuse prevention included.")
    let old = OptionSpec("-o", "OLDPASSWORD", required: true, help: "The current password, as a check.")
    return CommandSpec(
      name: "userchangepassword", family: .passwords,
      summary: "Change the console password of the user running the command.",
      description: """
        Changes the caller's own console password: the user whose access key runs the command, never anyone \
        else, and never the root user. It needs the current password, and iam:ChangePassword on the user's own \
        ARN, which the password policy's -a (AllowUsersToChangePassword) gives every user. A required reset is \
        done once the password is changed.
        """,
      options: [new, old],
      output: "Nothing.",
      examples: [
        Example(
          "iam-userchangepassword -o 'C0rrect-Horse-Battery' -n 'N3w-Long-Passphrase!' --aws-credential-file alice.cred",
          "alice, whose access key is in alice.cred, changes her own password.")
      ]
    ) { arguments, context in
      try context.iam { try $0.changePassword(oldPassword: arguments.required(old), newPassword: arguments.required(new)) }
      return []
    }
  }()
}

/// The options the login profile commands share.
enum LoginProfileOptions {
  static func password(_ help: String) -> OptionSpec { OptionSpec("-p", "PASSWORD", required: true, help: help) }

  /// `--password-reset-required`, an extension: IAMCli could not set it.
  static func resetRequired(_ otherwise: String) -> OptionSpec {
    OptionSpec.flag(
      "--password-reset-required",
      help: "Extension: the user must choose a new password at the next sign-in. \(otherwise)")
  }
}
