/// The condition keys of a request and their values; key names match case-insensitively.
public struct RequestContext: Sendable {
  private var storage: [String: [String]]

  /// A context holding `values`, e.g. `["aws:username": ["david"], "aws:CurrentTime": [...]]`.
  public init(_ values: [String: [String]] = [:]) {
    storage = [:]
    storage.reserveCapacity(values.count)
    for (key, list) in values {
      // Keys that differ only in case are one key in IAM; keep every value given for it.
      storage[key.lowercased(), default: []].append(contentsOf: list)
    }
  }

  /// The values of `key`, or nil when the request does not carry it.
  public func values(for key: String) -> [String]? {
    storage[key.lowercased()]
  }

  /// Sets or, with nil, removes `key`.
  public mutating func set(_ key: String, to values: [String]?) {
    storage[key.lowercased()] = values
  }

  /// Looks up a key that is already lowercased, sparing the evaluator a conversion per look-up.
  func values(forNormalizedKey key: String) -> [String]? {
    storage[key]
  }
}

/// One authorization question: may the caller perform `action` on `resource`?
public struct AuthorizationRequest: Sendable {
  /// The IAM action, e.g. `iam:CreateUser`.
  public var action: String
  /// The ARN the action applies to, or `*` for account-level actions.
  public var resource: String
  public var context: RequestContext

  public init(action: String, resource: String, context: RequestContext) {
    self.action = action
    self.resource = resource
    self.context = context
  }
}
