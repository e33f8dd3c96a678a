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
/// for anything outside the policy grammar. Each failure also says, for a person, where it is
/// (a path relative to the value being decoded, which the callers extend) and what is wrong.
enum PolicySyntax {
  private static let principalTypes: Set<String> = ["AWS", "Federated", "Service", "CanonicalUser"]
  private static let versions: Set<String> = [PolicyDocument.currentVersion, PolicyDocument.legacyVersion]
  private static let documentMembers = ["Version", "Id", "Statement"]
  private static let statementMembers = [
    "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
  ]

  private static func failure(_ steps: [JSONPath.Step], name: Bool = false, _ explanation: String) -> MalformedPolicy {
    MalformedPolicy(PolicyMessage.syntax, at: .path(JSONPath(steps, memberName: name)), explanation)
  }

  /// Principal shapes are checked only for `.trust`: in an identity policy any Principal is
  /// refused later with IAM's principal message, whatever it holds.
  static func decode(_ text: String, kind: PolicyKind) throws(MalformedPolicy) -> DecodedPolicy {
    let json: JSONValue
    let mayRepeatNames: Bool
    do {
      (json, mayRepeatNames) = try JSONParser.parseNotingRepeats(text)
    } catch {
      throw MalformedPolicy(PolicyMessage.syntax, at: .offset(error.start), error.message)
    }
    // IAM refuses a repeated element name anywhere, while the parser keeps repeats so we can see them.
    if mayRepeatNames, let repeated = DuplicateKeys.first(in: json) {
      throw failure(repeated.steps, name: true, "\(DisplayText.quoted(repeated.key)) is given twice in the same object")
    }
    guard let members = json.objectMembers else { throw failure([], "a policy document must be a JSON object") }

    var version: String?
    var id: String?
    var statementMember: Int?
    for (index, member) in members.enumerated() {
      switch member.key {
      case "Version":
        guard let text = member.value.stringValue, versions.contains(text) else {
          throw failure([.member(index)], #"Version must be "2012-10-17" or "2008-10-17""#)
        }
        version = text
      case "Id":
        guard let text = member.value.stringValue else { throw failure([.member(index)], "Id must be a string") }
        id = text
      case "Statement":
        statementMember = index
      default:
        throw failure([.member(index)], name: true, unknownMember(member.key, of: "a policy", documentMembers))
      }
    }

    guard let statementMember else { throw failure([], "the policy has no Statement") }
    let statementObjects: [JSONValue]
    switch members[statementMember].value {
    case .object(let members): statementObjects = [.object(members)]
    case .array(let elements): statementObjects = elements
    default: throw failure([.member(statementMember)], "Statement must be an object or a list of objects")
    }
    guard !statementObjects.isEmpty else { throw failure([.member(statementMember)], "Statement is an empty list") }

    var statements: [DecodedStatement] = []
    statements.reserveCapacity(statementObjects.count)
    for (index, object) in statementObjects.enumerated() {
      do throws(MalformedPolicy) {
        statements.append(try decodeStatement(object, kind: kind))
      } catch {
        throw error.below([.member(statementMember), .item(index)])
      }
    }
    return DecodedPolicy(version: version, id: id, statements: statements)
  }

  /// `unknown member "effect"; did you mean "Effect"?`, or the members there are.
  private static func unknownMember(_ key: String, of owner: String, _ known: [String]) -> String {
    if let meant = known.first(where: { $0.lowercased() == key.lowercased() }) {
      return "unknown member \(DisplayText.quoted(key)); did you mean \"\(meant)\"?"
    }
    let list = known.dropLast().joinedText(separator: ", ") + " and " + known[known.count - 1]
    return "unknown member \(DisplayText.quoted(key)); \(owner) has only \(list)"
  }

  static func decodeStatement(_ value: JSONValue, kind: PolicyKind) throws(MalformedPolicy)
    -> DecodedStatement
  {
    guard let members = value.objectMembers else { throw failure([], "a statement must be an object") }
    var sid: String?
    var effectText: String?
    var principal: PolicyPrincipal?
    var notPrincipal: PolicyPrincipal?
    var actions: PatternList?
    var resources: PatternList?
    var conditions: [ConditionClause] = []

    for (index, member) in members.enumerated() {
      do throws(MalformedPolicy) {
        switch member.key {
        case "Sid":
          guard let text = member.value.stringValue else { throw failure([], "Sid must be a string") }
          sid = text
        case "Effect":
          guard let text = member.value.stringValue else { throw failure([], #"Effect must be "Allow" or "Deny""#) }
          effectText = text
        case "Principal":
          principal = try decodePrincipal(member.value, named: member.key, kind: kind)
        case "NotPrincipal":
          notPrincipal = try decodePrincipal(member.value, named: member.key, kind: kind)
        case "Action", "NotAction":
          guard actions == nil else { throw failure([], name: true, "a statement has Action or NotAction, not both") }
          actions = PatternList(patterns: try strings(member.value, of: member.key), negated: member.key == "NotAction")
        case "Resource", "NotResource":
          guard resources == nil else {
            throw failure([], name: true, "a statement has Resource or NotResource, not both")
          }
          resources = PatternList(
            patterns: try strings(member.value, of: member.key), negated: member.key == "NotResource")
        case "Condition":
          conditions = try decodeConditions(member.value)
        default:
          throw failure([], name: true, unknownMember(member.key, of: "a statement", statementMembers))
        }
      } catch {
        throw error.below([.member(index)])
      }
    }

    guard let effectText else { throw failure([], "the statement has no Effect") }
    guard let effect = effect(ignoringCase: effectText) else {
      throw failure([.named("Effect")], #"Effect must be "Allow" or "Deny""#)
    }
    guard kind != .trust || principal == nil || notPrincipal == nil else {
      throw failure([.named("NotPrincipal")], name: true, "a statement has Principal or NotPrincipal, not both")
    }
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
  private static func strings(_ value: JSONValue, of name: String) throws(MalformedPolicy) -> [String] {
    switch value {
    case .string(let text):
      return [text]
    case .array(let elements):
      var result: [String] = []
      result.reserveCapacity(elements.count)
      for (index, element) in elements.enumerated() {
        guard let text = element.stringValue else {
          throw failure([.element(index)], "the values of \(name) must be strings")
        }
        result.append(text)
      }
      return result
    default:
      throw failure([], "\(name) must be a string or a list of strings")
    }
  }

  private static func decodePrincipal(_ value: JSONValue, named name: String, kind: PolicyKind) throws(MalformedPolicy)
    -> PolicyPrincipal
  {
    if kind != .trust {
      return (try? decodePrincipal(value, named: name, kind: .trust)) ?? PolicyPrincipal(isWildcard: false, entries: [])
    }
    switch value {
    case .string("*"):
      return PolicyPrincipal(isWildcard: true, entries: [])
    case .object(let members):
      var entries: [PrincipalEntry] = []
      for (index, member) in members.enumerated() {
        guard principalTypes.contains(member.key) else {
          throw failure(
            [.member(index)], name: true,
            "unknown principal type \(DisplayText.quoted(member.key)); the types are AWS, Federated, Service and CanonicalUser")
        }
        do throws(MalformedPolicy) {
          entries.append(PrincipalEntry(type: member.key, values: try strings(member.value, of: member.key)))
        } catch {
          throw error.below([.member(index)])
        }
      }
      return PolicyPrincipal(isWildcard: false, entries: entries)
    default:
      throw failure([], #"\#(name) must be "*" or an object such as {"Service": "ec2.amazonaws.com"}"#)
    }
  }

  private static func decodeConditions(_ value: JSONValue) throws(MalformedPolicy) -> [ConditionClause] {
    guard let operators = value.objectMembers else {
      throw failure([], #"Condition must be an object of operators, such as {"StringEquals": {...}}"#)
    }
    var clauses: [ConditionClause] = []
    for (index, op) in operators.enumerated() {
      guard let body = op.value.objectMembers else {
        throw failure([.member(index)], "the value of \(DisplayText.quoted(op.key)) must be an object of condition keys and values")
      }
      // IAM lets an operator it does not know through only when nothing is under it.
      let name = OperatorName(op.key)
      guard name.base != nil || body.isEmpty else {
        throw failure([.member(index)], name: true, "unknown condition operator \(DisplayText.quoted(op.key))")
      }
      for (entryIndex, entry) in body.enumerated() {
        do throws(MalformedPolicy) {
          let values = try conditionValues(entry.value)
          clauses.append(ConditionClause(operatorName: op.key, name: name, key: entry.key, values: values))
        } catch {
          throw error.below([.member(index), .member(entryIndex)])
        }
      }
    }
    return clauses
  }

  /// Condition values may be strings, unquoted numbers or booleans, alone or in a list.
  private static func conditionValues(_ value: JSONValue) throws(MalformedPolicy) -> [String] {
    let explanation = "a condition value must be a string, a number or true or false"
    if case .array(let elements) = value {
      var result: [String] = []
      result.reserveCapacity(elements.count)
      for (index, element) in elements.enumerated() {
        guard let text = scalarText(element) else { throw failure([.element(index)], explanation) }
        result.append(text)
      }
      return result
    }
    guard let text = scalarText(value) else { throw failure([], explanation + ", or a list of them") }
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
  /// The path to the first repeated member name, and the name.
  static func first(in value: JSONValue) -> (steps: [JSONPath.Step], key: String)? {
    switch value {
    case .object(let members):
      if let repeated = repeatIndex(members) { return ([.member(repeated)], members[repeated].key) }
      for (index, member) in members.enumerated() {
        if let found = first(in: member.value) { return ([.member(index)] + found.steps, found.key) }
      }
      return nil
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        if let found = first(in: element) { return ([.element(index)] + found.steps, found.key) }
      }
      return nil
    default:
      return nil
    }
  }

  /// The position of the first member whose name an earlier member already has.
  private static func repeatIndex(_ members: [JSONMember]) -> Int? {
    // Policy objects are small; a pairwise scan avoids hashing for the common case.
    if members.count <= 8 {
      for j in members.indices {
        for i in members.indices where i < j && members[i].key == members[j].key { return j }
      }
      return nil
    }
    var seen = Set<String>(minimumCapacity: members.count)
    for (index, member) in members.enumerated() where !seen.insert(member.key).inserted { return index }
    return nil
  }
}
