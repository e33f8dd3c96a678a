extension CommandSpec {
  static let userResyncMFADevice: CommandSpec = {
    let serial = MFAOptions.serial("Serial number (ARN) of the device.")
    return CommandSpec(
      name: "userresyncmfadevice", family: .mfa,
      summary: "Resynchronise a user's MFA device whose clock has drifted.",
      description: """
        Tells the service where a device's clock stands now, from two consecutive codes it shows. Use it when \
        a device's codes are refused because its clock runs fast or slow; codes up to ten minutes away are found.
        """,
      options: [MFAOptions.firstCode, MFAOptions.secondCode, serial, MFAOptions.user],
      output: "Nothing.",
      examples: [
        Example(
          "iam-userresyncmfadevice -u alice -s arn:aws:iam::123456789012:mfa/alice-phone -c1 123456 -c2 654321",
          "Resynchronise alice's phone.")
      ]
    ) { arguments, context in
      try context.iam {
        try $0.resyncMFADevice(
          userName: arguments.required(MFAOptions.user), serialNumber: arguments.required(serial),
          authenticationCode1: arguments.required(MFAOptions.firstCode),
          authenticationCode2: arguments.required(MFAOptions.secondCode))
      }
      return []
    }
  }()
}
