import IAMEncoding
import IAMService

/// What a command handler returns: the lines for standard output, in order.
public typealias CommandHandler = @Sendable (ParsedArguments, CommandContext) throws -> [String]

/// The groups `iam help` and the man pages list commands under.
public enum CommandFamily: String, Sendable, CaseIterable {
  case account = "Account"
  case groups = "Groups"
  case users = "Users"
  case passwords = "Console passwords"
  case accessKeys = "Access keys"
  case signingCertificates = "Signing certificates"
  case roles = "Roles"
  case instanceProfiles = "Instance profiles"
  case serverCertificates = "Server certificates"
  case mfa = "MFA devices"
  case policies = "Managed policies"
  case sessions = "Temporary credentials"
  case tool = "Tool commands (not in IAMCli)"
}

/// What shell completion offers for a tool command's operands.
public enum OperandCompletion: Sendable, Equatable {
  case none
  /// The names of the commands, as for `iam help <command>`.
  case commands
}

/// What a command may do with the account store.
public enum StoreAccess: Sendable, Equatable {
  /// Nothing: help, installation.
  case none
  /// Act as the caller the credential file identifies, authorized by the account's policies.
  case asCaller
  /// Act as the store's owner, who needs no credentials: for recovering root access.
  case asOwner
}

/// One example invocation, shown in man pages.
public struct Example: Sendable {
  public var command: String
  public var explanation: String

  public init(_ command: String, _ explanation: String) {
    self.command = command
    self.explanation = explanation
  }
}

/// Everything about one command: the parser, `-h`, `iam help`, the man pages and the shell
/// completions all read it, and nothing else lists commands or options.
public struct CommandSpec: Sendable {
  /// `usercreate`: run as `iam usercreate` or `iam-usercreate`.
  public var name: String
  public var family: CommandFamily
  /// One sentence for `iam help`.
  public var summary: String
  /// The paragraph(s) `-h` prints first; lines break where the text has newlines.
  public var description: String
  public var options: [OptionSpec]
  /// What the command prints on success, in prose with the exact line formats.
  public var output: String
  public var examples: [Example]
  /// Legacy commands have an `iam-<name>` form and use the credential file: IAMCli's own, and the
  /// additions made in its style (`isAddition`).
  public var isLegacy: Bool
  /// For tool commands only: the words help shows for the operands the command takes, such as
  /// `[COMMAND]`; nil when it takes none (legacy commands never take any).
  public var operands: String?
  public var operandCompletion: OperandCompletion
  /// Machinery called by the completion scripts and the documentation generator, not by people:
  /// left out of `iam help`, the man pages, the completions and the installed links, and given
  /// its words verbatim instead of through the option parser (a name may start with `-`).
  public var isHidden: Bool
  /// Options of which exactly one must be given, such as `-f` and `-o` of the upload commands.
  /// The handler enforces it with the legacy tool's own messages; the man page's synopsis shows it.
  public var exactlyOneOf: [String]
  public var storeAccess: StoreAccess
  public var run: CommandHandler

  public init(
    name: String, family: CommandFamily, summary: String, description: String, options: [OptionSpec],
    output: String, examples: [Example], isLegacy: Bool = true, operands: String? = nil,
    operandCompletion: OperandCompletion = .none, isHidden: Bool = false, exactlyOneOf: [String] = [],
    storeAccess: StoreAccess? = nil, run: @escaping CommandHandler
  ) {
    self.name = name
    self.family = family
    self.summary = summary
    self.description = description
    self.options = options
    self.output = output
    self.examples = examples
    self.isLegacy = isLegacy
    self.operands = operands
    self.operandCompletion = operandCompletion
    self.isHidden = isHidden
    self.exactlyOneOf = exactlyOneOf
    self.storeAccess = storeAccess ?? (isLegacy ? .asCaller : .none)
    self.run = run
  }

  /// A legacy-style command for an IAM operation that IAMCli 1.5.0 did not have (D9).
  public var isAddition: Bool { isLegacy && AddedCommands.contains(name) }

  /// The name as the legacy tool knew it: `iam-usercreate`.
  public var legacyName: String { "iam-" + name }

  /// The command's options followed by the common ones, in the order help lists them: by plain
  /// comparison of their display names, as the original's help did.
  public var allOptions: [OptionSpec] {
    optionsInAnyOrder.sorted { ByteOrder.precedes($0.displayName, $1.displayName) }
  }

  /// The same options unsorted, for the parser, which only looks them up: sorting them on every
  /// run cost as much as parsing the line.
  var optionsInAnyOrder: [OptionSpec] {
    options + (isLegacy ? CommonOptions.all : [CommonOptions.help])
  }
}

extension CommandTable {
  /// The commands people use: everything but the hidden machinery. Help, the man pages, the
  /// completions and `iam install` all list exactly these.
  public static var documented: [CommandSpec] { all.filter { !$0.isHidden } }
}
