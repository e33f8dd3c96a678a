import IAMPolicy
import IAMService

/// The four inline-policy commands, which users, groups and roles have alike: generate and store
/// a one-statement policy, upload a document, list, and delete.
enum PolicyCommands {
  /// How the commands of one entity type reach the service.
  struct Target: Sendable {
    /// `user`, `group` or `role`, as the prose says it.
    var noun: String
    var family: CommandFamily
    /// The option naming the entity (`-u`, `-g`, `-r`).
    var entity: OptionSpec
    /// `-p POLICYNAME` completing the policies of the entity named on the line.
    var policyCompletion: OptionSpec.Completion
    var example: String
    var put: @Sendable (IAMAPI, String, String, String) throws -> Void
    var get: @Sendable (IAMAPI, String, String) throws -> InlinePolicy
    var delete: @Sendable (IAMAPI, String, String) throws -> Void
    var list: @Sendable (IAMAPI, String, String?, Int?) throws -> Page<String>
  }

  /// `iam-<noun>addpolicy`: one statement built from -e, -a and the resource option.
  static func add(_ target: Target, resourceOption: String) -> CommandSpec {
    let policy = SharedOptions.policyName("Name of the policy; a policy of that name is replaced.")
    let resource = SharedOptions.resource(resourceOption)
    let letter = target.entity.name
    return CommandSpec(
      name: target.noun + "addpolicy", family: target.family,
      summary: "Give a \(target.noun) a one-statement policy built from the options.",
      description: """
        Builds a policy with one statement from the effect, actions and resources on the command line and stores \
        it as an inline policy of the \(target.noun), replacing any policy of the same name.
        """,
      options: [target.entity, policy, SharedOptions.effect, SharedOptions.action, resource, SharedOptions.echoPolicy],
      output: """
        Nothing, unless -o is given: then the generated document on one line, for example \
        {"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":["*"]}]}
        """,
      examples: [
        Example(
          "iam-\(target.noun)addpolicy \(letter) \(target.example) -p ReadOnly -e Allow -a ec2:Describe* \(resourceOption) '*' -o",
          "Allow every EC2 Describe action on all resources and print the document.")
      ]
    ) { arguments, context in
      guard let effect = PolicyEffect(rawValue: arguments.required(SharedOptions.effect)) else {
        preconditionFailure("the parser admits only Allow and Deny")
      }
      let document = PolicyGenerator.permissionPolicy(
        effect: effect, actions: arguments.values(SharedOptions.action), resources: arguments.values(resource))
      try context.iam { try target.put($0, arguments.required(target.entity), arguments.required(policy), document) }
      return arguments.flag(SharedOptions.echoPolicy) ? [document] : []
    }
  }

  /// `iam-<noun>uploadpolicy`: a document from a file or from the command line.
  static func upload(_ target: Target) -> CommandSpec {
    let policy = SharedOptions.policyName("Name of the policy; a policy of that name is replaced.")
    let letter = target.entity.name
    return CommandSpec(
      name: target.noun + "uploadpolicy", family: target.family,
      summary: "Give a \(target.noun) an inline policy from a document.",
      description: """
        Stores a policy document, read from a file with -f or given with -o, as an inline policy of the \
        \(target.noun), replacing any policy of the same name. The document is checked as IAM checks it.
        """,
      options: [target.entity, policy, SharedOptions.documentFile, SharedOptions.documentText],
      output: "Nothing.",
      examples: [
        Example(
          "iam-\(target.noun)uploadpolicy \(letter) \(target.example) -p Admin -f admin-policy.json",
          "Store the document in admin-policy.json as the policy Admin.")
      ],
      exactlyOneOf: DocumentSource.choice.names
    ) { arguments, context in
      let document = try DocumentSource.read(arguments, context)
      try context.iam { try target.put($0, arguments.required(target.entity), arguments.required(policy), document) }
      return []
    }
  }

  /// `iam-<noun>listpolicies`: names, optionally with documents, or one document with -p.
  static func list(_ target: Target) -> CommandSpec {
    let policy = SharedOptions.policyName(
      required: false, of: target.policyCompletion, "Print only this policy's document, and nothing else.")
    let letter = target.entity.name
    return CommandSpec(
      name: target.noun + "listpolicies", family: target.family,
      summary: "List the inline policies of a \(target.noun).",
      description: """
        Lists the names of the \(target.noun)'s inline policies, with their documents if -v is given. With -p it \
        prints the document of that one policy instead.
        """,
      options: [target.entity, policy, SharedOptions.showDocuments, SharedOptions.maxItems, SharedOptions.marker],
      output: """
        One policy name per line, each followed by its document with -v, then IsTruncated: false, or \
        IsTruncated: true and a Marker: line. With -p: only the document, exactly as stored (a document \
        uploaded from a file ends with a newline, which shows as an empty line).
        """,
      examples: [
        Example("iam-\(target.noun)listpolicies \(letter) \(target.example)", "List the policy names."),
        Example(
          "iam-\(target.noun)listpolicies \(letter) \(target.example) -p ReadOnly", "Print the document of ReadOnly."),
      ]
    ) { arguments, context in
      let name = arguments.required(target.entity)
      return try context.iam { iam in
        if let single = arguments.value(policy) {
          return [try target.get(iam, name, single).policyDocument]
        }
        let page = try target.list(
          iam, name, arguments.value(SharedOptions.marker), arguments.integer(SharedOptions.maxItems))
        var lines: [String] = []
        for policyName in page.items {
          lines.append(policyName)
          if arguments.flag(SharedOptions.showDocuments) {
            lines.append(try target.get(iam, name, policyName).policyDocument)
          }
        }
        return lines + ListOutput.footer(page)
      }
    }
  }

  /// `iam-<noun>delpolicy`.
  static func delete(_ target: Target) -> CommandSpec {
    let policy = SharedOptions.policyName(of: target.policyCompletion, "Name of the policy to delete.")
    let letter = target.entity.name
    return CommandSpec(
      name: target.noun + "delpolicy", family: target.family,
      summary: "Delete an inline policy of a \(target.noun).",
      description: "Deletes one inline policy of the \(target.noun); the access it granted ends at once.",
      options: [target.entity, policy],
      output: "Nothing.",
      examples: [
        Example("iam-\(target.noun)delpolicy \(letter) \(target.example) -p ReadOnly", "Delete the policy ReadOnly.")
      ]
    ) { arguments, context in
      try context.iam { try target.delete($0, arguments.required(target.entity), arguments.required(policy)) }
      return []
    }
  }
}
