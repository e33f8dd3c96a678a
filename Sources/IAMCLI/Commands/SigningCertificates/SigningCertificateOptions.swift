/// The options the signing-certificate commands share.
enum SigningCertificateOptions {
  static func owner(_ help: String) -> OptionSpec {
    SharedOptions.userName(required: false, help)
  }

  static func certificateId(_ help: String) -> OptionSpec {
    OptionSpec("-c", "CERTIFICATEID", required: true, completion: .signingCertificates, help: help)
  }
}
