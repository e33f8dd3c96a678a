/// The five options every legacy command accepts.
public enum CommonOptions {
  public static let credentialFile = OptionSpec(
    "--aws-credential-file", "CREDENTIALFILE", kind: .file,
    help: "Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.")
  public static let clientConfigFile = OptionSpec(
    "--client-config-file", "CLIENTCONFIGFILE", kind: .file,
    help: "Accepted for old scripts; there is no proxy to configure, so it changes nothing.")
  public static let url = OptionSpec(
    "--url", "SERVICEENDPOINT",
    help: "Accepted for old scripts; every call goes to the local store, so it changes nothing.")
  public static let debug = OptionSpec(
    "-d", kind: .flag, alias: "--debug",
    help: "Describe on standard error what the command does: calls, caller, access decisions, store.")
  public static let help = OptionSpec("-h", kind: .flag, help: "Print this help and exit.")

  public static let all = [credentialFile, clientConfigFile, url, debug, help]
}
