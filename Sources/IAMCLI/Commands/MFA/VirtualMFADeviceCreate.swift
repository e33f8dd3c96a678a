import IAMEncoding
import IAMService

extension CommandSpec {
  static let virtualMFADeviceCreate: CommandSpec = {
    // -t is the name the API's own examples give this choice; IAMCli called it -b.
    let bootstrap = OptionSpec(
      "-b", "BOOTSTRAPMETHOD", required: true, completion: .values(["Base32StringSeed", "QRCodePNG"]), alias: "-t",
      help: """
        How to hand the seed to the phone: Base32StringSeed (or Base32String) for the seed as text, \
        QRCodePNG (or anything else) for a QR code image.
        """)
    let output = OptionSpec(
      "-o", "OUTPUTFILE", kind: .file,
      help: "Write the seed or the PNG to this file, readable by you alone, instead of showing it.")
    let path = SharedOptions.path("File the device under this path; / by default.")
    let name = OptionSpec("-s", "DEVICENAME", required: true, help: "Name of the new virtual MFA device.")
    let showQR = OptionSpec.flag(
      "--show-qr", help: "Also draw the QR code in the terminal, for a phone to scan from the screen.")
    return CommandSpec(
      name: "virtualmfadevicecreate", family: .mfa,
      summary: "Create a virtual MFA device and hand out its seed.",
      description: """
        Creates a virtual MFA device with a new secret seed, which a phone authenticator app (or iam mfacode) \
        turns into a code every 30 seconds. The seed is shown this once, as base32 text or as a QR code: \
        written to -o's file, readable by you alone, or shown in the terminal. Enable the device for a user \
        with iam-userenablemfadevice.
        """,
      options: [bootstrap, output, path, name, showQR],
      output: """
        The device's serial number (its ARN); without -o, the base32 seed on the next line, or the QR code \
        drawn in the terminal for QRCodePNG.
        """,
      examples: [
        Example(
          "iam-virtualmfadevicecreate -s alice-phone -b Base32StringSeed -o alice.seed",
          "Create a device and keep its seed in alice.seed."),
        Example(
          "iam-virtualmfadevicecreate -s bob-phone -b QRCodePNG -o bob.png --show-qr",
          "Write its QR code to bob.png and draw it in the terminal as well."),
      ]
    ) { arguments, context in
      let asText = ["Base32StringSeed", "Base32String"].contains(arguments.required(bootstrap))
      let file = arguments.value(output)
      var qr: QRCode?
      let device = try context.iam { iam in
        let device = try iam.createVirtualMFADevice(
          virtualMFADeviceName: arguments.required(name), path: LegacyValues.path(arguments.value(path)))
        let uri = MFAProvisioning.uri(device: arguments.required(name), account: iam.accountId, seed: device.base32StringSeed)
        if !asText || arguments.flag(showQR) { qr = try MFAProvisioning.qrCode(uri) }
        // The file is written before the device is committed: if it cannot be, no device exists
        // whose seed nobody has.
        if let file {
          let bytes = asText ? Array(device.base32StringSeed.utf8) : qr!.png()
          try context.writeSecretFile(file, bytes)
        }
        return device
      }
      var lines = [device.serialNumber]
      if file == nil && asText { lines.append(device.base32StringSeed) }
      if let qr, arguments.flag(showQR) || (file == nil && !asText) { lines += MFAProvisioning.terminalDrawing(qr) }
      return lines
    }
  }()
}
