import IAMEncoding

/// The value types AWS's policy simulator takes for a context entry (its `ContextKeyType`),
/// spelled as AWS spells them. A `…List` type makes the key multivalued.
public enum ContextKeyType: String, Sendable, CaseIterable {
  case string, stringList, numeric, numericList, boolean, booleanList
  case ip, ipList, binary, binaryList, date, dateList

  /// The type AWS names `name`, in any letter case, or nil.
  public init?(named name: String) {
    let wanted = name.lowercased()
    guard let type = Self.allCases.first(where: { $0.rawValue.lowercased() == wanted }) else { return nil }
    self = type
  }

  /// Whether the type carries a list of values.
  public var isList: Bool { rawValue.hasSuffix("List") }

  /// The kind of key an entry of this type makes.
  public var kind: ContextKeyKind { isList ? .multivalued : .singleValued }

  /// Why `value` does not read as a value of this type, or nil when it does. Values are read
  /// as the condition operators of the type read them.
  func problem(with value: String) -> ContextValueError.Reason? {
    switch self {
    case .string, .stringList:
      return nil
    case .numeric, .numericList:
      return NumericValue(value) == nil ? .notNumeric : nil
    case .boolean, .booleanList:
      let lowered = value.lowercased()
      return lowered == "true" || lowered == "false" ? nil : .notBoolean
    case .ip, .ipList:
      return IPAddress(Substring(value)) == nil ? .notIPAddress : nil
    case .binary, .binaryList:
      return Base64.decode(value) == nil ? .notBinary : nil
    case .date, .dateList:
      return DateValue.parse(value) == nil ? .notDate : nil
    }
  }
}
