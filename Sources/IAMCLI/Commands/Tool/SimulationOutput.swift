import IAMEncoding
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
      return "no statement; conditions need " + result.missingContextValues.joined(separator: ", ")
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
    return JSONWriter.pretty(.object(["EvaluationResults": .array(evaluations)]))
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
/// known type name after the last colon is read as the type.
enum SimulationContextOption {
  static let types = [
    "string", "stringList", "numeric", "numericList", "boolean", "booleanList", "ip", "ipList", "binary",
    "binaryList", "date", "dateList",
  ]

  static func parse(_ text: String) throws -> (key: String, values: [String], type: String) {
    guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
      throw CLIError.usage("--context takes KEY=VALUE[,VALUE...][:TYPE], such as aws:username=bob, not '\(text)'")
    }
    let key = String(text[..<equals])
    var rest = String(text[text.index(after: equals)...])
    var type: String?
    if let colon = rest.lastIndex(of: ":"), types.contains(String(rest[rest.index(after: colon)...])) {
      type = String(rest[rest.index(after: colon)...])
      rest = String(rest[..<colon])
    }
    let values = rest.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let resolved = type ?? (values.count == 1 ? "string" : "stringList")
    if !resolved.hasSuffix("List") && values.count != 1 {
      throw CLIError.usage("--context \(key): the type \(resolved) takes one value, not \(values.count); use \(resolved)List")
    }
    return (key, values, resolved)
  }
}
