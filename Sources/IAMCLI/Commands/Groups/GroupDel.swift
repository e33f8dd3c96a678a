extension CommandSpec {
  static let groupDel: CommandSpec = {
    let group = SharedOptions.groupName("Name of the group to delete.")
    let pretend = OptionSpec.flag(
      "-p", help: "With -r, only list the members and policies that would be removed; change nothing.")
    let recursive = OptionSpec.flag(
      "-r",
      help: "First remove every member from the group, delete its policies and detach its managed policies, then the group.")
    return CommandSpec(
      name: "groupdel", family: .groups,
      summary: "Delete a group, optionally emptying it first.",
      description: """
        Deletes a group. A group that still has members, policies or attached managed policies cannot be \
        deleted unless -r is given, which removes them first, all in one step. With -r -p nothing is deleted: the command lists what -r would remove.
        """,
      options: [group, pretend, recursive],
      output: """
        Nothing. With -r -p: the line "users" followed by one tab-indented line per member ARN, then the line \
        "policies" followed by one tab-indented line per policy name, then the line "attachedpolicies" followed \
        by one tab-indented line per managed policy ARN; a heading is left out when its list is empty.
        """,
      examples: [
        Example("iam-groupdel -g Testers", "Delete an empty group."),
        Example("iam-groupdel -g Testers -r -p", "Show which members and policies -r would remove."),
        Example("iam-groupdel -g Testers -r", "Empty the group and delete it."),
      ]
    ) { arguments, context in
      let name = arguments.required(group)
      // Pretend mode never deletes anything, with or without -r (IAMCli deleted the group when -p came alone).
      if arguments.flag(pretend) && !arguments.flag(recursive) { return [] }
      return try context.iam { iam in
        guard arguments.flag(recursive) else {
          try iam.deleteGroup(groupName: name)
          return []
        }
        let members = try ListOutput.all { try iam.getGroup(groupName: name, marker: $0, maxItems: 1000).users }
        let policies = try ListOutput.all { try iam.listGroupPolicies(groupName: name, marker: $0, maxItems: 1000) }
        let attached = try AttachedPolicyCommands.Target.group.attached(iam, name)
        if arguments.flag(pretend) {
          return ListOutput.section("users", members.map(\.arn)) + ListOutput.section("policies", policies)
            + ListOutput.section("attachedpolicies", attached)
        }
        for member in members { try iam.removeUserFromGroup(groupName: name, userName: member.userName) }
        for policy in policies { try iam.deleteGroupPolicy(groupName: name, policyName: policy) }
        try AttachedPolicyCommands.Target.group.detachAll(iam, name, attached)
        try iam.deleteGroup(groupName: name)
        return []
      }
    }
  }()
}
