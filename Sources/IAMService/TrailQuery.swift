import IAMEncoding

/// Which records of the audit trail a lookup returns: those that match every filter given.
public struct TrailQuery: Sendable, Equatable {
  /// Calls made by this IAM user, with its own keys or in a session it started.
  public var userName: String?
  /// Calls made in sessions of this role.
  public var roleName: String?
  /// One API action, with or without its service prefix: `CreateUser` or `iam:CreateUser`.
  public var action: String?
  /// Only the calls that failed or were refused.
  public var errorsOnly = false
  /// Calls made at or after this time, and at or before `endTime`.
  public var startTime: Timestamp?
  public var endTime: Timestamp?

  public init(
    userName: String? = nil, roleName: String? = nil, action: String? = nil, errorsOnly: Bool = false,
    startTime: Timestamp? = nil, endTime: Timestamp? = nil
  ) {
    self.userName = userName
    self.roleName = roleName
    self.action = action
    self.errorsOnly = errorsOnly
    self.startTime = startTime
    self.endTime = endTime
  }

  /// The request's parameters under their API names, as the lookup's own record shows them.
  var parameters: [(String, String?)] {
    [
      ("Username", userName), ("RoleName", roleName), ("EventName", action),
      ("ErrorsOnly", errorsOnly ? "true" : nil), ("StartTime", startTime?.iso8601), ("EndTime", endTime?.iso8601),
    ]
  }

  func matches(_ entry: TrailEntry) -> Bool {
    if let userName, entry.userName != userName { return false }
    if let roleName, entry.roleName != roleName { return false }
    if let action {
      let wanted = action.lowercased()
      let event = entry.event.lowercased()
      guard wanted == event || (!wanted.contains(":") && event.hasSuffix(":" + wanted)) else { return false }
    }
    if errorsOnly && !entry.failed { return false }
    if let startTime, entry.time < startTime { return false }
    if let endTime, entry.time > endTime { return false }
    return true
  }
}

/// One record of the trail, as it was stored and as a person reads it.
public struct TrailEntry: Sendable, Equatable {
  /// The record exactly as the trail holds it: one line of JSON.
  public var line: String
  public var time: Timestamp
  /// `root`, `user/bob`, `assumed-role/s3-readonly/tom-cli`.
  public var identity: String
  /// The service's prefix and the API name: `iam:CreateUser`, `signin:ConsoleLogin`.
  public var event: String
  /// `ok`, `ok, rolled back`, the error code, or `Failure` for a refused sign-in.
  public var result: String
  /// The request's parameters as `name=value` words.
  public var parameters: [String]
  var userName: String?
  var roleName: String?
  var failed: Bool

  /// Reads a stored record; nil when the line is not one the trail writes.
  init?(line: ArraySlice<UInt8>) {
    guard let record = try? JSONParser.parse(Array(line)),
      let timeText = record["eventTime"]?.stringValue, let time = Timestamp(parsing: timeText),
      let name = record["eventName"]?.stringValue, let source = record["eventSource"]?.stringValue,
      let identity = record["userIdentity"], let type = identity["type"]?.stringValue
    else { return nil }
    self.line = String(decoding: line, as: UTF8.self)
    self.time = time
    event = (source.split(separator: ".").first.map(String.init) ?? source) + ":" + name
    let arn = identity["arn"]?.stringValue
    switch type {
    case "Root":
      self.identity = "root"
    case "IAMUser":
      userName = identity["userName"]?.stringValue
      self.identity = "user/" + (userName ?? "?")
    case "AssumedRole":
      let issuer = identity["sessionContext"]?["sessionIssuer"]
      roleName = issuer?["userName"]?.stringValue
      // The session's ARN after the account: assumed-role/ROLE/SESSION.
      self.identity = arn.map { $0.split(separator: ":", maxSplits: 5).last.map(String.init) ?? $0 } ?? type
    default:
      self.identity = arn ?? type
    }
    let code = record["errorCode"]?.stringValue
    let consoleOutcome = record["responseElements"]?["ConsoleLogin"]?.stringValue
    failed = code != nil || record["errorMessage"]?.stringValue != nil
    if let code {
      result = code
    } else if let consoleOutcome {
      result = consoleOutcome
    } else if failed {
      result = "failed"
    } else {
      result = record["additionalEventData"]?["rolledBack"]?.boolValue == true ? "ok, rolled back" : "ok"
    }
    parameters = (record["requestParameters"]?.objectMembers ?? []).map { member in
      switch member.value {
      case .string(let text): return "\(member.key)=\(text)"
      default: return "\(member.key)=\(JSONWriter.compact(member.value))"
      }
    }
  }
}

/// What a lookup found: the matching records, oldest first, and the lines it could not read.
public struct TrailLookup: Sendable, Equatable {
  public var entries: [TrailEntry] = []
  /// `FILE:LINE` of each line that is not a record, skipped.
  public var damagedLines: [String] = []
}
