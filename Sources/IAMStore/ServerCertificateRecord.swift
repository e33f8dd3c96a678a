import IAMEncoding

/// A server certificate: its body and chain as uploaded, and what its metadata reports. The
/// private key it was uploaded with is checked against the body and never stored (D11).
public struct ServerCertificateRecord: StoredRecord, Equatable {
  public static let directory = "server-certificates"

  public var name: String
  public var path: String
  public var id: String
  public var uploadDate: String
  /// The certificate's notAfter, as IAM reports it in `Expiration`.
  public var expiration: String
  public var body: String
  public var chain: String?

  public init(
    name: String, path: String, id: String, uploadDate: String, expiration: String, body: String, chain: String?
  ) {
    self.name = name
    self.path = path
    self.id = id
    self.uploadDate = uploadDate
    self.expiration = expiration
    self.body = body
    self.chain = chain
  }

  public init(json: JSONValue, file: String) throws(StoreError) {
    let fields = try FieldReader(json, file: file)
    name = try fields.name("name")
    path = try fields.string("path")
    id = try fields.string("id")
    uploadDate = try fields.string("uploadDate")
    expiration = try fields.string("expiration")
    body = try fields.string("body")
    chain = try fields.optionalString("chain")
  }

  public var json: JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "body", value: .string(body)),
      JSONMember(key: "expiration", value: .string(expiration)),
      JSONMember(key: "id", value: .string(id)),
      JSONMember(key: "name", value: .string(name)),
      JSONMember(key: "path", value: .string(path)),
      JSONMember(key: "uploadDate", value: .string(uploadDate)),
    ]
    if let chain { members.append(JSONMember(key: "chain", value: .string(chain))) }
    return .object(members)
  }
}
