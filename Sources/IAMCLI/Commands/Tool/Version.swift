import IAMData

/// The version of this program, the one place it is written.
enum ToolVersion {
  static let number = "0.1.0"

  /// Which snapshot of AWS's managed policies this build carries, and how recent it is.
  static var catalogue: String {
    let snapshot = AWSManagedPolicies.snapshot
    return "AWS managed policies: \(snapshot.count) from \(snapshot.source), the latest changed \(snapshot.latestUpdate)"
  }
}

extension CommandSpec {
  static let version: CommandSpec = {
    CommandSpec(
      name: "version", family: .tool,
      summary: "Print the version of iam (also iam --version).",
      description: """
        Prints the version of this iam program, and which snapshot of AWS's managed policies it carries: they \
        change on AWS, not here, so a policy that AWS added or changed after that date is missing or older.
        """,
      options: [],
      output: """
        Two lines: iam and its version number, such as iam \(ToolVersion.number); then how many AWS managed \
        policies iam carries, where they were taken from, and the date of the most recent change among them.
        """,
      examples: [Example("iam version", "Print the version.")],
      isLegacy: false
    ) { _, _ in ["iam " + ToolVersion.number, ToolVersion.catalogue] }
  }()
}
