import IAMStore

/// LookupEvents: reading the audit trail, which CloudTrail allows to whoever has
/// `cloudtrail:LookupEvents`.
extension IAMAPI {
  public func lookupEvents(_ query: TrailQuery) throws -> TrailLookup {
    try call("LookupEvents", query.parameters, source: .cloudTrail) {
      try authorize("cloudtrail:LookupEvents", on: "*")
      var lookup = TrailLookup()
      try transaction.forEachTrailLine { line, file, number in
        guard let entry = TrailEntry(line: line) else {
          lookup.damagedLines.append("\(file):\(number)")
          return
        }
        if query.matches(entry) { lookup.entries.append(entry) }
      }
      return lookup
    }
  }
}
