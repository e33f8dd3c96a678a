/// The commands iam adds, in IAMCli's style, for IAM operations that IAMCli 1.5.0 never had
/// (decision D9), each with the aws CLI names of the operations it performs, as `IAMCliCommands`
/// lists them for the legacy commands. `iam help` and the manual pages mark these as additions.
enum AddedCommands {
  static let all: [(name: String, awsOperations: [String])] = [
    ("rolemod", ["update-role"]),
    ("assumerole", ["assume-role"]),
    ("getsessiontoken", ["get-session-token"]),
  ]

  static func contains(_ name: String) -> Bool { all.contains { $0.name == name } }
}
