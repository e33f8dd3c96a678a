import IAMService

extension CommandSpec {
  static let getSessionToken: CommandSpec = {
    let duration = SessionOptions.duration(
      "How long the credentials last: 900 to 129600 seconds, 43200 by default; the root user's last an hour at most.")
    let verbose = OptionSpec.flag("-v", help: "With -o, print when the credentials expire.")
    return CommandSpec(
      name: "getsessiontoken", family: .sessions,
      summary: "Get temporary credentials with your own permissions, proven with MFA.",
      description: """
        Makes temporary credentials that act as you, with your own permissions, until they expire. Give your MFA \
        device's serial number and the code it shows now: the requests made with the credentials then count as \
        made with MFA, which policies can ask for with aws:MultiFactorAuthPresent. Credentials made without a \
        code can only ask who they are and assume roles: every IAM command refuses them. No policy can refuse \
        this command, and it cannot be run with temporary credentials.
        """,
      options: [duration, SessionOptions.force, SessionOptions.output, SessionOptions.serialNumber, SessionOptions.tokenCode, verbose],
      output: """
        Without -o, four lines: the access key id (ASIA...), the secret access key, the session token and when \
        they expire (2026-11-24T00:00:00Z). With -o, nothing, or with -v the expiry.
        """,
      examples: [
        Example(
          "iam-getsessiontoken --serial-number arn:aws:iam::123456789012:mfa/tom --token-code 123456 -o mfa-session.cred",
          "Prove MFA once and keep twelve hours of credentials that count as made with it."),
        Example("iam-getsessiontoken --duration-seconds 900", "Print credentials that last a quarter of an hour."),
      ]
    ) { arguments, context in
      let credentials = try context.iam { iam in
        let credentials = try iam.getSessionToken(
          durationSeconds: arguments.integer(duration), serialNumber: arguments.value(SessionOptions.serialNumber),
          tokenCode: arguments.value(SessionOptions.tokenCode))
        try SessionOptions.write(credentials, of: try iam.callerArn(), arguments, context)
        return credentials
      }
      let lines = SessionOptions.printed(credentials, arguments)
      return lines.isEmpty && !arguments.flag(verbose) ? [] : lines + [credentials.expiration]
    }
  }()
}
