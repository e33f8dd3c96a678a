/// The 27 base condition operators IAM knows, without set qualifier or `IfExists`.
public enum ConditionOperator: String, Sendable, CaseIterable {
  case stringEquals = "StringEquals"
  case stringNotEquals = "StringNotEquals"
  case stringEqualsIgnoreCase = "StringEqualsIgnoreCase"
  case stringNotEqualsIgnoreCase = "StringNotEqualsIgnoreCase"
  case stringLike = "StringLike"
  case stringNotLike = "StringNotLike"
  case numericEquals = "NumericEquals"
  case numericNotEquals = "NumericNotEquals"
  case numericLessThan = "NumericLessThan"
  case numericLessThanEquals = "NumericLessThanEquals"
  case numericGreaterThan = "NumericGreaterThan"
  case numericGreaterThanEquals = "NumericGreaterThanEquals"
  case dateEquals = "DateEquals"
  case dateNotEquals = "DateNotEquals"
  case dateLessThan = "DateLessThan"
  case dateLessThanEquals = "DateLessThanEquals"
  case dateGreaterThan = "DateGreaterThan"
  case dateGreaterThanEquals = "DateGreaterThanEquals"
  case bool = "Bool"
  case binaryEquals = "BinaryEquals"
  case ipAddress = "IpAddress"
  case notIpAddress = "NotIpAddress"
  case arnEquals = "ArnEquals"
  case arnLike = "ArnLike"
  case arnNotEquals = "ArnNotEquals"
  case arnNotLike = "ArnNotLike"
  case null = "Null"

  /// True for operators that hold when the request value matches none of the policy values.
  public var isNegated: Bool {
    switch self {
    case .stringNotEquals, .stringNotEqualsIgnoreCase, .stringNotLike, .numericNotEquals,
      .dateNotEquals, .notIpAddress, .arnNotEquals, .arnNotLike:
      return true
    default:
      return false
    }
  }

  /// Whether `${...}` in this operator's values are policy variables (String*, Arn* and Bool).
  public var acceptsVariables: Bool {
    switch test {
    case .stringEquals, .stringEqualsIgnoreCase, .stringLike, .arnLike, .bool: return true
    default: return false
    }
  }

  /// The positive comparison behind the operator; negated operators invert it.
  var test: ConditionTest {
    switch self {
    case .stringEquals, .stringNotEquals: return .stringEquals
    case .stringEqualsIgnoreCase, .stringNotEqualsIgnoreCase: return .stringEqualsIgnoreCase
    case .stringLike, .stringNotLike: return .stringLike
    case .numericEquals, .numericNotEquals: return .numeric(.equal)
    case .numericLessThan: return .numeric(.less)
    case .numericLessThanEquals: return .numeric(.lessOrEqual)
    case .numericGreaterThan: return .numeric(.greater)
    case .numericGreaterThanEquals: return .numeric(.greaterOrEqual)
    case .dateEquals, .dateNotEquals: return .date(.equal)
    case .dateLessThan: return .date(.less)
    case .dateLessThanEquals: return .date(.lessOrEqual)
    case .dateGreaterThan: return .date(.greater)
    case .dateGreaterThanEquals: return .date(.greaterOrEqual)
    case .bool: return .bool
    case .binaryEquals: return .binary
    case .ipAddress, .notIpAddress: return .ipAddress
    // IAM documents ArnEquals and ArnLike as the same test.
    case .arnEquals, .arnLike, .arnNotEquals, .arnNotLike: return .arnLike
    case .null: return .null
    }
  }
}

/// How a request value is compared with one policy value.
enum ConditionTest: Equatable {
  case stringEquals, stringEqualsIgnoreCase, stringLike
  case numeric(Comparison)
  case date(Comparison)
  case bool, binary, ipAddress, arnLike, null

  enum Comparison: Equatable {
    case equal, less, lessOrEqual, greater, greaterOrEqual

    func holds<T: Comparable>(_ request: T, _ policy: T) -> Bool {
      switch self {
      case .equal: return request == policy
      case .less: return request < policy
      case .lessOrEqual: return request <= policy
      case .greater: return request > policy
      case .greaterOrEqual: return request >= policy
      }
    }
  }
}

/// The `ForAnyValue:` / `ForAllValues:` prefix of a condition operator.
public enum SetQualifier: String, Sendable, CaseIterable {
  case forAnyValue = "ForAnyValue:"
  case forAllValues = "ForAllValues:"
}

/// A condition operator name taken apart the way IAM's validator does it: at most one set
/// qualifier is stripped from the front and at most one `IfExists` from the end.
public struct OperatorName: Sendable, Equatable {
  /// The `ForAnyValue:` or `ForAllValues:` prefix, if any.
  public var qualifier: SetQualifier?
  /// True when the name ends in `IfExists`: a missing key then satisfies the condition.
  public var ifExists: Bool
  /// Nil when what remains is not one of the 27 base operators.
  public var base: ConditionOperator?

  /// Takes `name` apart; never fails, leaving `base` nil for names IAM does not know.
  public init(_ name: String) {
    var rest = Substring(name)
    qualifier = nil
    for candidate in SetQualifier.allCases where rest.utf8.starts(with: candidate.rawValue.utf8) {
      qualifier = candidate
      rest = Substring(rest.utf8.dropFirst(candidate.rawValue.utf8.count))
      break
    }
    let suffix = "IfExists".utf8
    ifExists = rest.utf8.count >= suffix.count && rest.utf8.suffix(suffix.count).elementsEqual(suffix)
    if ifExists { rest = Substring(rest.utf8.dropLast(suffix.count)) }
    base = ConditionOperator(rawValue: String(rest))
  }
}

/// One operator-and-key pair of a `Condition` block, with the policy values listed for the key.
public struct ConditionClause: Sendable {
  /// The operator as written, e.g. `ForAnyValue:StringLikeIfExists`.
  public private(set) var operatorName: String
  /// The condition key as written; keys compare case-insensitively.
  public private(set) var key: String
  /// Policy values as text; unquoted numbers and booleans keep their JSON spelling.
  public var values: [String]
  /// The parsed operator name.
  public private(set) var name: OperatorName
  /// `key` lowercased once, for look-ups in the request context.
  var normalizedKey: String

  /// A clause for `key` under the operator written `operatorName`.
  public init(operatorName: String, key: String, values: [String]) {
    self.init(operatorName: operatorName, name: OperatorName(operatorName), key: key, values: values)
  }

  init(operatorName: String, name: OperatorName, key: String, values: [String]) {
    self.operatorName = operatorName
    self.name = name
    self.key = key
    self.values = values
    self.normalizedKey = key.lowercased()
  }
}
