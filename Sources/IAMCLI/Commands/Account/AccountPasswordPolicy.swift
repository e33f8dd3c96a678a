import IAMService

extension CommandSpec {
  static let accountModPasswordPolicy: CommandSpec = {
    let allowChange = OptionSpec.flag(
      "-a", "ALLOWUSERSTOCHANGEPASSWORD",
      help: "Let every user change its own password, without a policy allowing iam:ChangePassword.")
    let lowercase = OptionSpec.flag("-l", "REQUIRELOWERCASE", help: "Require at least one lower-case letter, a to z.")
    let length = OptionSpec(
      "-m", "MINIMUMPASSWORDLENGTH", kind: .integer, help: "The fewest characters a password may have, 6 to 128; 6 if left out.")
    let numbers = OptionSpec.flag("-n", "REQUIRENUMBERS", help: "Require at least one digit, 0 to 9.")
    let symbols = OptionSpec.flag(
      "-s", "REQUIRESYMBOLS", help: "Require at least one of the symbols ! @ # $ % ^ & * ( ) _ + - = [ ] { } | '.")
    let uppercase = OptionSpec.flag("-u", "REQUIREUPPERCASE", help: "Require at least one capital letter, A to Z.")
    let maxAge = OptionSpec(
      "--max-password-age", "DAYS", kind: .integer,
      help: "Extension: a password expires this many days (1 to 1095) after it was set. Without it, never.")
    let reuse = OptionSpec(
      "--password-reuse-prevention", "COUNT", kind: .integer,
      help: "Extension: a new password may not be any of the user's last COUNT passwords (1 to 24).")
    let hardExpiry = OptionSpec.flag(
      "--hard-expiry",
      help: "Extension: a user whose password expired cannot set a new one; an administrator must.")
    return CommandSpec(
      name: "accountmodpasswordpolicy", family: .account,
      summary: "Set the rules for users' console passwords.",
      description: """
        Sets the account's password policy, which every new console password must follow. The policy is \
        replaced as a whole: a rule whose option is left out is off, and the minimum length is 6 unless -m \
        says otherwise. Passwords set before keep working, except that a maximum age applies to them at once.
        The long options set what IAM added after IAMCli: expiry, reuse prevention and hard expiry.
        """,
      options: [allowChange, lowercase, length, numbers, symbols, uppercase, maxAge, reuse, hardExpiry],
      output: "Nothing.",
      examples: [
        Example(
          "iam-accountmodpasswordpolicy -m 12 -l -u -n -s -a",
          "Require 12 characters of every kind, and let users change their own passwords."),
        Example(
          "iam-accountmodpasswordpolicy -m 14 --max-password-age 90 --password-reuse-prevention 5",
          "Require 14 characters, a new password every 90 days, and none of the last five again."),
      ]
    ) { arguments, context in
      func flag(_ option: OptionSpec) -> Bool? { arguments.flag(option) ? true : nil }
      let request = PasswordPolicyUpdate(
        minimumPasswordLength: arguments.integer(length), requireSymbols: flag(symbols),
        requireNumbers: flag(numbers), requireUppercaseCharacters: flag(uppercase),
        requireLowercaseCharacters: flag(lowercase), allowUsersToChangePassword: flag(allowChange),
        maxPasswordAge: arguments.integer(maxAge), passwordReusePrevention: arguments.integer(reuse),
        hardExpiry: flag(hardExpiry))
      try context.iam { try $0.updateAccountPasswordPolicy(request) }
      return []
    }
  }()

  static let accountGetPasswordPolicy = CommandSpec(
    name: "accountgetpasswordpolicy", family: .account,
    summary: "Show the rules for users' console passwords.",
    description: """
      Prints the account's password policy. An account without one has no policy to show; its passwords then \
      follow IAM's default rules: at least 8 characters, of at least three of the four kinds.
      """,
    options: [],
    output: """
      One line in braces, each field as NAME: VALUE followed by a comma and a space: MinimumPasswordLength, \
      RequireSymbols, RequireNumbers, RequireUppercaseCharacters, RequireLowercaseCharacters and \
      AllowUsersToChangePassword, then those set with the extension options: ExpirePasswords and \
      MaxPasswordAge, PasswordReusePrevention, HardExpiry (never with AWS_SIM_LEGACY set, as IAMCli knew none of \
      them).
      """,
    examples: [Example("iam-accountgetpasswordpolicy", "Show the password policy.")]
  ) { _, context in
    let policy = try context.iam { try $0.getAccountPasswordPolicy() }
    return [PasswordPolicyLine.text(policy, legacy: context.isLegacy)]
  }

  static let accountDelPasswordPolicy = CommandSpec(
    name: "accountdelpasswordpolicy", family: .account,
    summary: "Remove the password policy, so that IAM's default rules apply.",
    description: """
      Removes the account's password policy. New passwords then follow IAM's default rules (at least 8 \
      characters, of at least three of the four kinds), and no password expires.
      """,
    options: [],
    output: "Nothing.",
    examples: [Example("iam-accountdelpasswordpolicy", "Go back to the default rules.")]
  ) { _, context in
    try context.iam { try $0.deleteAccountPasswordPolicy() }
    return []
  }
}

/// The policy as IAMCli printed it, the AWS SDK's rendering of the response (spec §6.1):
/// `{Name: value, ...}` with a comma and a space after every field, the last one too.
enum PasswordPolicyLine {
  static func text(_ policy: PasswordPolicy, legacy: Bool) -> String {
    var fields: [(String, String)] = [
      ("MinimumPasswordLength", String(policy.minimumPasswordLength)),
      ("RequireSymbols", String(policy.requireSymbols)),
      ("RequireNumbers", String(policy.requireNumbers)),
      ("RequireUppercaseCharacters", String(policy.requireUppercaseCharacters)),
      ("RequireLowercaseCharacters", String(policy.requireLowercaseCharacters)),
      ("AllowUsersToChangePassword", String(policy.allowUsersToChangePassword)),
    ]
    // The fields IAM added later come in the order a later SDK printed them, and only when set,
    // so that a policy made with IAMCli's options prints exactly as IAMCli printed it.
    if !legacy {
      if let age = policy.maxPasswordAge {
        fields += [("ExpirePasswords", String(policy.expirePasswords)), ("MaxPasswordAge", String(age))]
      }
      if let count = policy.passwordReusePrevention { fields.append(("PasswordReusePrevention", String(count))) }
      if policy.hardExpiry { fields.append(("HardExpiry", "true")) }
    }
    return "{" + fields.map { "\($0.0): \($0.1), " }.joined() + "}"
  }
}
