extension CommandSpec {
  static let groupMod: CommandSpec = {
    let group = SharedOptions.groupName("Name of the group to change.")
    let newName = OptionSpec(
      "-n", "NEWGROUPNAME", help: "Rename the group to this; its members and policies stay with it.")
    let newPath = SharedOptions.path("Move the group to this path.", metavar: "NEWPATH")
    return CommandSpec(
      name: "groupmod", family: .groups,
      summary: "Rename a group or change its path.",
      description: "Changes the name or the path of a group. The group keeps its unique id, its members and its policies.",
      options: [group, newName, newPath],
      output: "Nothing.",
      examples: [
        Example("iam-groupmod -g Testers -n QA", "Rename the group Testers to QA."),
        Example("iam-groupmod -g QA -p /quality/", "Move the group QA under /quality/."),
      ]
    ) { arguments, context in
      try context.iam {
        try $0.updateGroup(
          groupName: arguments.required(group), newPath: LegacyValues.path(arguments.value(newPath)),
          newGroupName: arguments.value(newName))
      }
      return []
    }
  }()
}
