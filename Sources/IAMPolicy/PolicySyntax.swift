import IAMEncoding

/// A statement after the syntax stage, with what later stages need beyond the public model.
struct DecodedStatement {
  var statement: PolicyStatement
  /// `Effect` as written; the syntax stage accepts any case, legacy parsing does not.
  var effectText: String
}

/// A document after the syntax stage.
struct DecodedPolicy {
  var version: String?
  var id: String?
  var statements: [DecodedStatement]
}

/// Stage 1 of validation: turns JSON text into statements, or fails with "Syntax errors in policy."
/// for anything outside the policy grammar.
enum PolicySyntax {
  private static let principalTypes: Set<String> = ["AWS", "Federated", "Service", "CanonicalUser"]
  private static let versions: Set<String> = [PolicyDocument.currentVersion, PolicyDocument.legacyVersion]

  private static var failure: MalformedPolicy { MalformedPolicy(PolicyMessage.syntax) }

  /// Principal shapes are checked only for `.trust`: in an identity policy any Principal is
  /// refused later with IAM's principal message, whatever it holds.
  static func decode(_ text: String, kind: PolicyKind) throws(MalformedPolicy) -> DecodedPolicy {
    let json: JSONValue
    do {
      json = try JSONParser.parse(text)
    } catch {
      throw failure
    }
    // IAM refuses a repeated element name anywhere, while the parser keeps repeats so we can see them.
    guard !DuplicateKeys.occur(in: json), let members = json.objectMembers else { throw failure }

    var version: String?
    var id: String?
    var statementValue: JSONValue?
    for member in members {
      switch member.key {
      case "Version":
        guard let text = member.value.stringValue, versions.contains(text) else { throw failure }
        version = text
      case "Id":
        guard let text = member.value.stringValue else { throw failure }
        id = text
      case "Statement":
        statementValue = member.value
      default:
        throw failure
      }
    }

    let statementObjects: [JSONValue]
    switch statementValue {
    case .object(let members)?: statementObjects = [.object(members)]
    case .array(let elements)?: statementObjects = elements
    default: throw failure
    }
    guard !statementObjects.isEmpty else { throw failure }

    var statements: [DecodedStatement] = []
    statements.reserveCapacity(statementObjects.count)
    for object in statementObjects {
      statements.append(try decodeStatement(object, kind: kind))
    }
    return DecodedPolicy(version: version, id: id, statements: statements)
  }

  private static func decodeStatement(_ value: JSONValue, kind: PolicyKind) throws(MalformedPolicy)
    -> DecodedStatement
  {
    guard let members = value.objectMembers else { throw failure }
    var sid: String?
    var effectText: String?
    var principal: PolicyPrincipal?
    var notPrincipal: PolicyPrincipal?
    var actions: PatternList?
    var resources: PatternList?
    var conditions: [ConditionClause] = []

    for member in members {
      switch member.key {
      case "Sid":
        guard let text = member.value.stringValue else { throw failure }
        sid = text
      case "Effect":
        guard let text = member.value.stringValue else { throw failure }
        effectText = text
      case "Principal":
        principal = try decodePrincipal(member.value, kind: kind)
      case "NotPrincipal":
        notPrincipal = try decodePrincipal(member.value, kind: kind)
      case "Action", "NotAction":
        guard actions == nil else { throw failure }
        actions = PatternList(patterns: try strings(member.value), negated: member.key == "NotAction")
      case "Resource", "NotResource":
        guard resources == nil else { throw failure }
        resources = PatternList(patterns: try strings(member.value), negated: member.key == "NotResource")
      case "Condition":
        conditions = try decodeConditions(member.value)
      default:
        throw failure
      }
    }

    guard let effectText, let effect = effect(ignoringCase: effectText) else { throw failure }
    guard kind == .identity || principal == nil || notPrincipal == nil else { throw failure }
    let statement = PolicyStatement(
      sid: sid, effect: effect, principal: principal, notPrincipal: notPrincipal, actions: actions,
      resources: resources, conditions: conditions)
    return DecodedStatement(statement: statement, effectText: effectText)
  }

  private static func effect(ignoringCase text: String) -> PolicyEffect? {
    switch text.lowercased() {
    case "allow": return .allow
    case "deny": return .deny
    default: return nil
    }
  }

  /// A string or a list of strings, as Action, Resource and principal values are written.
  private static func strings(_ value: JSONValue) throws(MalformedPolicy) -> [String] {
    switch value {
    case .string(let text):
      return [text]
    case .array(let elements):
      var result: [String] = []
      result.reserveCapacity(elements.count)
      for element in elements {
        guard let text = element.stringValue else { throw failure }
        result.append(text)
      }
      return result
    default:
      throw failure
    }
  }

  private static func decodePrincipal(_ value: JSONValue, kind: PolicyKind) throws(MalformedPolicy)
    -> PolicyPrincipal
  {
    if kind == .identity {
      return (try? decodePrincipal(value, kind: .trust)) ?? PolicyPrincipal(isWildcard: false, entries: [])
    }
    switch value {
    case .string("*"):
      return PolicyPrincipal(isWildcard: true, entries: [])
    case .object(let members):
      var entries: [PrincipalEntry] = []
      for member in members {
        guard principalTypes.contains(member.key) else { throw failure }
        entries.append(PrincipalEntry(type: member.key, values: try strings(member.value)))
      }
      return PolicyPrincipal(isWildcard: false, entries: entries)
    default:
      throw failure
    }
  }

  private static func decodeConditions(_ value: JSONValue) throws(MalformedPolicy) -> [ConditionClause] {
    guard let operators = value.objectMembers else { throw failure }
    var clauses: [ConditionClause] = []
    for op in operators {
      guard let body = op.value.objectMembers else { throw failure }
      // IAM lets an operator it does not know through only when nothing is under it.
      let name = OperatorName(op.key)
      guard name.base != nil || body.isEmpty else { throw failure }
      for entry in body {
        let values = try conditionValues(entry.value)
        clauses.append(ConditionClause(operatorName: op.key, name: name, key: entry.key, values: values))
      }
    }
    return clauses
  }

  /// Condition values may be strings, unquoted numbers or booleans, alone or in a list.
  private static func conditionValues(_ value: JSONValue) throws(MalformedPolicy) -> [String] {
    if case .array(let elements) = value {
      var result: [String] = []
      result.reserveCapacity(elements.count)
      for element in elements {
        guard let text = scalarText(element) else { throw failure }
        result.append(text)
      }
      return result
    }
    guard let text = scalarText(value) else { throw failure }
    return [text]
  }

  private static func scalarText(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): return text
    case .number(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    default: return nil
    }
  }
}

/// Finds a JSON object that names the same member twice, at any depth.
enum DuplicateKeys {
  static func occur(in value: JSONValue) -> Bool {
    switch value {
    case .object(let members):
      if hasRepeat(members) { return true }
      return members.contains { occur(in: $0.value) }
    case .array(let elements):
      return elements.contains { occur(in: $0) }
    default:
      return false
    }
  }

  private static func hasRepeat(_ members: [JSONMember]) -> Bool {
    // Policy objects are small; a pairwise scan avoids hashing for the common case.
    if members.count <= 8 {
      for i in members.indices {
        for j in members.indices where j > i && members[i].key == members[j].key { return true }
      }
      return false
    }
    var seen = Set<String>(minimumCapacity: members.count)
    for member in members where !seen.insert(member.key).inserted { return true }
    return false
  }
}
