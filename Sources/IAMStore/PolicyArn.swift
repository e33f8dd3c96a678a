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

  /// The parts of `text`, or nil when it is not a policy ARN with a valid path and name. Read
  /// as bytes in place: a decision parses every ARN its caller's user and groups attach.
  public init?(parsing text: String) {
    var text = text
    guard let parts = text.withUTF8(PolicyArn.parts) else { return nil }
    self.init(owner: parts.owner, path: parts.path, name: parts.name)
  }

  private static func parts(_ bytes: UnsafeBufferPointer<UInt8>) -> (owner: String, path: String, name: String)? {
    let prefix: StaticString = "arn:aws:iam::"
    let resource: StaticString = "policy/"
    guard bytes.starts(with: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)) else {
      return nil
    }
    guard let colon = bytes[prefix.utf8CodeUnitCount...].firstIndex(of: UInt8(ascii: ":")) else { return nil }
    let owner = bytes[prefix.utf8CodeUnitCount..<colon]
    let isAccount = owner.count == 12 && owner.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    guard isAccount || owner.elementsEqual(awsOwner.utf8) else { return nil }
    let rest = bytes[(colon + 1)...]
    guard rest.starts(with: UnsafeBufferPointer(start: resource.utf8Start, count: resource.utf8CodeUnitCount)),
      let slash = rest.lastIndex(of: UInt8(ascii: "/"))
    else { return nil }
    let path = rest[(colon + 1 + resource.utf8CodeUnitCount - 1)...slash]
    let name = rest[(slash + 1)...]
    guard !name.isEmpty, name.count <= 128, name.allSatisfy(StoreLayout.isNameByte), isValidPath(path) else {
      return nil
    }
    return (
      String(decoding: owner, as: UTF8.self), String(decoding: path, as: UTF8.self), String(decoding: name, as: UTF8.self)
    )
  }

  public var text: String { "arn:aws:iam::\(owner):policy\(path)\(name)" }

  public var isAWSManaged: Bool { owner == PolicyArn.awsOwner }

  /// IAM's pattern for a managed policy's path, `((/[A-Za-z0-9\.,\+@=_-]+)*)/`, at most 512
  /// characters.
  public static func isValidPath(_ path: String) -> Bool { isValidPath(Array(path.utf8)[...]) }

  private static func isValidPath<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bool {
    guard !bytes.isEmpty, bytes.count <= 512, bytes.first == UInt8(ascii: "/"), bytes.last == UInt8(ascii: "/") else {
      return false
    }
    var previous = UInt8(ascii: " ")
    for byte in bytes {
      let slash = byte == UInt8(ascii: "/")
      // Every segment between slashes has at least one character.
      guard slash ? previous != UInt8(ascii: "/") : StoreLayout.isNameByte(byte) else { return false }
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
