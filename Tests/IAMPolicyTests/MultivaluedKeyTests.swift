import IAMPolicy
import Testing

/// IAM User Guide, "Single-valued vs. multivalued context keys": "Multivalued context keys require
/// a condition set operator." A key is single- or multivalued in the request, not in the policy:
/// "The difference between single-valued and multivalued context keys depends on the number of
/// values in the request context, not the number of values in the policy condition."
@Suite struct MultivaluedKeyTests {
  static let bob = "arn:aws:iam::123456789012:user/bob"

  /// Whether an Allow of everything under `condition` allows a request carrying `context`.
  func allows(_ condition: String, _ context: RequestContext) throws -> Bool {
    try decide(identityDocument(allowAll(#""Condition":\#(condition)"#)), requestContext: context).isAllowed
  }

  /// Whether a Deny of everything under `condition`, beside an Allow of everything, denies.
  func denies(_ condition: String, _ context: RequestContext) throws -> Bool {
    let text = #"""
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
       {"Effect":"Deny","Action":"*","Resource":"*","Condition":\#(condition)}]}
      """#
    return try !decide(text, requestContext: context).isAllowed
  }

  /// A context holding one key of the given kind.
  static func context(_ key: String, _ values: [String], _ kind: ContextKeyKind) -> RequestContext {
    var context = RequestContext()
    context.set(key, to: values, kind: kind)
    return context
  }

  /// Operators of every family, each given a multivalued key whose one value it would match if
  /// the key were single-valued.
  static let withoutSetOperator: [(condition: String, value: String)] = [
    (#"{"StringEquals":{"k:m":"a"}}"#, "a"),
    (#"{"StringNotEquals":{"k:m":"b"}}"#, "a"),
    (#"{"StringEqualsIgnoreCase":{"k:m":"A"}}"#, "a"),
    (#"{"StringNotEqualsIgnoreCase":{"k:m":"B"}}"#, "a"),
    (#"{"StringLike":{"k:m":"a*"}}"#, "a"),
    (#"{"StringNotLike":{"k:m":"b*"}}"#, "a"),
    (#"{"NumericEquals":{"k:m":"1"}}"#, "1"),
    (#"{"NumericNotEquals":{"k:m":"2"}}"#, "1"),
    (#"{"NumericLessThan":{"k:m":"2"}}"#, "1"),
    (#"{"DateEquals":{"k:m":"2020-01-01T00:00:00Z"}}"#, "2020-01-01T00:00:00Z"),
    (#"{"DateNotEquals":{"k:m":"2021-01-01T00:00:00Z"}}"#, "2020-01-01T00:00:00Z"),
    (#"{"Bool":{"k:m":"true"}}"#, "true"),
    (#"{"BinaryEquals":{"k:m":"aGk="}}"#, "aGk="),
    (#"{"IpAddress":{"k:m":"10.0.0.0/8"}}"#, "10.0.0.1"),
    (#"{"NotIpAddress":{"k:m":"192.0.2.0/24"}}"#, "10.0.0.1"),
    (#"{"ArnLike":{"k:m":"arn:aws:iam::*:user/*"}}"#, bob),
    (#"{"ArnNotLike":{"k:m":"arn:aws:iam::*:role/*"}}"#, bob),
    (#"{"StringEqualsIfExists":{"k:m":"a"}}"#, "a"),
  ]

  @Test(arguments: withoutSetOperator)
  func anOperatorWithoutASetQualifierDoesNotMatchAMultivaluedKey(_ row: (condition: String, value: String)) throws {
    #expect(try allows(row.condition, Self.context("k:m", [row.value], .singleValued)))
    #expect(try !allows(row.condition, Self.context("k:m", [row.value], .multivalued)))
    #expect(try !denies(row.condition, Self.context("k:m", [row.value], .multivalued)))
  }

  typealias SetCase = (condition: String, values: [String]?, kind: ContextKeyKind, allows: Bool)

  /// Both set operators, with positive and negated operators, on keys of both kinds; nil values
  /// is a request without the key.
  static let setOperators: [SetCase] = [
    (#"{"ForAnyValue:StringEquals":{"k:m":["a","b"]}}"#, ["b", "c"], .multivalued, true),
    (#"{"ForAnyValue:StringEquals":{"k:m":["a","b"]}}"#, ["c", "d"], .multivalued, false),
    (#"{"ForAnyValue:StringEquals":{"k:m":["a","b"]}}"#, ["a"], .multivalued, true),
    (#"{"ForAnyValue:StringEquals":{"k:m":["a","b"]}}"#, [], .multivalued, false),
    (#"{"ForAnyValue:StringEquals":{"k:m":["a","b"]}}"#, nil, .multivalued, false),
    (#"{"ForAnyValue:StringEquals":{"k:m":["a","b"]}}"#, ["b"], .singleValued, true),
    (#"{"ForAnyValue:StringEquals":{"k:m":["a","b"]}}"#, ["c"], .singleValued, false),
    (#"{"ForAllValues:StringEquals":{"k:m":["a","b"]}}"#, ["a", "b"], .multivalued, true),
    (#"{"ForAllValues:StringEquals":{"k:m":["a","b"]}}"#, ["a", "c"], .multivalued, false),
    (#"{"ForAllValues:StringEquals":{"k:m":["a","b"]}}"#, ["a"], .multivalued, true),
    (#"{"ForAllValues:StringEquals":{"k:m":["a","b"]}}"#, [], .multivalued, true),
    (#"{"ForAllValues:StringEquals":{"k:m":["a","b"]}}"#, nil, .multivalued, true),
    (#"{"ForAllValues:StringEquals":{"k:m":["a","b"]}}"#, ["b"], .singleValued, true),
    (#"{"ForAllValues:StringEquals":{"k:m":["a","b"]}}"#, ["c"], .singleValued, false),
    (#"{"ForAnyValue:StringNotEquals":{"k:m":"a"}}"#, ["a", "b"], .multivalued, true),
    (#"{"ForAnyValue:StringNotEquals":{"k:m":"a"}}"#, ["a"], .multivalued, false),
    (#"{"ForAnyValue:StringNotEquals":{"k:m":"a"}}"#, ["b"], .singleValued, true),
    (#"{"ForAllValues:StringNotEquals":{"k:m":"a"}}"#, ["b", "c"], .multivalued, true),
    (#"{"ForAllValues:StringNotEquals":{"k:m":"a"}}"#, ["a", "b"], .multivalued, false),
    (#"{"ForAllValues:StringNotEquals":{"k:m":"a"}}"#, ["a"], .singleValued, false),
    (#"{"ForAnyValue:StringLike":{"k:m":"team-*"}}"#, ["x", "team-a"], .multivalued, true),
    (#"{"ForAllValues:StringLike":{"k:m":"team-*"}}"#, ["x", "team-a"], .multivalued, false),
    (#"{"ForAnyValue:NumericGreaterThan":{"k:m":"5"}}"#, ["1", "7"], .multivalued, true),
    (#"{"ForAllValues:NumericGreaterThan":{"k:m":"5"}}"#, ["1", "7"], .multivalued, false),
    (#"{"ForAnyValue:ArnLike":{"k:m":"arn:aws:iam::*:role/*"}}"#, [bob, "arn:aws:iam::1:role/r"], .multivalued, true),
    (#"{"ForAllValues:ArnLike":{"k:m":"arn:aws:iam::*:role/*"}}"#, [bob, "arn:aws:iam::1:role/r"], .multivalued, false),
    (#"{"ForAnyValue:StringEqualsIfExists":{"k:m":"a"}}"#, nil, .multivalued, true),
    (#"{"ForAllValues:StringEqualsIfExists":{"k:m":"a"}}"#, ["a", "b"], .multivalued, false),
  ]

  @Test(arguments: setOperators)
  func setOperatorsOnKeysOfBothKinds(_ row: SetCase) throws {
    let context = row.values.map { Self.context("k:m", $0, row.kind) } ?? RequestContext()
    #expect(try allows(row.condition, context) == row.allows)
  }

  @Test func keysAWSDefinesAsMultivaluedAreSoWithOneValue() throws {
    for key in ["aws:TagKeys", "AWS:CalledVia", "aws:PrincipalOrgPaths", "sts:TransitiveTagKeys"] {
      let context = RequestContext([key: ["a"]])
      #expect(context.kind(of: key) == .multivalued)
      #expect(try !allows(#"{"StringEquals":{"\#(key)":"a"}}"#, context))
      #expect(try allows(#"{"ForAnyValue:StringEquals":{"\#(key)":"a"}}"#, context))
    }
    #expect(RequestContext(["aws:username": ["bob"]]).kind(of: "aws:username") == .singleValued)
    #expect(RequestContext().kind(of: "aws:username") == nil)
  }

  @Test func aKeyGivenSeveralValuesIsMultivalued() throws {
    let context = RequestContext(["a:b": ["y", "x"]])
    #expect(context.kind(of: "a:b") == .multivalued)
    #expect(try !allows(#"{"StringEquals":{"a:b":"x"}}"#, context))
    #expect(try allows(#"{"ForAnyValue:StringEquals":{"a:b":"x"}}"#, context))
    #expect(RequestContext(["a:b": [], "A:B": ["x", "y"]]).kind(of: "a:b") == .multivalued)
    #expect(RequestContext(["a:b": [], "A:B": ["x"]]).kind(of: "a:b") == .singleValued)
    #expect(RequestContext(["aws:TagKeys": [], "AWS:TAGKEYS": ["x"]]).kind(of: "aws:tagkeys") == .multivalued)
    var merged = RequestContext(["a:b": ["x"], "A:B": ["y"]])
    #expect(merged.kind(of: "a:b") == .multivalued)
    #expect(merged.values(for: "a:b")?.sorted() == ["x", "y"])
    merged.set("a:b", to: ["x"])
    #expect(merged.kind(of: "a:b") == .singleValued)
    merged.set("a:b", to: ["x"], kind: .multivalued)
    #expect(merged.kind(of: "A:b") == .multivalued)
  }

  /// The same page: "you cannot use a multivalued context key as a policy variable".
  @Test func aMultivaluedKeyIsNoPolicyVariable() throws {
    let condition = #"{"StringEquals":{"aws:username":"${k:m}"}}"#
    var context = Self.context("k:m", ["bob"], .singleValued)
    context.set("aws:username", to: ["bob"])
    #expect(try allows(condition, context))
    context.set("k:m", to: ["bob"], kind: .multivalued)
    #expect(try !allows(condition, context))
    #expect(try allows(#"{"StringEquals":{"aws:username":"${k:m, 'bob'}"}}"#, context))
  }
}
