import IAMEncoding

/// A signing certificate, filed under its id so that a request naming the id finds it in one
/// read. Its SHA-1 fingerprint has a marker of its own (`StoreLayout.certificateFingerprint`),
/// so that uploading the same certificate twice in an account is caught without a scan.
public struct SigningCertificateRecord: StoredRecord, Equatable {
  public static let directory = "signing-certificates"

  public var id: String
  /// The owning user; nil for a certificate of the account's root user.
  public var userName: String?
  public var body: String
  public var status: String
  public var uploadDate: String
  /// Hex SHA-1 of the certificate's DER, the key of its fingerprint marker.
  public var fingerprint: String

  public var name: String { id }

  public init(id: String, userName: String?, body: String, status: String, uploadDate: String, fingerprint: String) {
    self.id = id
    self.userName = userName
    self.body = body
    self.status = status
    self.uploadDate = uploadDate
    self.fingerprint = fingerprint
  }

  /// Certificate ids are case-sensitive and made of `[A-Za-z0-9_]`, so they name their files as is.
  public static func fileStem(for name: String) -> String { name }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    id = try fields.name("id")
    userName = try fields.optionalName("userName")
    body = try fields.string("body")
    status = try fields.string("status")
    uploadDate = try fields.string("uploadDate")
    fingerprint = try fields.name("fingerprint")
  }

  public var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "body", value: .string(body)),
      JSONMember(key: "fingerprint", value: .string(fingerprint)),
      JSONMember(key: "id", value: .string(id)),
      JSONMember(key: "status", value: .string(status)),
      JSONMember(key: "uploadDate", value: .string(uploadDate)),
    ]
    if let userName { members.append(JSONMember(key: "userName", value: .string(userName))) }
    return .object(members)
  }
}
