import IAMEncoding

/// One call as the audit trail records it, before it becomes a CloudTrail record.
struct TrailEvent {
  /// The service a call is addressed to, which names the record's `eventSource`.
  enum Source: String {
    case iam = "iam.amazonaws.com"
    case sts = "sts.amazonaws.com"
    case signIn = "signin.amazonaws.com"
    case cloudTrail = "cloudtrail.amazonaws.com"
  }

  var name: String
  var source: Source
  /// The request's parameters under their API names (`UserName`), secrets never among them.
  var parameters: [(String, String?)]
  /// The error the call ended with; nil when it succeeded. A failed console sign-in has a
  /// message and no code.
  var error: (code: String?, message: String)?
  /// The call succeeded but a later step of the same command failed, so that nothing the command
  /// did was kept: AWS has no such thing, the simulator's all-or-nothing commands do.
  var rolledBack = false
  /// What the answer said, for the calls whose record shows it; null for the others.
  var responseElements: JSONValue = .null
  var additionalEventData: [JSONMember] = []

  init(name: String, source: Source, parameters: [(String, String?)]) {
    self.name = name
    self.source = source
    self.parameters = parameters
  }

  /// Reads that CloudTrail marks `readOnly`: they change nothing in the account.
  var isReadOnly: Bool {
    ["Get", "List", "Simulate", "LookupEvents"].contains { name.hasPrefix($0) }
  }

  /// The CloudTrail record, its members in the order CloudTrail writes them.
  func record(identity: JSONValue, context: TrailContext, ids: (event: String, request: String)) -> JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "eventVersion", value: .string("1.09")),
      JSONMember(key: "userIdentity", value: identity),
      JSONMember(key: "eventTime", value: .string(context.time.iso8601)),
      JSONMember(key: "eventSource", value: .string(source.rawValue)),
      JSONMember(key: "eventName", value: .string(name)),
      JSONMember(key: "awsRegion", value: .string("us-east-1")),
      JSONMember(key: "sourceIPAddress", value: .string(context.sourceIPAddress)),
      JSONMember(key: "userAgent", value: .string(context.userAgent)),
    ]
    if let error {
      if let code = error.code { members.append(JSONMember(key: "errorCode", value: .string(code))) }
      members.append(JSONMember(key: "errorMessage", value: .string(error.message)))
    }
    members.append(JSONMember(key: "requestParameters", value: requestParameters))
    members.append(JSONMember(key: "responseElements", value: responseElements))
    var additional = additionalEventData
    if rolledBack { additional.append(JSONMember(key: "rolledBack", value: .bool(true))) }
    if !additional.isEmpty { members.append(JSONMember(key: "additionalEventData", value: .object(additional))) }
    members += [
      JSONMember(key: "requestID", value: .string(ids.request)),
      JSONMember(key: "eventID", value: .string(ids.event)),
      JSONMember(key: "readOnly", value: .bool(isReadOnly)),
      JSONMember(key: "eventType", value: .string(source == .signIn ? "AwsConsoleSignIn" : "AwsApiCall")),
      JSONMember(key: "managementEvent", value: .bool(true)),
      JSONMember(key: "recipientAccountId", value: .string(context.accountId)),
      JSONMember(key: "eventCategory", value: .string("Management")),
    ]
    return .object(members)
  }

  /// The parameters the call was given, named in camelCase as CloudTrail names them; null when
  /// it was given none.
  private var requestParameters: JSONValue {
    let given = parameters.compactMap { name, value in value.map { (name, $0) } }
    guard !given.isEmpty else { return .null }
    return .object(
      given.map { name, value in
        let key = TrailEvent.camelCase(name)
        // Numbers in the request are numbers in the record.
        let isNumber = TrailEvent.numericParameters.contains(name) && Int(value) != nil
        return JSONMember(key: key, value: isNumber ? .number(value) : .string(value))
      })
  }

  /// `UserName` as `userName`. On bytes, because `prefix(1).lowercased() + dropFirst()` ran the
  /// standard library's unspecialized code, whose run-time type lookups cost every command more
  /// than writing its record. The names are the API's own, all ASCII.
  static func camelCase(_ name: String) -> String {
    var bytes = Array(name.utf8)
    if let first = bytes.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") { bytes[0] = first + 0x20 }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static let numericParameters: Set<String> = ["MaxItems", "DurationSeconds", "MaxSessionDuration"]
}

/// What every record of one command shares.
struct TrailContext {
  var time: Timestamp
  var accountId: String
  var userAgent: String
  /// Every call comes from this machine.
  var sourceIPAddress = "127.0.0.1"
  /// The seed of a deterministic run (D8), from which the records' ids are derived.
  var seed: String?

  init(time: Timestamp, accountId: String, configuration: ServiceConfiguration) {
    self.time = time
    self.accountId = accountId
    self.userAgent = configuration.userAgent
    self.seed = configuration.seed
  }
}
