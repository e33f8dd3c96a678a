extension CommandSpec {
  static let instanceProfileGetAttributes: CommandSpec = {
    let showRoles = OptionSpec.flag("-r", help: "Also print the ARN of the role the profile holds.")
    let profile = SharedOptions.instanceProfileName("Name of the instance profile.")
    return CommandSpec(
      name: "instanceprofilegetattributes", family: .instanceProfiles,
      summary: "Show an instance profile's ARN and unique id; with -r, also its role's ARN.",
      description: "Prints the ARN and unique id of an instance profile, and with -r the role it holds.",
      options: [showRoles, profile],
      output: "The profile's ARN, then its unique id (AIPA...); with -r, then one line per role ARN.",
      examples: [Example("iam-instanceprofilegetattributes -s s3access -r", "Show the profile and its role.")]
    ) { arguments, context in
      let found = try context.iam { try $0.getInstanceProfile(instanceProfileName: arguments.required(profile)) }
      let roles = arguments.flag(showRoles) ? found.roles.map(\.arn) : []
      return [found.arn, found.instanceProfileId] + roles
    }
  }()
}
