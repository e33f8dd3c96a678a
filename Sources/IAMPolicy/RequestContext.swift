/// The condition keys of a request and their values; key names match case-insensitively.
public struct RequestContext: Sendable {
  struct Entry: Sendable {
    var values: [String]
    var kind: ContextKeyKind

    /// Adds the values given for one spelling of a key: with more than one, it is multivalued.
    mutating func append(_ more: [String]) {
      if values.isEmpty { values = more } else { values += more }
      if values.count > 1 { kind = .multivalued }
    }
  }

  private var storage: [String: Entry]

  /// A context holding `values`, e.g. `["aws:username": ["david"], "aws:CurrentTime": [...]]`.
  /// A key is multivalued when AWS defines it so (such as `aws:TagKeys`) or when it is given
  /// more than one value; use `set(_:to:kind:)` to say otherwise.
  public init(_ values: [String: [String]] = [:]) {
    storage = [:]
    storage.reserveCapacity(values.count)
    for (key, list) in values {
      // Keys that differ only in case are one key in IAM; keep every value given for it.
      let normalized = key.lowercased()
      let kind = ContextKeyKind.assumed(forNormalizedKey: normalized, valueCount: list.count)
      storage[normalized, default: Entry(values: [], kind: kind)].append(list)
    }
  }

  /// The values of `key`, or nil when the request does not carry it.
  public func values(for key: String) -> [String]? {
    storage[key.lowercased()]?.values
  }

  /// Whether `key` is single-valued or multivalued, or nil when the request does not carry it.
  public func kind(of key: String) -> ContextKeyKind? {
    storage[key.lowercased()]?.kind
  }

  /// Sets or, with nil, removes `key`, deciding its kind as `init` does.
  public mutating func set(_ key: String, to values: [String]?) {
    let normalized = key.lowercased()
    storage[normalized] = values.map {
      Entry(values: $0, kind: ContextKeyKind.assumed(forNormalizedKey: normalized, valueCount: $0.count))
    }
  }

  /// Sets `key` to `values` of the given kind. A multivalued key may hold one value or none (none
  /// counts as absent); a single-valued key given several is compared as if each were the request's.
  public mutating func set(_ key: String, to values: [String], kind: ContextKeyKind) {
    storage[key.lowercased()] = Entry(values: values, kind: kind)
  }

  /// Looks up a key that is already lowercased, sparing the evaluator a conversion per look-up.
  func entry(forNormalizedKey key: String) -> Entry? {
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
