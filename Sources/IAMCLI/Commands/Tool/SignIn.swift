import IAMService

extension CommandSpec {
  static let signIn: CommandSpec = {
    let user = SharedOptions.userName("The IAM user signing in.")
    let fromStandardInput = OptionSpec.flag(
      "--password-stdin",
      help: "Read the password from the first line of standard input without asking for it, as a script does.")
    let code = OptionSpec(
      "-c", "MFACODE", help: "The code the user's MFA device shows now, for a user who has one.")
    return CommandSpec(
      name: "signin", family: .tool,
      summary: "Check what the console would answer a user signing in with a password.",
      description: """
        Signs in to the account as an IAM user, the way the AWS console does, and says whether it works and \
        why not: no such user, no console password, a wrong password, a password past the policy's maximum age \
        or one an administrator asked the user to replace, or a missing or wrong MFA code. It asks for the \
        password on the terminal without showing it; from a pipe or with --password-stdin it reads the first line \
        of standard input. A user with an MFA device is then asked for the code it shows (the next line of \
        standard input), unless -c gives it; a code is good for one sign-in. Like the console it needs no access \
        key, and it changes nothing but the user's password last used time, on success, and that the code was \
        used. Checking the password takes some 30 ms on purpose.
        """,
      options: [user, fromStandardInput, code],
      output: """
        On success, signed in: and the user's ARN, with status 0. Otherwise, on standard error, sign-in refused: \
        and the reason, with status 1; when standard input ends before a password, status 3.
        """,
      examples: [
        Example("iam signin -u alice", "Type alice's password and see whether the console would let her in."),
        Example(
          "iam signin -u alice --password-stdin",
          "Check the password on the first line of standard input, as a script gives it with a pipe or with <."),
      ],
      isLegacy: false, storeAccess: .asOwner
    ) { arguments, context in
      let name = arguments.required(user)
      let prompt = arguments.flag(fromStandardInput) ? nil : "Password for \(name): "
      guard let password = try context.invocation.standardInput.readSecretLine(prompt: prompt) else {
        throw CLIError.input("no password: standard input ended before one was given")
      }
      var result = try context.owner { service, trace in
        try service.signIn(userName: name, password: password, mfaCode: arguments.value(code), trace: trace)
      }
      // As the console does, a user with an MFA device is asked for its code after the password:
      // at the terminal, or on the next line of standard input.
      if result.outcome == .mfaCodeRequired,
        let typed = try context.invocation.standardInput.readSecretLine(prompt: prompt.map { _ in "MFA code: " })
      {
        result = try context.owner { service, trace in
          try service.signIn(userName: name, password: password, mfaCode: typed, trace: trace)
        }
      }
      if result.mfaCodeIgnored { context.note("\(name) has no MFA device, so the code given with -c was not needed") }
      if case .signedIn(let arn) = result.outcome { return ["signed in: \(arn)"] }
      throw CLIError.refused("sign-in refused: " + SignInAnswer.reason(result.outcome, user: name))
    }
  }()
}

/// Why the console would not let the user in, in the words `iam signin` uses.
enum SignInAnswer {
  static func reason(_ outcome: SignInResult.Outcome, user: String) -> String {
    switch outcome {
    case .signedIn: return ""
    case .noSuchUser: return "the account has no user named \(user)"
    case .noLoginProfile: return "\(user) has no console password (no login profile)"
    case .wrongPassword: return "that is not \(user)'s password"
    case .mfaCodeRequired: return "\(user) has an MFA device; give the code it shows now (with -c, or when asked)"
    case .wrongMFACode: return "the MFA code is not the one \(user)'s device shows now"
    case .passwordExpired(let date, let hard):
      let next =
        hard
        ? "only an administrator can set a new one (iam-usermodloginprofile), as the password policy has hard expiry"
        : "\(user) must choose a new one, which the console asks for next (or iam-userchangepassword)"
      return "the password is right but expired on \(date); \(next)"
    case .passwordResetRequired:
      return
        "the password is right, but an administrator asked \(user) to replace it: \(user) must choose a new one, "
        + "which the console asks for next (or iam-userchangepassword)"
    }
  }
}
