/// The validation stages after syntax, each failing with IAM's message for it. `PolicyParser`
/// runs them in IAM's order.
enum ValidationStages {
  private static func fail(_ message: String) -> MalformedPolicy { MalformedPolicy(message) }

  /// Stages 3 and 4. Legacy parsing refuses an Effect not spelled exactly `Allow`/`Deny`, an
  /// unreadable Date* value, and some malformed resources. Resource-format problems are only
  /// returned, because IAM reports them later (stage 7); once one is found, the legacy
  /// resource check is no longer made.
  static func legacyParsing(_ statements: [DecodedStatement]) throws(MalformedPolicy) -> String? {
    for decoded in statements {
      guard decoded.effectText == "Allow" || decoded.effectText == "Deny" else {
        throw fail(PolicyMessage.legacyParsing)
      }
      for clause in decoded.statement.conditions {
        guard case .date? = clause.name.base?.test else { continue }
        for value in clause.values where DateValue.parse(value) == nil {
          throw fail(PolicyMessage.legacyParsing)
        }
      }
    }

    var stored: String?
    // IAM goes through every statement's Resource before any NotResource.
    for negated in [false, true] {
      for decoded in statements {
        guard let list = decoded.statement.resources, list.negated == negated else { continue }
        if stored == nil {
          stored = firstFormatProblem(list.patterns)
        }
        if stored == nil, list.patterns.contains(where: ResourceFormatCheck.failsLegacyParsing) {
          throw fail(PolicyMessage.legacyParsing)
        }
      }
    }
    return stored
  }

  /// IAM reports the first offending value of a list in reverse code-point order.
  private static func firstFormatProblem(_ patterns: [String]) -> String? {
    if patterns.count == 1 { return ResourceFormatCheck.problem(with: patterns[0]) }
    let ordered = patterns.sorted { $1.unicodeScalars.lexicographicallyPrecedes($0.unicodeScalars) }
    for pattern in ordered {
      if let problem = ResourceFormatCheck.problem(with: pattern) { return problem }
    }
    return nil
  }

  /// Sids may use only ASCII letters and digits (an IAM rule that moto lacks).
  static func sidCharacters(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for decoded in statements {
      guard let sid = decoded.statement.sid else { continue }
      let alphanumeric = sid.utf8.allSatisfy { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
      }
      guard alphanumeric else { throw fail(PolicyMessage.sidCharacters) }
    }
  }

  /// Stage 5: non-empty Sids are unique.
  static func sidUniqueness(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    var seen = Set<String>()
    for decoded in statements {
      guard let sid = decoded.statement.sid, !sid.isEmpty else { continue }
      guard seen.insert(sid).inserted else { throw fail(PolicyMessage.sidUnique) }
    }
  }

  /// Stage 6: every statement has a non-empty Action or NotAction.
  static func actionsPresent(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for decoded in statements {
      guard let actions = decoded.statement.actions, !actions.patterns.isEmpty else {
        throw fail(PolicyMessage.missingActions)
      }
    }
  }

  /// Stage 8: each action names a vendor, with one colon. The action name itself is not checked.
  static func actionPrefixes(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    // As with resources, IAM checks every Action before any NotAction.
    for negated in [false, true] {
      for decoded in statements {
        guard let list = decoded.statement.actions, list.negated == negated else { continue }
        for action in list.patterns { try checkPrefix(action) }
      }
    }
  }

  private static func checkPrefix(_ action: String) throws(MalformedPolicy) {
    let bytes = action.utf8
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else {
      guard action == "*" else { throw fail(PolicyMessage.actionVendorMissing) }
      return
    }
    guard !bytes[bytes.index(after: colon)...].contains(UInt8(ascii: ":")) else {
      throw fail(PolicyMessage.actionTooManyColons)
    }
    let vendor = action[..<colon]
    let valid =
      vendor == "*"
      || vendor.utf8.allSatisfy { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
          || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
      }
    guard valid else { throw fail(PolicyMessage.vendorInvalid(vendor)) }
  }

  /// Identity policies never name a principal (an IAM rule that moto lacks).
  static func noPrincipal(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for decoded in statements where decoded.statement.principal != nil || decoded.statement.notPrincipal != nil {
      throw fail(PolicyMessage.principalForbidden)
    }
  }

  /// Stage 9, identity policies: every statement has a non-empty Resource or NotResource.
  static func resourcesPresent(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for decoded in statements {
      guard let resources = decoded.statement.resources, !resources.patterns.isEmpty else {
        throw fail(PolicyMessage.missingResources)
      }
    }
  }

  /// Stage 10, trust policies: no Resource or NotResource at all.
  static func noResource(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for decoded in statements where decoded.statement.resources != nil {
      throw fail(PolicyMessage.trustResourceForbidden)
    }
  }

  /// Trust policies name a principal in every statement (an IAM rule that moto lacks).
  static func principalsPresent(_ statements: [DecodedStatement]) throws(MalformedPolicy) {
    for decoded in statements {
      let named = [decoded.statement.principal, decoded.statement.notPrincipal].contains { principal in
        principal.map { !$0.isEmpty } ?? false
      }
      guard named else { throw fail(PolicyMessage.principalMissing) }
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
    for decoded in statements {
      for action in decoded.statement.actions?.patterns ?? [] where !trustActions.contains(action.lowercased()) {
        throw fail(PolicyMessage.trustActions)
      }
    }
  }
}
