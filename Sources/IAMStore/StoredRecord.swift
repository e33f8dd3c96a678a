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
}

/// Where each kind of file lives below the store root.
public enum StoreLayout {
  public static let account = "account.json"
  public static let journal = "journal.json"
  public static let lock = "lock"
  public static let rootCredentials = "root-credentials"
  public static let groupMembers = "group-members"

  public static func caseFoldedStem(_ name: String) -> String {
    var stem = String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    if stem.hasPrefix(".") { stem = "%2E" + stem.dropFirst() }
    return stem
  }

  /// The directory holding one marker file per member of a group.
  public static func membersDirectory(group: String) -> String {
    groupMembers + "/" + caseFoldedStem(group)
  }

  public static func memberMarker(group: String, user: String) -> String {
    membersDirectory(group: group) + "/" + caseFoldedStem(user)
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

  func int(_ key: String) throws(StoreError) -> Int {
    guard let value = json[key] else { throw damaged("field \"\(key)\" is missing") }
    guard let number = value.intValue else { throw damaged("field \"\(key)\" must be an integer") }
    return number
  }

  func optionalInt(_ key: String) throws(StoreError) -> Int? {
    guard let value = json[key] else { return nil }
    guard let number = value.intValue else { throw damaged("field \"\(key)\" must be an integer") }
    return number
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
