/// Options of the managed-policy commands. IAMCli had no such commands, so what its families
/// spell with one letter keeps its letter (`-p POLICYNAME`, `-f`, `-o`, `-v`) and the rest is long.
enum PolicyOptions {
  static let versionId = OptionSpec(
    "--version-id", "VERSIONID", required: true, help: "The version, such as v2, as policyversionlist prints it.")

  static let setDefault = OptionSpec.flag(
    "--set-default", help: "Make the new version the default at once, the one that applies wherever the policy is attached.")
}
