extension CommandSpec {
  static let accountGetSummary = CommandSpec(
    name: "accountgetsummary", family: .account,
    summary: "Show how many users, groups, roles and the rest the account has, and its quotas.",
    description: """
      Prints the account's entity counts next to IAM's quotas for them: users, groups, roles, instance \
      profiles, server certificates, MFA devices, whether the root user has access keys, signing certificates \
      or an MFA device, and the size limits of policies. The counts are kept as entities come and go, so this \
      costs the same in any account. Managed policies, MFA devices and identity providers are not simulated yet: \
      their counts are 0, their quotas those IAM reports.
      """,
    options: [],
    output: """
      One line per entry, KEY: NUMBER, sorted by key. With AWS_SIM_LEGACY set, in the order IAMCli printed them, \
      which came from a Java HashMap and looks random.
      """,
    examples: [Example("iam-accountgetsummary", "See how close the account is to its quotas.")]
  ) { _, context in
    let entries = try context.iam { try $0.getAccountSummary() }
    let values = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, $0.value) })
    let keys = entries.map(\.key)
    return (context.isLegacy ? JavaHashMapOrder.order(keys) : keys).map { "\($0): \(values[$0]!)" }
  }
}
