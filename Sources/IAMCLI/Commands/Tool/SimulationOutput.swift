import IAMEncoding
import IAMPolicy
import IAMService

/// What `iam simulate` prints: a table for people, AWS's EvaluationResults for programs.
enum SimulationOutput {
  static func table(_ results: [SimulationResult]) -> [String] {
    ColumnTable.lines(
      header: ["ACTION", "RESOURCE", "DECISION", "BY"],
      rows: results.map { [$0.action, $0.resource, $0.decision, by($0)] })
  }

  private static func by(_ result: SimulationResult) -> String {
    if let first = result.matchedStatements.first {
      let more = result.matchedStatements.count - 1
      return first.description + (more > 0 ? " (and \(more) more)" : "")
    }
    if !result.missingContextValues.isEmpty {
      return "no statement; conditions need " + result.missingContextValues.joinedText(separator: ", ")
    }
    return "no statement"
  }

  static func json(_ results: [SimulationResult]) -> String {
    let evaluations: [JSONValue] = results.map { result in
      .object([
        "EvalActionName": .string(result.action),
        "EvalResourceName": .string(result.resource),
        "EvalDecision": .string(result.decision),
        "MatchedStatements": .array(result.matchedStatements.map(statement)),
        "MissingContextValues": .strings(result.missingContextValues),
      ])
    }
    var text = JSONWriter.pretty(.object(["EvaluationResults": .array(evaluations)]))
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  private static func statement(_ matched: MatchedStatement) -> JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "SourcePolicyId", value: .string(matched.sourcePolicyId)),
      JSONMember(key: "SourcePolicyType", value: .string(matched.sourcePolicyType)),
    ]
    if let position = matched.position {
      members.append(JSONMember(key: "StartPosition", value: .object(["Line": .int(position.start.line), "Column": .int(position.start.column)])))
      members.append(JSONMember(key: "EndPosition", value: .object(["Line": .int(position.end.line), "Column": .int(position.end.column)])))
    }
    return .object(members)
  }
}

/// `--context KEY=VALUE[,VALUE...][:TYPE]`. A value may hold colons (an ARN does), so only a
/// type name after the last colon is read as the type; without one, a single value is a
/// string and several a stringList.
enum SimulationContextOption {
  /// The global condition keys completion offers, each ready for its value.
  static let keys = [
    "aws:CurrentTime=", "aws:EpochTime=", "aws:MultiFactorAuthAge=", "aws:MultiFactorAuthPresent=",
    "aws:PrincipalArn=", "aws:PrincipalTag/", "aws:RequestedRegion=", "aws:SecureTransport=", "aws:SourceIp=",
    "aws:SourceVpc=", "aws:TagKeys=", "aws:TokenIssueTime=", "aws:userid=", "aws:username=",
  ]

  static func parse(_ text: String) throws -> ContextEntry {
    guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
      throw CLIError.usage("--context takes KEY=VALUE[,VALUE...][:TYPE], such as aws:username=bob, not '\(text)'")
    }
    let key = String(text[..<equals])
    var rest = text[text.index(after: equals)...]
    var type: ContextKeyType?
    if let colon = rest.lastIndex(of: ":"), let named = ContextKeyType(named: String(rest[rest.index(after: colon)...])) {
      type = named
      rest = rest[..<colon]
    }
    let values = rest.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    do {
      return try ContextEntry(key: key, values: values, type: type ?? (values.count == 1 ? .string : .stringList))
    } catch {
      throw CLIError.usage("--context " + error.message)
    }
  }
}
