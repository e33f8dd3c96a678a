import IAMEncoding
import IAMService
import IAMStore

extension CommandSpec {
  static let mfaCode: CommandSpec = {
    let file = OptionSpec(
      "-f", "SEEDFILE", kind: .file, required: true,
      help: "The base32 seed of a virtual device, as iam-virtualmfadevicecreate -b Base32StringSeed -o wrote it.")
    let previous = OptionSpec.flag("--previous", help: "Print the code of the 30 seconds before instead.")
    return CommandSpec(
      name: "mfacode", family: .tool,
      summary: "Print the code a virtual MFA device shows now, from its seed file.",
      description: """
        Prints the six-digit code that an authenticator app holding the seed would show now (by AWS_SIM_CLOCK \
        when it is set), so that a device can be enabled, and MFA sign-ins tried, without a phone. \
        iam-userenablemfadevice takes the code before and the code now: --previous, then no option.
        """,
      options: [file, previous],
      output: "The code, six digits, on one line.",
      examples: [
        Example("iam mfacode -f alice.seed", "Print the code alice's device shows now."),
        Example(
          "iam mfacode -f alice.seed --previous",
          "Print the one before: with the code now, the pair iam-userenablemfadevice takes as -c1 and -c2."),
      ],
      isLegacy: false
    ) { arguments, context in
      let text = try context.readDocument(arguments.required(file), limit: .mfaSeed)
      let seed = text.filter { !$0.isWhitespace }
      guard !seed.isEmpty, let secret = Base32.decode(seed) else {
        throw CLIError.unusableFile(
          path: arguments.required(file), reason: "it does not hold a base32 seed", isDirectory: false)
      }
      let now = try EnvironmentSettings.now(context.invocation)
      let step = OneTimePassword.counter(at: now.seconds) - (arguments.flag(previous) ? 1 : 0)
      return [OneTimePassword.hotp(secret: secret, counter: step)]
    }
  }()
}
