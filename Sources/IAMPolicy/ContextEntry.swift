import IAMEncoding

/// A context entry that cannot be used: its type is unknown, or its values do not fit the type.
public struct ContextValueError: Error, Sendable, Equatable {
  public enum Reason: Sendable, Equatable {
    /// The type name is not one of AWS's.
    case unknownType(String)
    /// A type without `List` was given this many values instead of one.
    case oneValueExpected(count: Int)
    case notNumeric, notBoolean, notIPAddress, notBinary, notDate
  }

  /// The condition key as given.
  public var key: String
  /// The value that does not fit, when one is to blame.
  public var value: String?
  public var reason: Reason

  /// What is wrong and how a value of the type is written, for the person who gave it.
  public var message: String {
    let shown = value.map(DisplayText.quoted) ?? ""
    switch reason {
    case .unknownType(let name):
      let names = ContextKeyType.allCases.map(\.rawValue).joinedText(separator: ", ")
      return "\(key): \(DisplayText.quoted(name)) is not a context key type; the types are \(names)"
    case .oneValueExpected(let count):
      return "\(key): a single-valued type takes exactly one value, not \(count); a …List type takes several"
    case .notNumeric: return "\(key): \(shown) is not a number, such as 42 or -1.5"
    case .notBoolean: return "\(key): \(shown) is neither true nor false"
    case .notIPAddress: return "\(key): \(shown) is not an IPv4 or IPv6 address, such as 203.0.113.7 or 2001:db8::1"
    case .notBinary: return "\(key): \(shown) is not base64, such as aGVsbG8="
    case .notDate: return "\(key): \(shown) is not a date, such as 2026-01-31T12:00:00Z, or seconds since 1970"
    }
  }
}

/// One condition key with its values, checked against the type it was given as; the building
/// block of a simulated request's context.
public struct ContextEntry: Sendable, Equatable {
  public let key: String
  public let values: [String]
  public let type: ContextKeyType

  /// An entry for `key`, refused when a value does not read as `type` or a type without `List`
  /// is not given exactly one value.
  public init(key: String, values: [String], type: ContextKeyType) throws(ContextValueError) {
    if !type.isList, values.count != 1 {
      throw ContextValueError(key: key, value: nil, reason: .oneValueExpected(count: values.count))
    }
    for value in values {
      if let reason = type.problem(with: value) { throw ContextValueError(key: key, value: value, reason: reason) }
    }
    self.key = key
    self.values = values
    self.type = type
  }

  /// An entry whose type is given by AWS's name for it, such as `stringList`.
  public init(key: String, values: [String], typeName: String) throws(ContextValueError) {
    guard let type = ContextKeyType(named: typeName) else {
      throw ContextValueError(key: key, value: nil, reason: .unknownType(typeName))
    }
    try self.init(key: key, values: values, type: type)
  }
}

extension RequestContext {
  /// Sets the entry's key to its values: multivalued when its type is a list, else single-valued.
  public mutating func set(_ entry: ContextEntry) {
    set(entry.key, to: entry.values, kind: entry.type.kind)
  }
}
