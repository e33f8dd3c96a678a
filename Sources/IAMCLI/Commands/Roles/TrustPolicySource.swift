import IAMPolicy

/// The `-s SERVICE | -f FILE` choice of rolecreate and roleupdateassumepolicy: a trust policy
/// generated for a service, or a document read from a file.
enum TrustPolicySource {
  static let service = OptionSpec(
    "-s", "SERVICE",
    help: "A service allowed to assume the role, such as ec2.amazonaws.com; the trust policy is generated.")

  static let file = OptionSpec(
    "-f", "POLICYDOCUMENTFILE", kind: .file, help: "Read the trust policy document from this file instead.")

  static func read(_ arguments: ParsedArguments, _ context: CommandContext) throws -> String {
    switch (arguments.value(service), arguments.value(file)) {
    case (nil, nil): throw CLIError.usage("must specify a service or a policy document to upload")
    case (.some, .some): throw CLIError.usage("can specify only one of -f -s")
    case (.some(let name), nil): return PolicyGenerator.serviceTrustPolicy(service: name)
    case (nil, .some(let path)): return try context.readDocument(path)
    }
  }
}
