import IAMEncoding

/// A customer managed policy with all of its versions (at most 5, each at most 6,144 characters,
/// so the file stays small). Which users, groups and roles it is attached to is kept in marker
/// files under `policy-attachments/<policy id>/`, and how many in `attachmentCount`, so that
/// neither a deletion check nor GetPolicy has to count files.
public struct ManagedPolicyRecord: StoredRecord, Equatable {
  public static let directory = "policies"

  public var name: String
  public var path: String
  public var id: String
  public var createDate: String
  /// When the default version last changed.
  public var updateDate: String
  public var description: String?
  public var defaultVersionId: String
  /// The number of the next version: IAM never reuses a version id.
  public var nextVersion: Int
  public var versions: [PolicyVersionRecord]
  public var attachmentCount: Int

  public init(name: String, path: String, id: String, createDate: String, description: String?, document: String) {
    self.name = name
    self.path = path
    self.id = id
    self.createDate = createDate
    self.updateDate = createDate
    self.description = description
    self.defaultVersionId = "v1"
    self.nextVersion = 2
    self.versions = [PolicyVersionRecord(id: "v1", document: document, createDate: createDate)]
    self.attachmentCount = 0
  }

  /// The version that applies to whoever the policy is attached to.
  public var defaultVersion: PolicyVersionRecord? { versions.first { $0.id == defaultVersionId } }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    name = try fields.name("name")
    path = try fields.string("path")
    id = try fields.name("id")
    createDate = try fields.string("createDate")
    updateDate = try fields.string("updateDate")
    description = try fields.optionalString("description")
    defaultVersionId = try fields.string("defaultVersionId")
    nextVersion = try fields.int("nextVersion", in: 2...1_000_000_000)
    attachmentCount = try fields.int("attachmentCount", in: 0...1_000_000_000)
    guard let list = json["versions"]?.arrayValue else { throw fields.damaged("field \"versions\" must be a list") }
    var versions: [PolicyVersionRecord] = []
    for element in list {
      let version = try FieldReader(element, file: file)
      versions.append(
        PolicyVersionRecord(
          id: try version.string("id"), document: try version.string("document"),
          createDate: try version.string("createDate")))
    }
    self.versions = versions
    guard versions.contains(where: { $0.id == defaultVersionId }) else {
      throw fields.damaged("the default version \(defaultVersionId) is not one of the policy's versions")
    }
  }

  public var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "attachmentCount", value: .int(attachmentCount)),
      JSONMember(key: "createDate", value: .string(createDate)),
      JSONMember(key: "defaultVersionId", value: .string(defaultVersionId)),
      JSONMember(key: "id", value: .string(id)),
      JSONMember(key: "name", value: .string(name)),
      JSONMember(key: "nextVersion", value: .int(nextVersion)),
      JSONMember(key: "path", value: .string(path)),
      JSONMember(key: "updateDate", value: .string(updateDate)),
      JSONMember(
        key: "versions",
        value: .array(
          versions.map {
            .object(["createDate": .string($0.createDate), "document": .string($0.document), "id": .string($0.id)])
          })),
    ]
    if let description { members.append(JSONMember(key: "description", value: .string(description))) }
    return .object(members)
  }
}

/// One version of a customer managed policy: its document exactly as uploaded.
public struct PolicyVersionRecord: Sendable, Equatable {
  public var id: String
  public var document: String
  public var createDate: String

  public init(id: String, document: String, createDate: String) {
    self.id = id
    self.document = document
    self.createDate = createDate
  }
}
