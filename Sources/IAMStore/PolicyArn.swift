/// The ARN of a managed policy, taken apart: `arn:aws:iam::<aws or account>:policy<path><name>`.
///
/// Entity records list the policies attached to them by ARN, and the store turns an ARN's name
/// into a file name; only an ARN whose parts are all what IAM allows is one.
public struct PolicyArn: Sendable, Equatable {
  /// `aws` for an AWS managed policy, else the 12-digit account id.
  public var owner: String
  public var path: String
  public var name: String

  public static let awsOwner = "aws"

  public init(owner: String, path: String, name: String) {
    self.owner = owner
    self.path = path
    self.name = name
  }

  /// The parts of `text`, or nil when it is not a policy ARN with a valid path and name.
  public init?(parsing text: String) {
    let prefix = "arn:aws:iam::"
    guard text.hasPrefix(prefix) else { return nil }
    let rest = text.dropFirst(prefix.count)
    guard let colon = rest.firstIndex(of: ":") else { return nil }
    let owner = String(rest[..<colon])
    let isAccount = owner.utf8.count == 12 && owner.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    guard owner == PolicyArn.awsOwner || isAccount else { return nil }
    let resource = rest[rest.index(after: colon)...]
    guard resource.hasPrefix("policy/"), let slash = resource.lastIndex(of: "/") else { return nil }
    let path = String(resource[resource.index(resource.startIndex, offsetBy: "policy".count)...slash])
    let name = String(resource[resource.index(after: slash)...])
    guard StoreLayout.isValidName(name), PolicyArn.isValidPath(path) else { return nil }
    self.init(owner: owner, path: path, name: name)
  }

  public var text: String { "arn:aws:iam::\(owner):policy\(path)\(name)" }

  public var isAWSManaged: Bool { owner == PolicyArn.awsOwner }

  /// IAM's pattern for a managed policy's path, `((/[A-Za-z0-9\.,\+@=_-]+)*)/`, at most 512
  /// characters.
  public static func isValidPath(_ path: String) -> Bool {
    let bytes = Array(path.utf8)
    guard !bytes.isEmpty, bytes.count <= 512, bytes.first == UInt8(ascii: "/"), bytes.last == UInt8(ascii: "/") else {
      return false
    }
    var previous = UInt8(ascii: " ")
    for byte in bytes {
      let allowed =
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || ".,+@=_-/".utf8.contains(byte)
      // Every segment between slashes has at least one character.
      guard allowed, !(byte == UInt8(ascii: "/") && previous == UInt8(ascii: "/")) else { return false }
      previous = byte
    }
    return true
  }
}

extension FieldReader {
  /// A list of policy ARNs, each checked as `PolicyArn` checks one; a missing field is an empty list.
  func policyArns(_ key: String) throws(StoreError) -> [String] {
    let arns = try strings(key)
    for arn in arns where PolicyArn(parsing: arn) == nil {
      throw damaged("field \"\(key)\" holds \"\(arn)\", which is not the ARN of a managed policy")
    }
    return arns
  }
}
