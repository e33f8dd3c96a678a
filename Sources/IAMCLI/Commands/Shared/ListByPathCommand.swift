import IAMService

/// The `*listbypath` commands, which differ only in the entity they list.
enum ListByPathCommand {
  /// What the service returns for one page of a listing: the ARNs and the paging state.
  typealias Fetch = @Sendable (IAMAPI, _ pathPrefix: String?, _ marker: String?, _ maxItems: Int?) throws -> (
    arns: [String], footer: [String]
  )

  static func make(
    name: String, family: CommandFamily, plural: String, metavar: String, examples: [Example],
    fetch: @escaping Fetch
  ) -> CommandSpec {
    let prefix = SharedOptions.pathPrefix(metavar)
    return CommandSpec(
      name: name, family: family,
      summary: "List the \(plural) of the account.",
      description: "Lists the \(plural) of the account, optionally only those under a path, in order of their names.",
      options: [SharedOptions.maxItems, SharedOptions.marker, prefix],
      output: "One ARN per line, then IsTruncated: false, or IsTruncated: true and a Marker: line.",
      examples: examples
    ) { arguments, context in
      let page = try context.iam {
        try fetch(
          $0, arguments.value(prefix), arguments.value(SharedOptions.marker),
          arguments.integer(SharedOptions.maxItems))
      }
      return page.arns + page.footer
    }
  }

  /// Adapts a service listing to `Fetch`.
  static func arns<Item>(_ page: Page<Item>, _ arn: (Item) -> String) -> (arns: [String], footer: [String]) {
    (page.items.map(arn), ListOutput.footer(page))
  }
}

extension CommandSpec {
  static let userListByPath = ListByPathCommand.make(
    name: "userlistbypath", family: .users, plural: "users", metavar: "PATH",
    examples: [
      Example("iam-userlistbypath", "List the users, 100 at a time."),
      Example("iam-userlistbypath -p /engineering/ -i 1000", "List up to 1000 users under /engineering/."),
    ]
  ) { ListByPathCommand.arns(try $0.listUsers(pathPrefix: $1, marker: $2, maxItems: $3), \.arn) }

  static let groupListByPath = ListByPathCommand.make(
    name: "grouplistbypath", family: .groups, plural: "groups", metavar: "PATH",
    examples: [
      Example("iam-grouplistbypath", "List every group."),
      Example("iam-grouplistbypath -p /qa/ -i 10", "List the first ten groups under /qa/."),
    ]
  ) { ListByPathCommand.arns(try $0.listGroups(pathPrefix: $1, marker: $2, maxItems: $3), \.arn) }

  static let roleListByPath = ListByPathCommand.make(
    name: "rolelistbypath", family: .roles, plural: "roles", metavar: "PATHPREFIX",
    examples: [
      Example("iam-rolelistbypath", "List every role."),
      Example("iam-rolelistbypath -p /services/", "List the roles under /services/."),
    ]
  ) { ListByPathCommand.arns(try $0.listRoles(pathPrefix: $1, marker: $2, maxItems: $3), \.arn) }

  static let instanceProfileListByPath = ListByPathCommand.make(
    name: "instanceprofilelistbypath", family: .instanceProfiles, plural: "instance profiles",
    metavar: "PATHPREFIX",
    examples: [
      Example("iam-instanceprofilelistbypath", "List every instance profile."),
      Example("iam-instanceprofilelistbypath -p /webservers/ -i 20", "List up to 20 profiles under /webservers/."),
    ]
  ) { ListByPathCommand.arns(try $0.listInstanceProfiles(pathPrefix: $1, marker: $2, maxItems: $3), \.arn) }

  static let serverCertListByPath = ListByPathCommand.make(
    name: "servercertlistbypath", family: .serverCertificates, plural: "server certificates",
    metavar: "PATHPREFIX",
    examples: [
      Example("iam-servercertlistbypath", "List every server certificate."),
      Example("iam-servercertlistbypath -p /cloudfront/", "List the certificates for CloudFront."),
    ]
  ) { ListByPathCommand.arns(try $0.listServerCertificates(pathPrefix: $1, marker: $2, maxItems: $3), \.arn) }
}
