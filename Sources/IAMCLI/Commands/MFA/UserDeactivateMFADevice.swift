extension CommandSpec {
  static let userDeactivateMFADevice: CommandSpec = {
    let serial = MFAOptions.serial("Serial number (ARN) of the device.")
    return CommandSpec(
      name: "userdeactivatemfadevice", family: .mfa,
      summary: "Deactivate a user's MFA device.",
      description: "Disassociates an MFA device from a user. The device is kept, unassigned, until it is deleted.",
      options: [serial, MFAOptions.user],
      output: "Nothing.",
      examples: [
        Example(
          "iam-userdeactivatemfadevice -u alice -s arn:aws:iam::123456789012:mfa/alice-phone",
          "Take alice's phone away from her.")
      ]
    ) { arguments, context in
      try context.iam {
        try $0.deactivateMFADevice(userName: arguments.required(MFAOptions.user), serialNumber: arguments.required(serial))
      }
      return []
    }
  }()
}
