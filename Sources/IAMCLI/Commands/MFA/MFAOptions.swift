/// The options the MFA commands share.
enum MFAOptions {
  static func serial(_ help: String) -> OptionSpec {
    OptionSpec("-s", "SERIAL", required: true, completion: .mfaDevices, help: help)
  }

  static let user = SharedOptions.userName("The user the device belongs to.")

  static let firstCode = OptionSpec(
    "-c1", "CODE1", required: true, help: "A code the device shows, six digits.")
  static let secondCode = OptionSpec(
    "-c2", "CODE2", required: true, help: "The code the device shows next, 30 seconds after CODE1.")
}
