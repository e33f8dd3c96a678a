import IAMEncoding

/// A record kept in a file of its own, one directory per entity type.
public protocol StoredRecord: Sendable {
  /// The store directory that holds records of this type, e.g. `users`.
  static var directory: String { get }
  /// The name that identifies the record within its type.
  var name: String { get }
  init(json: JSONValue, file: String) throws(StoreError)
  var json: JSONValue { get }
  /// The file name (without `.json`) for a record named `name`.
  static func fileStem(for name: String) -> String
}

extension StoredRecord {
  /// Names are unique regardless of case, so the file is named after the lower-cased name; a
  /// leading dot is escaped because dot files are the store's temporary files.
  public static func fileStem(for name: String) -> String { StoreLayout.caseFoldedStem(name) }

  static func relativePath(stem: String) -> String { directory + "/" + stem + ".json" }

  /// The file, relative to the store, that holds the record named `name`; for error messages.
  public static func relativePath(named name: String) -> String { relativePath(stem: fileStem(for: name)) }
}

/// Where each kind of file lives below the store root.
public enum StoreLayout {
  public static let account = "account.json"
  public static let journal = "journal.json"
  public static let rootCredentials = "root-credentials"
  public static let groupMembers = "group-members"
  public static let certificateFingerprints = "signing-certificate-fingerprints"
  public static let policyAttachments = "policy-attachments"
  /// One directory per hour in which sessions expire, named after the hour's first second since
  /// the epoch, with one empty marker per session, named after its key id.
  public static let sessionExpiry = "session-expiry"
  /// What iam locked before schema 2 (see `Store`).
  public static let legacyLock = "lock"
  /// The most names a path below the root has: `group-members/<group id>/<user>`.
  static let maximumDepth = 3

  /// The most a store file may hold. The largest valid record is far smaller (a role with its
  /// policies at their quotas, every character escaped, is under 200 KB); a file beyond this is
  /// damage, refused without being read.
  public static let recordLimit = 1 << 20
  /// A journal holds every file one command rewrites: a rename of a group with 5,000 members
  /// at their largest stays well under this.
  public static let journalLimit = 256 << 20

  static func readLimit(_ relative: String) -> Int { relative == journal ? journalLimit : recordLimit }

  /// Whether `name` can be an entity's name, and so a file's name: IAM's characters only
  /// (`[A-Za-z0-9_+=,.@-]`, no `/`), at most 128 of them.
  public static func isValidName(_ name: String) -> Bool {
    let bytes = name.utf8
    return !bytes.isEmpty && bytes.count <= 128 && bytes.allSatisfy(isNameByte)
  }

  /// One of IAM's name characters, `[A-Za-z0-9_+=,.@-]`.
  static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      || byte == 0x5F || byte == 0x2B || byte == 0x3D || byte == 0x2C || byte == 0x2E || byte == 0x40 || byte == 0x2D
  }

  public static func caseFoldedStem(_ name: String) -> String {
    var stem = String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    if stem.hasPrefix(".") { stem = "%2E" + stem.dropFirst() }
    return stem
  }

  /// The directory holding one marker file per member of a group. It is named after the group's
  /// id, which never changes, so renaming a group moves none of its members' markers.
  public static func membersDirectory(groupId: String) -> String {
    groupMembers + "/" + groupId
  }

  public static func memberMarker(groupId: String, user: String) -> String {
    membersDirectory(groupId: groupId) + "/" + caseFoldedStem(user)
  }

  /// The directory holding one marker file per user, group and role a managed policy is attached
  /// to, named after the policy's id.
  public static func attachmentsDirectory(policyId: String) -> String {
    policyAttachments + "/" + policyId
  }

  /// `user.bob`, `group.admins`, `role.s3access`: the entity type, a dot, and the entity's file
  /// stem. Type words have no dot, so the first dot ends the type.
  public static func attachmentMarker(policyId: String, kind: String, name: String) -> String {
    attachmentsDirectory(policyId: policyId) + "/" + kind + "." + caseFoldedStem(name)
  }

  public static func sessionExpiryBucket(_ bucket: String) -> String { sessionExpiry + "/" + bucket }

  public static func sessionExpiryMarker(bucket: String, keyId: String) -> String {
    sessionExpiryBucket(bucket) + "/" + keyId
  }

  /// The marker of a signing certificate's fingerprint (hex SHA-1); it holds the certificate's id.
  public static func certificateFingerprint(_ fingerprint: String) -> String {
    certificateFingerprints + "/" + fingerprint
  }
}

