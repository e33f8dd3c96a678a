import IAMEncoding
import IAMService

extension CommandSpec {
  static let instanceCredentials: CommandSpec = {
    let profile = SharedOptions.instanceProfileName("The instance profile the instance is launched with.")
    return CommandSpec(
      name: "instancecredentials", family: .tool,
      summary: "Print the role credentials an EC2 instance would read from its metadata.",
      description: """
        Plays EC2 launching an instance with an instance profile: assumes the profile's role as the service \
        ec2.amazonaws.com, which the role's trust policy must allow, with a new instance id as the session name, \
        and prints the document the instance reads at \
        http://169.254.169.254/latest/meta-data/iam/security-credentials/ROLE. The credentials last six hours \
        and act with the role's permissions. It needs no credential file: whoever owns the store plays EC2.
        """,
      options: [CommonOptions.debug, SessionOptions.force, SessionOptions.output, profile],
      output: """
        The metadata document, a JSON object with Code, LastUpdated, Type, AccessKeyId, SecretAccessKey, Token \
        and Expiration, one member per line. With -o the credentials are also written as a credential file.
        """,
      examples: [
        Example("iam instancecredentials -s s3access", "Show what an instance launched with s3access reads."),
        Example(
          "iam instancecredentials -s s3access -o instance.cred",
          "Also keep the credentials, to run commands as the instance would."),
      ],
      isLegacy: false, storeAccess: .asOwner
    ) { arguments, context in
      let document = try context.owner { service, trace in
        try service.instanceCredentials(instanceProfileName: arguments.required(profile), trace: trace) { document in
          let principal = "role \(document.roleName) on instance \(document.instanceId)"
          try SessionOptions.write(document.credentials, of: principal, arguments, context)
        }
      }
      return metadataDocument(document)
    }
  }()

  /// The instance metadata service's layout: two-space indent and ` : ` between name and value.
  static func metadataDocument(_ document: InstanceCredentials) -> [String] {
    let members = [
      ("Code", document.code), ("LastUpdated", document.lastUpdated), ("Type", document.type),
      ("AccessKeyId", document.credentials.accessKeyId), ("SecretAccessKey", document.credentials.secretAccessKey),
      ("Token", document.credentials.sessionToken), ("Expiration", document.credentials.expiration),
    ]
    var lines = ["{"]
    for (index, member) in members.enumerated() {
      var line = "  "
      JSONWriter.appendQuoted(member.0, to: &line)
      line += " : "
      JSONWriter.appendQuoted(member.1, to: &line)
      lines.append(line + (index == members.count - 1 ? "" : ","))
    }
    return lines + ["}"]
  }
}
