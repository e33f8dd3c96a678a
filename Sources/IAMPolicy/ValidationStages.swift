import IAMEncoding

/// The validation stages after syntax, each failing with IAM's message for it and, for the
/// person who wrote the document, the value it refuses and what is wrong with it. `PolicyParser`
/// runs them in IAM's order.
enum ValidationStages {
  /// A problem in statement `statement` (counted from 0), at `steps` below it.
  private static func fail(
    _ message: String, statement: Int, at steps: [JSONPath.Step] = [], name: Bool = false, _ explanation: String
  ) -> MalformedPolicy {
    let path = JSONPath([.named("Statement"), .item(statement)] + steps, memberName: name)
    return MalformedPolicy(message, at: .path(path), explanation)
  }

  private static func key(_ list: PatternList, _ plain: String, _ negated: String) -> String {
    list.negated ? negated : plain
  }

  /// Stages 3 and 4. Legacy parsing refuses an Effect not spelled exactly `Allow`/`Deny`, an
  /// unreadable Date* value, and some malformed resources. Resource-format problems are only
  /// returned, because IAM reports them later (stage 7); once one is found, the legacy
  /// resource check is no longer made.
  static func legacyParsing(_ statements: [DecodedStatement]) throws(MalformedPolicy) -> MalformedPolicy? {
    for (index, decoded) in statements.enumerated() {
      guard decoded.effectText == "Allow" || decoded.effectText == "Deny" else {
        throw fail(
          PolicyMessage.legacyParsing, statement: index, at: [.named("Effect")],
          #"Effect must be written exactly "Allow" or "Deny""#)
      }
      for clause in decoded.statement.conditions {
        guard case .date? = clause.name.base?.test else { continue }
        for (position, value) in clause.values.enumerated() where DateValue.parse(value) == nil {
          throw fail(
            PolicyMessage.legacyParsing, statement: index, at:
            [.named("Condition"), .named(clause.operatorName), .named(clause.key), .item(position)],
            "\(DisplayText.quoted(value)) is not a date, such as 2026-01-31T12:00:00Z, or seconds since 1970")
        }
      }
    }

    var stored: MalformedPolicy?
    // IAM goes through every statement's Resource before any NotResource.
    for negated in [false, true] {
      for (index, decoded) in statements.enumerated() {
        guard let list = decoded.statement.resources, list.negated == negated else { continue }
        let name = key(list, "Resource", "NotResource")
        if stored == nil, let (position, problem) = firstFormatProblem(list.patterns) {
          stored = fail(problem.message, statement: index, at: [.named(name), .item(position)], problem.explanation)
        }
        if stored == nil, let position = list.patterns.firstIndex(where: ResourceFormatCheck.failsLegacyParsing) {
          throw fail(
            PolicyMessage.legacyParsing, statement: index, at: [.named(name), .item(position)],
            "\(DisplayText.quoted(list.patterns[position])) is not an ARN: arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE")
        }
      }
    }
    return stored
  }

  /// IAM reports the first offending value of a list in reverse code-point order.
  private static func firstFormatProblem(_ patterns: [String]) -> (Int, (message: String, explanation: String))? {
    if patterns.count == 1 { return ResourceFormatCheck.problem(with: patterns[0]).map { (0, $0) } }
    let ordered = patterns.indices.sorted {
      patterns[$1].unicodeScalars.lexicographicallyPrecedes(patterns[$0].unicodeScalars)
    }
    for position in ordered {
      if let problem = ResourceFormatCheck.problem(with: patterns[position]) { return (position, problem) }
    }
    return nil
  }

  /// Sids may use only ASCII letters and digits (an IAM rule that moto lacks).
  static func sidCharacters(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for (index, decoded) in statements.enumerated() {
      guard let sid = decoded.statement.sid else { continue }
      let alphanumeric = sid.utf8.allSatisfy { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
      }
      guard alphanumeric else {
        throw fail(
          PolicyMessage.sidCharacters, statement: index, at: [.named("Sid")],
          "a Sid may contain only the letters A to Z and a to z and the digits 0 to 9")
      }
    }
  }

  /// Stage 5: non-empty Sids are unique.
  static func sidUniqueness(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    var seen: [String: Int] = [:]
    for (index, decoded) in statements.enumerated() {
      guard let sid = decoded.statement.sid, !sid.isEmpty else { continue }
      if let first = seen[sid] {
        throw fail(
          PolicyMessage.sidUnique, statement: index, at: [.named("Sid")],
          "statement \(first + 1) already has the Sid \(DisplayText.quoted(sid))")
      }
      seen[sid] = index
    }
  }

  /// Stage 6: every statement has a non-empty Action or NotAction.
  static func actionsPresent(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for (index, decoded) in statements.enumerated() {
      guard let actions = decoded.statement.actions else {
        throw fail(PolicyMessage.missingActions, statement: index, "the statement has neither Action nor NotAction")
      }
      guard !actions.patterns.isEmpty else {
        let name = key(actions, "Action", "NotAction")
        throw fail(PolicyMessage.missingActions, statement: index, at: [.named(name)], "\(name) is an empty list")
      }
    }
  }

  /// Stage 8: each action names a vendor, with one colon. The action name itself is not checked.
  static func actionPrefixes(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    // As with resources, IAM checks every Action before any NotAction.
    for negated in [false, true] {
      for (index, decoded) in statements.enumerated() {
        guard let list = decoded.statement.actions, list.negated == negated else { continue }
        for (position, action) in list.patterns.enumerated() {
          if let (message, explanation) = prefixProblem(action) {
            throw fail(
              message, statement: index, at: [.named(key(list, "Action", "NotAction")), .item(position)], explanation)
          }
        }
      }
    }
  }

  private static func prefixProblem(_ action: String) -> (String, String)? {
    // Only a refusal shows the action: every command's policies pass through here.
    var shown: String { DisplayText.quoted(action) }
    let (colons, vendorEnd, vendorValid) = withUTF8(action) { bytes -> (Int, Int, Bool) in
      var colons = 0
      var vendorEnd = bytes.count
      var valid = true
      for (index, byte) in bytes.enumerated() {
        if byte == UInt8(ascii: ":") {
          colons += 1
          if colons == 1 { vendorEnd = index }
        } else if colons == 0 {
          valid = valid && ((0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "."))
        }
      }
      // A vendor of `*` alone is allowed, as in `*:GetObject`.
      if vendorEnd == 1 && bytes.first == UInt8(ascii: "*") { valid = true }
      return (colons, vendorEnd, valid)
    }
    guard colons > 0 else {
      guard action == "*" else {
        return (
          PolicyMessage.actionVendorMissing,
          "\(shown) names no service; an action is written service:action, such as iam:GetUser"
        )
      }
      return nil
    }
    guard colons == 1 else { return (PolicyMessage.actionTooManyColons, "\(shown) has more than one ':'") }
    guard vendorValid else {
      let vendor = Substring(action.utf8.prefix(vendorEnd))
      return (
        PolicyMessage.vendorInvalid(vendor),
        "the service before the ':' of \(shown) may contain only letters, digits, '-' and '.'"
      )
    }
    return nil
  }

  /// Identity policies never name a principal (an IAM rule that moto lacks).
  static func noPrincipal(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for (index, decoded) in statements.enumerated() {
      let name = decoded.statement.principal != nil ? "Principal" : "NotPrincipal"
      guard decoded.statement.principal == nil, decoded.statement.notPrincipal == nil else {
        throw fail(
          PolicyMessage.principalForbidden, statement: index, at: [.named(name)], name: true,
          "a permission policy names no \(name): it applies to whoever holds it; \(name) belongs in a trust policy")
      }
    }
  }

  /// Stage 9, identity policies: every statement has a non-empty Resource or NotResource.
  static func resourcesPresent(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for (index, decoded) in statements.enumerated() {
      guard let resources = decoded.statement.resources else {
        throw fail(
          PolicyMessage.missingResources, statement: index, "the statement has neither Resource nor NotResource")
      }
      guard !resources.patterns.isEmpty else {
        let name = key(resources, "Resource", "NotResource")
        throw fail(PolicyMessage.missingResources, statement: index, at: [.named(name)], "\(name) is an empty list")
      }
    }
  }

  /// Stage 10, trust policies: no Resource or NotResource at all.
  static func noResource(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for (index, decoded) in statements.enumerated() {
      guard let resources = decoded.statement.resources else { continue }
      let name = key(resources, "Resource", "NotResource")
      throw fail(
        PolicyMessage.trustResourceForbidden, statement: index, at: [.named(name)], name: true,
        "a trust policy has no \(name): what it protects is the role itself")
    }
  }

  /// Trust policies name a principal in every statement (an IAM rule that moto lacks).
  static func principalsPresent(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for (index, decoded) in statements.enumerated() {
      let named = [decoded.statement.principal, decoded.statement.notPrincipal].contains { principal in
        principal.map { !$0.isEmpty } ?? false
      }
      guard named else {
        throw fail(
          PolicyMessage.principalMissing, statement: index,
          "the statement names no principal; a trust policy says who may assume the role")
      }
    }
  }

  private static let trustActions: Set<String> = [
    "sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity",
    "sts:decodeauthorizationmessage", "sts:getaccesskeyinfo", "sts:getcalleridentity",
    "sts:getfederationtoken", "sts:getservicebearertoken", "sts:getsessiontoken",
    "sts:setsourceidentity", "sts:tagsession",
  ]

  /// Stage 10, trust policies: only STS actions, compared ignoring case like every action name.
  static func trustActionsOnly(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for (index, decoded) in statements.enumerated() {
      guard let list = decoded.statement.actions else { continue }
      for (position, action) in list.patterns.enumerated() where !trustActions.contains(action.lowercased()) {
        throw fail(
          PolicyMessage.trustActions, statement: index, at: [.named(key(list, "Action", "NotAction")), .item(position)],
          "\(DisplayText.quoted(action)) is not an action of a trust policy, such as sts:AssumeRole")
      }
    }
  }
}
