/// Putting the role into a profile and taking it out again.
extension CommandSpec {
  static let instanceProfileAddRole: CommandSpec = {
    let role = SharedOptions.roleName("Name of the role to put into the profile.")
    let profile = SharedOptions.instanceProfileName("Name of the instance profile.")
    return CommandSpec(
      name: "instanceprofileaddrole", family: .instanceProfiles,
      summary: "Put a role into an instance profile.",
      description: """
        Puts a role into an instance profile. A profile holds one role at most, so a profile that already has \
        one (even the same one) refuses another.
        """,
      options: [role, profile],
      output: "Nothing.",
      examples: [Example("iam-instanceprofileaddrole -s webserver -r s3access", "Give the profile webserver the role.")]
    ) { arguments, context in
      try context.iam {
        try $0.addRoleToInstanceProfile(
          instanceProfileName: arguments.required(profile), roleName: arguments.required(role))
      }
      return []
    }
  }()

  static let instanceProfileRemoveRole: CommandSpec = {
    let role = SharedOptions.roleName("Name of the role to take out.")
    let profile = SharedOptions.instanceProfileName("Name of the instance profile.")
    return CommandSpec(
      name: "instanceprofileremoverole", family: .instanceProfiles,
      summary: "Take a role out of an instance profile.",
      description: "Takes a role out of an instance profile. Both are kept; only the link between them ends.",
      options: [role, profile],
      output: "Nothing.",
      examples: [
        Example("iam-instanceprofileremoverole -s webserver -r s3access", "Empty the profile webserver.")
      ]
    ) { arguments, context in
      try context.iam {
        try $0.removeRoleFromInstanceProfile(
          instanceProfileName: arguments.required(profile), roleName: arguments.required(role))
      }
      return []
    }
  }()
}
