/// Options that many commands declare alike: same letter, same metavar, same meaning.
enum SharedOptions {
  static func userName(required: Bool = true, _ help: String) -> OptionSpec {
    OptionSpec("-u", "USERNAME", required: required, completion: .users, help: help)
  }

  static func groupName(_ help: String) -> OptionSpec {
    OptionSpec("-g", "GROUPNAME", required: true, completion: .groups, help: help)
  }

  static func roleName(_ help: String) -> OptionSpec {
    OptionSpec("-r", "ROLENAME", required: true, completion: .roles, help: help)
  }

  static func instanceProfileName(_ help: String) -> OptionSpec {
    OptionSpec("-s", "INSTANCEPROFILENAME", required: true, completion: .instanceProfiles, help: help)
  }

  /// The same option naming an entity that does not exist yet, so completion offers nothing.
  static func newName(_ option: OptionSpec) -> OptionSpec {
    var fresh = option
    fresh.completion = .none
    return fresh
  }

  static func policyName(required: Bool = true, of completion: OptionSpec.Completion = .none, _ help: String)
    -> OptionSpec
  {
    OptionSpec("-p", "POLICYNAME", required: required, completion: completion, help: help)
  }

  /// `-a POLICYARN` of the managed-policy commands.
  static func policyArn(_ help: String) -> OptionSpec {
    OptionSpec("-a", "POLICYARN", required: true, completion: .policyArns, help: help)
  }

  /// `-p PATH` of the create and modify commands; a missing final `/` is added.
  static func path(_ help: String, metavar: String = "PATH") -> OptionSpec {
    OptionSpec("-p", metavar, help: help)
  }

  /// `-p` of the listing commands: a path prefix, used exactly as given.
  static func pathPrefix(_ metavar: String = "PATH") -> OptionSpec {
    OptionSpec(
      "-p", metavar,
      help: "List only entities whose path starts with this prefix, for example /division/. The default lists all.")
  }

  static let maxItems = OptionSpec(
    "-i", "MAXITEMS", kind: .integer,
    help: "Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.")

  static let marker = OptionSpec(
    "-m", "MARKER", help: "Start at this Marker, as printed at the end of the previous page.")

  static let effect = OptionSpec(
    "-e", "EFFECT", kind: .choice(["Allow", "Deny"]), required: true,
    help: "Allow or Deny: whether the statement grants the actions or forbids them. Case does not matter.")

  static let action = OptionSpec(
    "-a", "ACTION", required: true, repeatable: true,
    help: "An action such as ec2:DescribeInstances or s3:*; repeat -a for each action.")

  static func resource(_ name: String) -> OptionSpec {
    OptionSpec(
      name, "AMAZON RESOURCE NAME", required: true, repeatable: true,
      help: "The ARN of a resource the statement covers, or *; repeat \(name) for each resource.")
  }

  static let echoPolicy = OptionSpec.flag("-o", help: "Print the generated policy document once it is stored.")

  static let documentFile = OptionSpec(
    "-f", "POLICYDOCUMENTFILE", kind: .file, help: "Read the policy document from this file.")

  static let documentText = OptionSpec(
    "-o", "POLICYDOCUMENT", help: "The policy document itself, as JSON text on the command line.")

  static let showDocuments = OptionSpec.flag("-v", help: "Also print each policy's document after its name.")
}

/// How the legacy tool prepared values before sending them.
enum LegacyValues {
  /// Create and modify commands add a missing final `/` to a path (spec §4.4).
  static func path(_ value: String?) -> String? {
    guard let value else { return nil }
    return value.hasSuffix("/") ? value : value + "/"
  }
}
