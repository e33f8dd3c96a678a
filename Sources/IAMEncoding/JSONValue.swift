/// A JSON value that keeps what a policy author wrote: object members in their order (duplicates
/// included, so a validator can reject them) and numbers in their original spelling.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  /// The number exactly as written, e.g. `10`, `-0.5`, `1e3`.
  case number(String)
  case string(String)
  case array([JSONValue])
  case object([JSONMember])

  /// The value of the last member named `key`, when this is an object.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.last(where: { $0.key == key })?.value
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  public var arrayValue: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  public var objectMembers: [JSONMember]? {
    if case .object(let m) = self { return m }
    return nil
  }

  public var boolValue: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The value as an `Int`, when it is a number written as an integer that fits.
  public var intValue: Int? {
    if case .number(let text) = self { return Int(text) }
    return nil
  }

  /// An object from members given in any order.
  public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .object(pairs.map { JSONMember(key: $0.key, value: $0.value) })
  }

  public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

  public static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Sendable, Equatable {
  public var key: String
  public var value: JSONValue

  public init(key: String, value: JSONValue) {
    self.key = key
    self.value = value
  }
}
