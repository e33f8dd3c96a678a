extension CommandSpec {
  static let virtualMFADeviceDel: CommandSpec = {
    let serial = MFAOptions.serial("Serial number (ARN) of the device to delete.")
    return CommandSpec(
      name: "virtualmfadevicedel", family: .mfa,
      summary: "Delete a virtual MFA device.",
      description: "Deletes a virtual MFA device and its seed. A device still enabled for a user must be deactivated first.",
      options: [serial],
      output: "Nothing.",
      examples: [
        Example("iam-virtualmfadevicedel -s arn:aws:iam::123456789012:mfa/alice-phone", "Delete alice's old device.")
      ]
    ) { arguments, context in
      try context.iam { try $0.deleteVirtualMFADevice(serialNumber: arguments.required(serial)) }
      return []
    }
  }()
}
