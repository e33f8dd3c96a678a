/// The checks IAM makes on the text of `Resource` and `NotResource` values (validation stages
/// 3 and 4). IAM does not know resource types, so anything not named here is accepted, including
/// unknown services and wildcards in any segment.
enum ResourceFormatCheck {
  private static let partitions: Set<Substring> = [
    "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc", "*",
  ]
  private static let iamResourcePrefixes = [
    "user/", "federated-user/", "role/", "group/", "instance-profile/", "mfa/", "server-certificate/",
    "policy/", "sms-mfa/", "saml-provider/", "oidc-provider/", "report/", "access-report/",
  ]

  /// IAM's complaint about the format of `resource`, with what it means for the person who wrote
  /// it, or nil when it has none.
  static func problem(with resource: String) -> (message: String, explanation: String)? {
    if resource == "*" { return nil }
    // Split by code point, not by character: a combining mark after a colon must not hide it.
    let segments = resource.unicodeScalars.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
      .map(Substring.init)
    guard segments.count >= 2 else {
      return (PolicyMessage.resourceNotARN(resource), #"a resource is "*" or an ARN, such as arn:aws:s3:::my-bucket"#)
    }
    let partition = segments[1]
    guard partitions.contains(partition) else {
      return (
        PolicyMessage.partitionInvalid(partition, shownAs: displayed(segments)),
        "the partition after arn: must be one of AWS's, such as aws"
      )
    }
    guard segments.count >= 3 else {
      return (PolicyMessage.resourceVendor, "the ARN names no service: arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE")
    }
    let service = segments[2]
    let hasRegion = segments.count > 3 && !segments[3].isEmpty
    let resourcePart = segments.count > 5 ? segments[5].utf8 : Substring().utf8
    if service == "iam" {
      if hasRegion {
        return (
          PolicyMessage.iamRegion(resource),
          "IAM is global: its ARNs leave the region empty, as in arn:aws:iam::123456789012:user/bob"
        )
      }
      // The message offers "*" as the alternative to a typed path, so a bare "*" passes.
      let typed = iamResourcePrefixes.contains { resourcePart.starts(with: $0.utf8) }
      if !typed, !resourcePart.elementsEqual("*".utf8) {
        return (
          PolicyMessage.iamResourcePath,
          #"after the account, an IAM ARN has "*" or a type such as user/, group/ or role/"#
        )
      }
    } else if service == "s3", hasRegion, !resourcePart.starts(with: "accesspoint/".utf8) {
      return (PolicyMessage.s3Region(resource), "bucket and object ARNs leave the region empty: arn:aws:s3:::BUCKET/KEY")
    }
    return nil
  }

  /// The resource as IAM echoes it in the partition message: always six segments, `*` standing
  /// in for missing ones (and for an empty service when nothing follows it).
  private static func displayed(_ segments: [Substring]) -> String {
    let rest = segments.dropFirst(2)
    func segment(_ offset: Int) -> Substring {
      offset < rest.count ? rest[rest.startIndex + offset] : "*"
    }
    let service = rest.count == 1 && rest.first == "" ? "*" : segment(0)
    return "arn:\(segments[1]):\(service):\(segment(1)):\(segment(2)):\(segment(3))"
  }

  /// The legacy parser refuses a resource with `::` but fewer than five colons, and one whose
  /// third segment (the service) is empty.
  static func failsLegacyParsing(_ resource: String) -> Bool {
    if resource == "*" { return false }
    var colons = 0
    var doubleColon = false
    var previousWasColon = false
    // The service is the text between the second and third colons.
    var serviceLength = 0
    for byte in resource.utf8 {
      let isColon = byte == UInt8(ascii: ":")
      if isColon {
        colons += 1
        doubleColon = doubleColon || previousWasColon
      } else if colons == 2 {
        serviceLength += 1
      }
      previousWasColon = isColon
    }
    return (doubleColon && colons < 5) || colons < 2 || serviceLength == 0
  }
}
