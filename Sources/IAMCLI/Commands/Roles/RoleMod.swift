import IAMService

extension CommandSpec {
  static let roleMod: CommandSpec = {
    let role = SharedOptions.roleName("The role to change.")
    return CommandSpec(
      name: "rolemod", family: .roles,
      summary: "Change how long the sessions of a role may last.",
      description: """
        Sets the longest session that iam-assumerole may give out for the role, from an hour to twelve. \
        Sessions that exist keep the expiry they were given.
        """,
      options: [RoleOptions.maxSessionDuration, role],
      output: "Nothing.",
      examples: [
        Example("iam-rolemod -r s3-readonly --max-session-duration 43200", "Let sessions of s3-readonly last twelve hours.")
      ]
    ) { arguments, context in
      try context.iam {
        try $0.updateRole(roleName: arguments.required(role), maxSessionDuration: arguments.integer(RoleOptions.maxSessionDuration))
      }
      return []
    }
  }()
}

/// Options of the role commands that IAMCli lacked.
enum RoleOptions {
  static let maxSessionDuration = OptionSpec(
    "--max-session-duration", "SECONDS", kind: .integer,
    help: "The longest session iam-assumerole gives out for the role: 3600 to 43200 seconds; 3600 for a new role.")
}
