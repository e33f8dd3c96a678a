import IAMEncoding

/// How many users, groups and roles of the account one AWS managed policy is attached to. AWS's
/// policies themselves are in the catalogue, not the store; this small file exists only while
/// the policy is attached to something, so that the account record, which every command reads,
/// does not grow with the AWS policies an account uses.
public struct AWSPolicyUseRecord: StoredRecord, Equatable {
  public static let directory = "aws-policy-attachments"

  /// The AWS managed policy's name, exactly as AWS spells it.
  public var name: String
  public var attachmentCount: Int

  public init(name: String, attachmentCount: Int) {
    self.name = name
    self.attachmentCount = attachmentCount
  }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    name = try fields.name("name")
    attachmentCount = try fields.int("attachmentCount", in: 1...1_000_000_000)
  }

  public var json: JSONValue {
    .object(["attachmentCount": .int(attachmentCount), "name": .string(name)])
  }
}
