extension CommandSpec {
  static let instanceProfileListForRole: CommandSpec = {
    let role = SharedOptions.roleName("Name of the role.")
    return CommandSpec(
      name: "instanceprofilelistforrole", family: .instanceProfiles,
      summary: "List the instance profiles that hold a role.",
      description: "Lists the instance profiles that hold the role, in order of their names.",
      options: [SharedOptions.maxItems, SharedOptions.marker, role],
      output: "One instance profile ARN per line, then IsTruncated: false, or IsTruncated: true and a Marker: line.",
      examples: [Example("iam-instanceprofilelistforrole -r s3access", "Show which profiles hold s3access.")]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listInstanceProfilesForRole(
          roleName: arguments.required(role), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      return page.items.map(\.arn) + ListOutput.footer(page)
    }
  }()
}
