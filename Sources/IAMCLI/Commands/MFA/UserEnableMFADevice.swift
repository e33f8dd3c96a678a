extension CommandSpec {
  static let userEnableMFADevice: CommandSpec = {
    let serial = MFAOptions.serial("Serial number (ARN) of the virtual device.")
    return CommandSpec(
      name: "userenablemfadevice", family: .mfa,
      summary: "Enable an MFA device for a user, with two consecutive codes.",
      description: """
        Enables a virtual MFA device for a user. The two codes prove that the device holds the seed: the code \
        it shows and the one it shows 30 seconds later. iam mfacode --previous and iam mfacode give such a \
        pair from a seed file.
        """,
      options: [MFAOptions.firstCode, MFAOptions.secondCode, serial, MFAOptions.user],
      output: "Nothing.",
      examples: [
        Example(
          "iam-userenablemfadevice -u alice -s arn:aws:iam::123456789012:mfa/alice-phone -c1 123456 -c2 654321",
          "Enable alice's phone.")
      ]
    ) { arguments, context in
      try context.iam {
        try $0.enableMFADevice(
          userName: arguments.required(MFAOptions.user), serialNumber: arguments.required(serial),
          authenticationCode1: arguments.required(MFAOptions.firstCode),
          authenticationCode2: arguments.required(MFAOptions.secondCode))
      }
      return []
    }
  }()
}
