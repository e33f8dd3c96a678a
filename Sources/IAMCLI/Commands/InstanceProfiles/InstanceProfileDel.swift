extension CommandSpec {
  static let instanceProfileDel: CommandSpec = {
    let profile = SharedOptions.instanceProfileName("Name of the instance profile to delete.")
    let pretend = OptionSpec.flag(
      "-p", help: "With -r, only list the role that would be taken out; change nothing.")
    let recursive = OptionSpec.flag("-r", help: "First take the role out of the profile, then delete the profile.")
    return CommandSpec(
      name: "instanceprofiledel", family: .instanceProfiles,
      summary: "Delete an instance profile, optionally emptying it first.",
      description: """
        Deletes an instance profile. A profile that still holds a role cannot be deleted unless -r is given, \
        which takes the role out first, in the same step; the role itself is kept. With -r -p nothing is \
        deleted: the command lists the role -r would take out.
        """,
      options: [pretend, recursive, profile],
      output: """
        Nothing. With -r -p: the line "roles" followed by one tab-indented line per role ARN, or nothing when \
        the profile is empty.
        """,
      examples: [
        Example("iam-instanceprofiledel -s s3access", "Delete an empty instance profile."),
        Example("iam-instanceprofiledel -s s3access -r", "Take the role out and delete the profile."),
      ]
    ) { arguments, context in
      let name = arguments.required(profile)
      // Pretend mode never deletes anything, with or without -r.
      if arguments.flag(pretend) && !arguments.flag(recursive) { return [] }
      return try context.iam { iam in
        guard arguments.flag(recursive) else {
          try iam.deleteInstanceProfile(instanceProfileName: name)
          return []
        }
        let roles = try iam.getInstanceProfile(instanceProfileName: name).roles
        if arguments.flag(pretend) { return ListOutput.section("roles", roles.map(\.arn)) }
        for role in roles { try iam.removeRoleFromInstanceProfile(instanceProfileName: name, roleName: role.roleName) }
        try iam.deleteInstanceProfile(instanceProfileName: name)
        return []
      }
    }
  }()
}
