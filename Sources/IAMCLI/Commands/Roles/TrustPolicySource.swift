import IAMPolicy

/// The `-s SERVICE | -f FILE` choice of rolecreate and roleupdateassumepolicy: a trust policy
/// generated for a service, or a document read from a file.
enum TrustPolicySource {
  static let service = OptionSpec(
    "-s", "SERVICE",
    help: "A service allowed to assume the role, such as ec2.amazonaws.com; the trust policy is generated.")

  static let file = OptionSpec(
    "-f", "POLICYDOCUMENTFILE", kind: .file, help: "Read the trust policy document from this file instead.")

  static let choice = OneOfTwo(
    first: service, second: file, neither: "must specify a service or a policy document to upload",
    both: "can specify only one of -f -s")

  static func read(_ arguments: ParsedArguments, _ context: CommandContext) throws -> String {
    switch try choice.value(arguments, legacy: context.isLegacy) {
    case .first(let name): return PolicyGenerator.serviceTrustPolicy(service: name)
    case .second(let path): return try context.readDocument(path)
    }
  }
}
