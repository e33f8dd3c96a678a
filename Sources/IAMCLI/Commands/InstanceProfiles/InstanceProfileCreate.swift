extension CommandSpec {
  static let instanceProfileCreate: CommandSpec = {
    let path = SharedOptions.path("Path to file the profile under, such as /webservers/; / by default.")
    let role = OptionSpec(
      "-r", "ROLENAME", completion: .roles, help: "A role to put into the new profile; it must exist already.")
    let profile = SharedOptions.newName(SharedOptions.instanceProfileName(
      "Name of the new instance profile: up to 128 letters, digits and _+=,.@- characters, unique in any case."))
    return CommandSpec(
      name: "instanceprofilecreate", family: .instanceProfiles,
      summary: "Create an instance profile, optionally holding a role.",
      description: """
        Creates an instance profile, the container through which an EC2 instance takes on a role. With -r the \
        role is put into the new profile; either both happen or neither does.
        """,
      options: [path, role, profile],
      output: "The new instance profile's ARN.",
      examples: [
        Example("iam-instanceprofilecreate -s s3access -r s3access", "Create the profile s3access holding that role.")
      ]
    ) { arguments, context in
      try context.iam { iam in
        let name = arguments.required(profile)
        let roleName = arguments.value(role)
        // As in IAMCli, the role is looked up before the profile is created.
        if let roleName { _ = try iam.getRole(roleName: roleName) }
        let created = try iam.createInstanceProfile(
          instanceProfileName: name, path: LegacyValues.path(arguments.value(path)) ?? "/")
        if let roleName { try iam.addRoleToInstanceProfile(instanceProfileName: name, roleName: roleName) }
        return [created.arn]
      }
    }
  }()
}
