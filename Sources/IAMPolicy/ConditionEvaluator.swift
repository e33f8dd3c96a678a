import IAMEncoding

/// Three-valued (Kleene) truth. `unknown` marks a test the engine cannot decide, such as a
/// malformed date; the evaluator lets it satisfy a Deny but never an Allow.
enum Truth: Equatable {
  case yes, no, unknown

  init(_ flag: Bool) { self = flag ? .yes : .no }

  static prefix func ! (value: Truth) -> Truth {
    switch value {
    case .yes: return .no
    case .no: return .yes
    case .unknown: return .unknown
    }
  }

  static func && (a: Truth, b: Truth) -> Truth {
    if a == .no || b == .no { return .no }
    return a == .yes && b == .yes ? .yes : .unknown
  }

  static func || (a: Truth, b: Truth) -> Truth {
    if a == .yes || b == .yes { return .yes }
    return a == .no && b == .no ? .no : .unknown
  }
}

/// Decides one condition clause against a request (IAM User Guide, condition operators and
/// multivalued context keys).
///
/// Values listed for one key are ORed. A negated operator holds when the request value matches
/// none of them. A missing key makes positive operators false and negated ones true, except
/// that `…IfExists` is then true, `ForAllValues:` true and `ForAnyValue:` false. An operator
/// without a set qualifier never matches a multivalued key; a set qualifier on a single-valued
/// key treats its value as a set of one.
enum ConditionEvaluator {
  /// `variables` is the request context when the document substitutes policy variables.
  static func evaluate(
    _ clause: ConditionClause, context: RequestContext, variables: RequestContext?
  ) throws(UnresolvedVariable) -> Truth {
    guard let op = clause.name.base else { return .unknown }
    let entry = context.entry(forNormalizedKey: clause.normalizedKey)
    let requestValues = entry?.values ?? []
    if op == .null {
      // Null has no IfExists or set form with a documented meaning.
      guard clause.name.qualifier == nil, !clause.name.ifExists else { return .unknown }
      return nullTest(present: !requestValues.isEmpty, policyValues: clause.values)
    }
    if requestValues.isEmpty {
      if clause.name.ifExists { return .yes }
      switch clause.name.qualifier {
      case .forAllValues?: return .yes
      case .forAnyValue?: return .no
      case nil: return Truth(op.isNegated)
      }
    }
    // IAM User Guide: "Multivalued context keys require a condition set operator."
    if clause.name.qualifier == nil, entry?.kind == .multivalued { return .no }

    let substitution = op.acceptsVariables ? variables : nil
    func matchesAnyPolicyValue(_ requestValue: String) throws(UnresolvedVariable) -> Truth {
      var result = Truth.no
      for policyValue in clause.values {
        result = result || (try compare(op.test, requestValue, policyValue, substitution))
        if result == .yes { break }
      }
      return result
    }

    switch clause.name.qualifier {
    case nil:
      var any = Truth.no
      for value in requestValues {
        any = any || (try matchesAnyPolicyValue(value))
        if any == .yes { break }
      }
      return op.isNegated ? !any : any
    case .forAnyValue?:
      var result = Truth.no
      for value in requestValues {
        let match = try matchesAnyPolicyValue(value)
        result = result || (op.isNegated ? !match : match)
      }
      return result
    case .forAllValues?:
      var result = Truth.yes
      for value in requestValues {
        let match = try matchesAnyPolicyValue(value)
        result = result && (op.isNegated ? !match : match)
      }
      return result
    }
  }

  private static func nullTest(present: Bool, policyValues: [String]) -> Truth {
    var result = Truth.no
    for value in policyValues {
      switch value.lowercased() {
      case "true": result = result || Truth(!present)
      case "false": result = result || Truth(present)
      default: result = result || .unknown
      }
    }
    return result
  }

  /// One request value against one policy value, with the positive sense of the operator.
  static func compare(
    _ test: ConditionTest, _ requestValue: String, _ policyValue: String, _ variables: RequestContext?
  ) throws(UnresolvedVariable) -> Truth {
    switch test {
    case .stringEquals:
      let expected = try substituted(policyValue, variables)
      return Truth(expected.unicodeScalars.elementsEqual(requestValue.unicodeScalars))
    case .stringEqualsIgnoreCase:
      let expected = try substituted(policyValue, variables).lowercased()
      return Truth(expected.unicodeScalars.elementsEqual(requestValue.lowercased().unicodeScalars))
    case .bool:
      return Truth(try substituted(policyValue, variables).lowercased() == requestValue.lowercased())
    case .stringLike:
      if let variables, policyValue.utf8.contains(UInt8(ascii: "$")) {
        let parts = try PolicyVariables.expand(Substring(policyValue), context: variables)
        return Truth(Glob.matches(parts, Substring(requestValue)))
      }
      return Truth(Glob.matches(Substring(policyValue), Substring(requestValue)))
    case .numeric(let comparison):
      guard let request = NumericValue(requestValue), let policy = NumericValue(policyValue) else { return .unknown }
      return Truth(comparison.holds(request, policy))
    case .date(let comparison):
      guard let request = DateValue.parse(requestValue), let policy = DateValue.parse(policyValue) else {
        return .unknown
      }
      return Truth(comparison.holds(request, policy))
    case .binary:
      guard let request = Base64.decode(requestValue), let policy = Base64.decode(policyValue) else { return .unknown }
      return Truth(request == policy)
    case .ipAddress:
      guard let address = IPAddress(Substring(requestValue)), let range = IPAddressRange(policyValue) else {
        return .unknown
      }
      return Truth(range.contains(address))
    case .arnLike:
      // A value with no six segments to compare is as unreadable as a malformed number.
      guard ResourceMatching.isARN(requestValue) else { return .unknown }
      let matched = try ResourceMatching.conditionMatches(
        pattern: policyValue, value: requestValue, variables: variables)
      return Truth(matched)
    case .null:
      return .unknown
    }
  }

  private static func substituted(_ text: String, _ variables: RequestContext?) throws(UnresolvedVariable) -> String {
    guard let variables else { return text }
    return try PolicyVariables.expandedString(text, context: variables)
  }
}
