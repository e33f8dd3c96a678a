/// One option of a command, as the legacy tool declared it.
public struct OptionSpec: Sendable {
  /// How the option's value is read.
  public enum ValueKind: Sendable, Equatable {
    /// No value: the option is a switch.
    case flag
    case text
    /// A Java `int`, as `Integer.parseInt` reads it.
    case integer
    /// One of a fixed set, matched without regard to case and normalised to the listed spelling.
    case choice([String])
    /// The name of a file to read.
    case file
  }

  /// What shell completion offers for the option's value.
  public enum Completion: Sendable, Equatable {
    case none
    case files
    case users
    case groups
    case roles
    case instanceProfiles
    /// Inline policy names of the user, group or role named elsewhere on the line.
    case policiesOfUser, policiesOfGroup, policiesOfRole
    /// Access key ids of the user named by `-u`, or of the caller.
    case accessKeys
    /// Signing certificate ids of the user named by `-u`, or of the caller.
    case signingCertificates
    case serverCertificates
    /// The account's alias.
    case accountAlias
    /// Serial numbers of the account's virtual MFA devices.
    case mfaDevices
    /// ARNs of managed policies: the account's own and AWS's.
    case policyArns
    /// ARNs of the account's roles, and their names, as a role may be given either way.
    case roleArns
    /// The actions the account's policies name.
    case policyActions
    /// A fixed set of values that the parser itself does not check, as IAMCli passed them on.
    case values([String])
  }

  /// The option as typed: `-u`, `-c1`, `--aws-credential-file`.
  public var name: String
  /// A second spelling (only `--debug` for `-d`).
  public var alias: String?
  /// The word help shows after the option; the legacy tool shows one even for some switches.
  public var metavar: String?
  public var kind: ValueKind
  public var isRequired: Bool
  public var isRepeatable: Bool
  public var completion: Completion
  public var help: String

  public init(
    _ name: String, _ metavar: String? = nil, kind: ValueKind = .text, required: Bool = false,
    repeatable: Bool = false, completion: Completion = .none, alias: String? = nil, help: String
  ) {
    self.name = name
    self.alias = alias
    self.metavar = metavar
    self.kind = kind
    self.isRequired = required
    self.isRepeatable = repeatable
    self.completion = kind == .file && completion == .none ? .files : completion
    self.help = help
  }

  /// A switch; `metavar` reproduces the legacy help's stray words such as `-v VERBOSE`.
  public static func flag(_ name: String, _ metavar: String? = nil, help: String) -> OptionSpec {
    OptionSpec(name, metavar, kind: .flag, help: help)
  }

  public var takesValue: Bool { kind != .flag }

  /// How help lists the option: `-d (--debug)`.
  public var displayName: String { alias.map { "\(name) (\($0))" } ?? name }

  /// The left column of help: name and metavar.
  public var usageLabel: String { metavar.map { "\(displayName) \($0)" } ?? displayName }

  /// The canonical spelling of a choice, or nil when `value` is not one of them.
  func canonicalChoice(_ value: String) -> String? {
    guard case .choice(let choices) = kind else { return value }
    let folded = value.lowercased()
    return choices.first { $0.lowercased() == folded }
  }
}