/// Reads the fields of a record's JSON, turning every surprise into a `damaged` error that names
/// the file and the field, so a hand-edited store fails loudly instead of being misread.
struct FieldReader {
  let json: JSONValue
  let file: String

  init(_ json: JSONValue, file: String) throws(StoreError) {
    guard case .object = json else { throw .damaged(path: file, reason: "expected a JSON object") }
    self.json = json
    self.file = file
  }

  func damaged(_ reason: String) -> StoreError { .damaged(path: file, reason: reason) }

  func string(_ key: String) throws(StoreError) -> String {
    guard let value = json[key] else { throw damaged("field \"\(key)\" is missing") }
    guard let text = value.stringValue else { throw damaged("field \"\(key)\" must be a string") }
    return text
  }

  func optionalString(_ key: String) throws(StoreError) -> String? {
    guard let value = json[key], value != .null else { return nil }
    guard let text = value.stringValue else { throw damaged("field \"\(key)\" must be a string") }
    return text
  }

  /// An integer within `range`: a number outside it could only overflow what is done with it.
  func int(_ key: String, in range: ClosedRange<Int>) throws(StoreError) -> Int {
    guard let number = try optionalInt(key, in: range) else { throw damaged("field \"\(key)\" is missing") }
    return number
  }

  func optionalInt(_ key: String, in range: ClosedRange<Int>) throws(StoreError) -> Int? {
    guard let value = json[key] else { return nil }
    guard let number = value.intValue, range.contains(number) else {
      throw damaged("field \"\(key)\" must be an integer from \(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }

  func bool(_ key: String) throws(StoreError) -> Bool {
    guard let flag = try optionalBool(key) else { throw damaged("field \"\(key)\" is missing") }
    return flag
  }

  func optionalBool(_ key: String) throws(StoreError) -> Bool? {
    guard let value = json[key] else { return nil }
    guard let flag = value.boolValue else { throw damaged("field \"\(key)\" must be true or false") }
    return flag
  }

  /// A name that the store may turn into a path: one a hand edit made into `../x` is damage.
  func name(_ key: String) throws(StoreError) -> String {
    try checkedName(string(key), key)
  }

  func optionalName(_ key: String) throws(StoreError) -> String? {
    try optionalString(key).map { (name) throws(StoreError) in try checkedName(name, key) }
  }

  /// A list of names, each checked as `name` checks one; a missing field is an empty list.
  func names(_ key: String) throws(StoreError) -> [String] {
    var result: [String] = []
    for name in try strings(key) { result.append(try checkedName(name, key)) }
    return result
  }

  private func checkedName(_ name: String, _ key: String) throws(StoreError) -> String {
    guard StoreLayout.isValidName(name) else {
      throw damaged("field \"\(key)\" holds \"\(name)\", which is not a name IAM allows")
    }
    return name
  }

  /// A list of strings; a missing field is an empty list.
  func strings(_ key: String) throws(StoreError) -> [String] {
    guard let value = json[key] else { return [] }
    guard let elements = value.arrayValue else { throw damaged("field \"\(key)\" must be a list") }
    var result: [String] = []
    for element in elements {
      guard let text = element.stringValue else { throw damaged("field \"\(key)\" must list strings") }
      result.append(text)
    }
    return result
  }

  /// An object whose values are strings; a missing field is empty.
  func stringMap(_ key: String) throws(StoreError) -> [String: String] {
    guard let value = json[key] else { return [:] }
    guard let members = value.objectMembers else { throw damaged("field \"\(key)\" must be an object") }
    var result: [String: String] = [:]
    for member in members {
      guard let text = member.value.stringValue else {
        throw damaged("field \"\(key)\".\"\(member.key)\" must be a string")
      }
      result[member.key] = text
    }
    return result
  }

  func object(_ key: String) throws(StoreError) -> FieldReader? {
    guard let value = json[key], value != .null else { return nil }
    guard case .object = value else { throw damaged("field \"\(key)\" must be an object") }
    return try FieldReader(value, file: file)
  }

  /// Checks that the record is stored under the file its name calls for.
  func expectStem(_ stem: String, for name: String, _ computed: String) throws(StoreError) {
    guard stem == computed else {
      throw damaged("the name \"\(name)\" does not belong in this file")
    }
  }
}

extension JSONValue {
  static func stringMap(_ map: [String: String]) -> JSONValue {
    .object(map.map { JSONMember(key: $0.key, value: .string($0.value)) })
  }
}
