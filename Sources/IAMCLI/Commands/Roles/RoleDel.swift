extension CommandSpec {
  static let roleDel: CommandSpec = {
    let role = SharedOptions.roleName("Name of the role to delete.")
    let recursive = OptionSpec.flag(
      "-c",
      help: """
        First take the role out of its instance profiles, delete its policies and detach its managed policies, \
        then the role.
        """)
    let pretend = OptionSpec.flag(
      "-p", help: "With -c, only list the instance profiles and policies that would be affected; change nothing.")
    return CommandSpec(
      name: "roledel", family: .roles,
      summary: "Delete a role, optionally detaching it from everything first.",
      description: """
        Deletes a role. A role that is still in an instance profile or has policies or attached managed policies \
        cannot be deleted unless -c is given, which removes it from the profiles, deletes the policies and \
        detaches the managed ones first, all in one step. With -c -p \
        nothing is deleted: the command lists what -c would change.
        """,
      options: [recursive, pretend, role],
      output: """
        Nothing. With -c -p: the line "instance profiles" followed by one tab-indented line per profile ARN, \
        then the line "Policies" followed by one tab-indented line per policy name, then the line "attached \
        policies" followed by one tab-indented line per managed policy ARN; a heading is left out when its list \
        is empty.
        """,
      examples: [
        Example("iam-roledel -r s3access", "Delete a role that nothing refers to."),
        Example("iam-roledel -r s3access -c -p", "Show what -c would detach and delete."),
        Example("iam-roledel -r s3access -c", "Detach the role from everything and delete it."),
      ]
    ) { arguments, context in
      let name = arguments.required(role)
      // Pretend mode never deletes anything, with or without -c.
      if arguments.flag(pretend) && !arguments.flag(recursive) { return [] }
      return try context.iam { iam in
        guard arguments.flag(recursive) else {
          try iam.deleteRole(roleName: name)
          return []
        }
        let profiles = try ListOutput.all {
          try iam.listInstanceProfilesForRole(roleName: name, marker: $0, maxItems: 1000)
        }
        let policies = try ListOutput.all { try iam.listRolePolicies(roleName: name, marker: $0, maxItems: 1000) }
        let attached = try AttachedPolicyCommands.Target.role.attached(iam, name)
        if arguments.flag(pretend) {
          return ListOutput.section("instance profiles", profiles.map(\.arn)) + ListOutput.section("Policies", policies)
            + ListOutput.section("attached policies", attached)
        }
        for profile in profiles {
          try iam.removeRoleFromInstanceProfile(instanceProfileName: profile.instanceProfileName, roleName: name)
        }
        for policy in policies { try iam.deleteRolePolicy(roleName: name, policyName: policy) }
        try AttachedPolicyCommands.Target.role.detachAll(iam, name, attached)
        try iam.deleteRole(roleName: name)
        return []
      }
    }
  }()
}
