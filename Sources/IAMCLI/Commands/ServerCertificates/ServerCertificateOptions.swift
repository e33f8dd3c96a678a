/// The options the server-certificate commands share.
enum ServerCertificateOptions {
  static func name(_ help: String) -> OptionSpec {
    OptionSpec("-s", "SERVERCERTNAME", required: true, completion: .serverCertificates, help: help)
  }
}
