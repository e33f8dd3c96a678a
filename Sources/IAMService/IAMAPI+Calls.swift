import IAMEncoding
import IAMStore

/// How every operation is run and recorded: for `-d` as it starts, and for the audit trail with
/// the way it ended.
extension IAMAPI {
  /// Runs the operation `operation` (its API name, e.g. `CreateUser`, and its request
  /// parameters, secrets left out): checks the caller's key again, then runs `body`, and records
  /// the call whether it returns or throws.
  func call<T>(
    _ operation: String, _ parameters: [(String, String?)], source: TrailEvent.Source = .iam,
    _ body: () throws -> T
  ) throws -> T {
    // An operation that another one runs as a step is part of that call, not one of its own.
    guard callDepth == 0 else { return try body() }
    callDepth += 1
    defer { callDepth -= 1 }
    var event = TrailEvent(name: operation, source: source, parameters: parameters)
    do {
      if source == .iam { try begin(operation, parameters) } else { try beginCall(operation, parameters) }
      let result = try body()
      calls.append(event)
      return result
    } catch {
      event.error = TrailEvent.failure(error)
      calls.append(event)
      throw error
    }
  }

  /// Adds the records of the calls made so far to the trail; `rolledBack` when the command
  /// failed, so that the calls that had succeeded in it changed nothing.
  func recordCalls(rolledBack: Bool, configuration: ServiceConfiguration) throws {
    let context = TrailContext(time: now, accountId: account.accountId, configuration: configuration)
    try transaction.record(calls, by: trailIdentity, context: context, rolledBack: rolledBack)
    calls.removeAll()
  }
}

extension TrailEvent {
  /// `errorCode` and `errorMessage` of a call that failed with `error`: the exception name AWS
  /// gives the error, or a service failure for what went wrong in the store.
  static func failure(_ error: any Error) -> (code: String?, message: String) {
    switch error {
    case let error as IAMError: return (error.code.exceptionName, error.message)
    case let error as StoreError: return ("ServiceFailureException", error.message)
    default: return ("ServiceFailureException", String(describing: error))
    }
  }
}

extension ErrorCode {
  /// The name CloudTrail records for the error: the exception of the API's error shape.
  var exceptionName: String {
    switch self {
    case .accessDenied, .invalidClientTokenId, .signatureDoesNotMatch: return rawValue
    case .validationError: return "ValidationException"
    default: return rawValue + "Exception"
    }
  }
}
