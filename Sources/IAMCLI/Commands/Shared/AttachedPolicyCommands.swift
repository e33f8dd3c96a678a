import IAMService

/// The three managed-policy commands that users, groups and roles have alike: attach, detach and
/// list the attached policies. They are additions (IAMCli predates managed policies), named and
/// shaped after the family's legacy commands.
enum AttachedPolicyCommands {
  /// How the commands of one entity type reach the service.
  struct Target: Sendable {
    /// `user`, `group` or `role`, as the prose says it.
    var noun: String
    var family: CommandFamily
    /// The option naming the entity (`-u`, `-g`, `-r`).
    var entity: OptionSpec
    var example: String
    var attach: @Sendable (IAMAPI, String, String) throws -> Void
    var detach: @Sendable (IAMAPI, String, String) throws -> Void
    var list: @Sendable (IAMAPI, String, String?, String?, Int?) throws -> Page<AttachedPolicy>
  }

  static let example = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"

  /// `iam-<noun>attachpolicy`.
  static func attach(_ target: Target) -> CommandSpec {
    change(
      target, verb: "attachpolicy", summary: "Attach a managed policy to a \(target.noun).",
      description: """
        Attaches a managed policy to the \(target.noun): from then on the policy's default version is one of the \
        \(target.noun)'s policies. A \(target.noun) may have 10 attached; attaching one that is attached already \
        changes nothing.
        """,
      policyHelp: "ARN of the managed policy to attach, AWS's or the account's own.",
      exampleExplanation: "Attach AWS's IAMReadOnlyAccess.", perform: target.attach)
  }

  /// `iam-<noun>detachpolicy`.
  static func detach(_ target: Target) -> CommandSpec {
    change(
      target, verb: "detachpolicy", summary: "Detach a managed policy from a \(target.noun).",
      description: "Detaches a managed policy from the \(target.noun); the access it granted ends at once. The policy is kept.",
      policyHelp: "ARN of the attached policy to detach.", exampleExplanation: "Detach IAMReadOnlyAccess.",
      perform: target.detach)
  }

  /// A command that takes the entity and a policy ARN, changes the one by the other, and prints nothing.
  private static func change(
    _ target: Target, verb: String, summary: String, description: String, policyHelp: String,
    exampleExplanation: String, perform: @escaping @Sendable (IAMAPI, String, String) throws -> Void
  ) -> CommandSpec {
    let policy = SharedOptions.policyArn(policyHelp)
    return CommandSpec(
      name: target.noun + verb, family: target.family, summary: summary, description: description,
      options: [target.entity, policy], output: "Nothing.",
      examples: [
        Example("iam-\(target.noun)\(verb) \(target.entity.name) \(target.example) -a \(example)", exampleExplanation)
      ]
    ) { arguments, context in
      try context.iam { try perform($0, arguments.required(target.entity), arguments.required(policy)) }
      return []
    }
  }

  /// `iam-<noun>listattachedpolicies`.
  static func list(_ target: Target) -> CommandSpec {
    let prefix = SharedOptions.pathPrefix("PATHPREFIX")
    let letter = target.entity.name
    return CommandSpec(
      name: target.noun + "listattachedpolicies", family: target.family,
      summary: "List the managed policies attached to a \(target.noun).",
      description: "Lists the managed policies attached to the \(target.noun), in order of their names.",
      options: [target.entity, prefix, SharedOptions.maxItems, SharedOptions.marker],
      output: "One policy ARN per line, then IsTruncated: false, or IsTruncated: true and a Marker: line.",
      examples: [Example("iam-\(target.noun)listattachedpolicies \(letter) \(target.example)", "List the attached policies.")]
    ) { arguments, context in
      let page = try context.iam {
        try target.list(
          $0, arguments.required(target.entity), arguments.value(prefix), arguments.value(SharedOptions.marker),
          arguments.integer(SharedOptions.maxItems))
      }
      return page.items.map(\.policyArn) + ListOutput.footer(page)
    }
  }
}

extension AttachedPolicyCommands.Target {
  /// The ARNs of every policy attached to the entity, for the recursive deletes.
  func attached(_ iam: IAMAPI, _ name: String) throws -> [String] {
    try ListOutput.all { try list(iam, name, nil, $0, 1000) }.map(\.policyArn)
  }

  /// Detaches each of `policies` from the entity, one request each, as the recursive deletes do.
  func detachAll(_ iam: IAMAPI, _ name: String, _ policies: [String]) throws {
    for policy in policies { try detach(iam, name, policy) }
  }

  static let user = AttachedPolicyCommands.Target(
    noun: "user", family: .users, entity: SharedOptions.userName("Name of the user."), example: "alice",
    attach: { try $0.attachUserPolicy(userName: $1, policyArn: $2) },
    detach: { try $0.detachUserPolicy(userName: $1, policyArn: $2) },
    list: { try $0.listAttachedUserPolicies(userName: $1, pathPrefix: $2, marker: $3, maxItems: $4) })

  static let group = AttachedPolicyCommands.Target(
    noun: "group", family: .groups, entity: SharedOptions.groupName("Name of the group."), example: "Developers",
    attach: { try $0.attachGroupPolicy(groupName: $1, policyArn: $2) },
    detach: { try $0.detachGroupPolicy(groupName: $1, policyArn: $2) },
    list: { try $0.listAttachedGroupPolicies(groupName: $1, pathPrefix: $2, marker: $3, maxItems: $4) })

  static let role = AttachedPolicyCommands.Target(
    noun: "role", family: .roles, entity: SharedOptions.roleName("Name of the role."), example: "s3access",
    attach: { try $0.attachRolePolicy(roleName: $1, policyArn: $2) },
    detach: { try $0.detachRolePolicy(roleName: $1, policyArn: $2) },
    list: { try $0.listAttachedRolePolicies(roleName: $1, pathPrefix: $2, marker: $3, maxItems: $4) })
}

extension CommandSpec {
  static let userAttachPolicy = AttachedPolicyCommands.attach(.user)
  static let userDetachPolicy = AttachedPolicyCommands.detach(.user)
  static let userListAttachedPolicies = AttachedPolicyCommands.list(.user)
  static let groupAttachPolicy = AttachedPolicyCommands.attach(.group)
  static let groupDetachPolicy = AttachedPolicyCommands.detach(.group)
  static let groupListAttachedPolicies = AttachedPolicyCommands.list(.group)
  static let roleAttachPolicy = AttachedPolicyCommands.attach(.role)
  static let roleDetachPolicy = AttachedPolicyCommands.detach(.role)
  static let roleListAttachedPolicies = AttachedPolicyCommands.list(.role)
}
