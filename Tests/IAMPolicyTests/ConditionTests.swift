import IAMPolicy
import Testing

/// §5.3: every operator family, IfExists, Null, set qualifiers and missing keys.
@Suite struct ConditionTests {
  typealias Case = (condition: String, context: [String: [String]], allows: Bool)

  static let stringCases: [Case] = [
    (#"{"StringEquals":{"aws:username":"david"}}"#, ["aws:username": ["david"]], true),
    (#"{"StringEquals":{"aws:username":"david"}}"#, ["aws:username": ["David"]], false),
    (#"{"StringEquals":{"AWS:UserName":"david"}}"#, ["aws:username": ["david"]], true),
    (#"{"StringEquals":{"aws:username":"david"}}"#, ["AWS:USERNAME": ["david"]], true),
    (#"{"StringEquals":{"aws:username":["alice","david"]}}"#, ["aws:username": ["david"]], true),
    (#"{"StringEquals":{"aws:username":"da*"}}"#, ["aws:username": ["david"]], false),
    (#"{"StringNotEquals":{"aws:username":"david"}}"#, ["aws:username": ["alice"]], true),
    (#"{"StringNotEquals":{"aws:username":"david"}}"#, ["aws:username": ["david"]], false),
    (#"{"StringNotEquals":{"aws:username":["alice","david"]}}"#, ["aws:username": ["david"]], false),
    (#"{"StringNotEquals":{"aws:username":["alice","david"]}}"#, ["aws:username": ["carol"]], true),
    (#"{"StringEqualsIgnoreCase":{"aws:username":"DAVID"}}"#, ["aws:username": ["david"]], true),
    (#"{"StringEqualsIgnoreCase":{"aws:username":"DAVID"}}"#, ["aws:username": ["alice"]], false),
    (#"{"StringNotEqualsIgnoreCase":{"aws:username":"DAVID"}}"#, ["aws:username": ["david"]], false),
    (#"{"StringNotEqualsIgnoreCase":{"aws:username":"DAVID"}}"#, ["aws:username": ["alice"]], true),
    (#"{"StringLike":{"aws:username":"da*"}}"#, ["aws:username": ["david"]], true),
    (#"{"StringLike":{"aws:username":"d?vid"}}"#, ["aws:username": ["david"]], true),
    (#"{"StringLike":{"aws:username":"D*"}}"#, ["aws:username": ["david"]], false),
    (#"{"StringLike":{"s3:prefix":"home/*"}}"#, ["s3:prefix": ["home/a:b/c"]], true),
    (#"{"StringLike":{"s3:prefix":"*"}}"#, ["s3:prefix": [""]], true),
    (#"{"StringNotLike":{"aws:username":"da*"}}"#, ["aws:username": ["david"]], false),
    (#"{"StringNotLike":{"aws:username":"da*"}}"#, ["aws:username": ["alice"]], true),
  ]

  static let numericCases: [Case] = [
    (#"{"NumericLessThan":{"s3:max-keys":10}}"#, ["s3:max-keys": ["5"]], true),
    (#"{"NumericLessThan":{"s3:max-keys":"10"}}"#, ["s3:max-keys": ["10"]], false),
    (#"{"NumericLessThanEquals":{"s3:max-keys":10}}"#, ["s3:max-keys": ["10"]], true),
    (#"{"NumericGreaterThan":{"s3:max-keys":10}}"#, ["s3:max-keys": ["10.5"]], true),
    (#"{"NumericGreaterThan":{"s3:max-keys":10}}"#, ["s3:max-keys": ["9"]], false),
    (#"{"NumericGreaterThanEquals":{"s3:max-keys":"-1.5"}}"#, ["s3:max-keys": ["-1.50"]], true),
    (#"{"NumericEquals":{"s3:max-keys":10}}"#, ["s3:max-keys": ["10.0"]], true),
    (#"{"NumericEquals":{"s3:max-keys":1e3}}"#, ["s3:max-keys": ["1000"]], true),
    (#"{"NumericEquals":{"s3:max-keys":"0.1"}}"#, ["s3:max-keys": ["0.10000000000000001"]], false),
    (#"{"NumericNotEquals":{"s3:max-keys":10}}"#, ["s3:max-keys": ["11"]], true),
    (#"{"NumericNotEquals":{"s3:max-keys":[10,11]}}"#, ["s3:max-keys": ["11"]], false),
    (#"{"NumericLessThan":{"s3:max-keys":"-2"}}"#, ["s3:max-keys": ["-3"]], true),
    (
      #"{"NumericLessThan":{"s3:max-keys":"100000000000000000000000"}}"#, ["s3:max-keys": ["99999999999999999999999"]],
      true
    ),
  ]

  static let dateCases: [Case] = [
    (
      #"{"DateGreaterThan":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}"#, ["aws:CurrentTime": ["2026-11-23T12:00:00Z"]],
      true
    ),
    (
      #"{"DateLessThan":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}"#, ["aws:CurrentTime": ["2026-11-23T12:00:00Z"]],
      false
    ),
    (
      #"{"DateEquals":{"aws:CurrentTime":"2026-11-23T13:00:00+01:00"}}"#, ["aws:CurrentTime": ["2026-11-23T12:00:00Z"]],
      true
    ),
    (
      #"{"DateEquals":{"aws:CurrentTime":"2026-11-23T07:00:00-05:00"}}"#, ["aws:CurrentTime": ["2026-11-23T12:00:00Z"]],
      true
    ),
    (#"{"DateEquals":{"aws:EpochTime":"2020-01-01T00:00:00Z"}}"#, ["aws:EpochTime": ["1577836800"]], true),
    (#"{"DateEquals":{"aws:CurrentTime":1577836800}}"#, ["aws:CurrentTime": ["2020-01-01T00:00:00Z"]], true),
    (#"{"DateEquals":{"aws:CurrentTime":"2020-01-01"}}"#, ["aws:CurrentTime": ["2020-01-01T00:00:00.000Z"]], true),
    (
      #"{"DateGreaterThan":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}"#,
      ["aws:CurrentTime": ["2020-01-01T00:00:00.5Z"]], true
    ),
    (
      #"{"DateLessThanEquals":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}"#,
      ["aws:CurrentTime": ["2020-01-01T00:00:00Z"]], true
    ),
    (
      #"{"DateGreaterThanEquals":{"aws:CurrentTime":"2020-01-01T00:00:01Z"}}"#,
      ["aws:CurrentTime": ["2020-01-01T00:00:00Z"]], false
    ),
    (
      #"{"DateNotEquals":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}"#, ["aws:CurrentTime": ["2020-01-02T00:00:00Z"]],
      true
    ),
    (#"{"DateLessThan":{"aws:CurrentTime":"2020-03-01"}}"#, ["aws:CurrentTime": ["2020-02-29T23:59:59Z"]], true),
    (
      #"{"DateLessThan":{"aws:CurrentTime":"1969-12-31T23:59:59Z"}}"#, ["aws:CurrentTime": ["1900-06-01T00:00:00Z"]],
      true
    ),
  ]

  static let otherFamilies: [Case] = [
    (#"{"Bool":{"aws:SecureTransport":"true"}}"#, ["aws:SecureTransport": ["true"]], true),
    (#"{"Bool":{"aws:SecureTransport":true}}"#, ["aws:SecureTransport": ["true"]], true),
    (#"{"Bool":{"aws:SecureTransport":"false"}}"#, ["aws:SecureTransport": ["true"]], false),
    (#"{"Bool":{"aws:SecureTransport":"true"}}"#, [:], false),
    (#"{"BinaryEquals":{"a:bin":"aGVsbG8="}}"#, ["a:bin": ["aGVsbG8="]], true),
    (#"{"BinaryEquals":{"a:bin":"aGVsbG8="}}"#, ["a:bin": ["d29ybGQ="]], false),
    (#"{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}"#, ["aws:SourceIp": ["203.0.113.7"]], true),
    (#"{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}"#, ["aws:SourceIp": ["203.0.114.7"]], false),
    (#"{"IpAddress":{"aws:SourceIp":"203.0.113.7"}}"#, ["aws:SourceIp": ["203.0.113.7"]], true),
    (#"{"IpAddress":{"aws:SourceIp":"203.0.113.7"}}"#, ["aws:SourceIp": ["203.0.113.8"]], false),
    (#"{"IpAddress":{"aws:SourceIp":"10.0.0.0/7"}}"#, ["aws:SourceIp": ["11.255.0.1"]], true),
    (#"{"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}}"#, ["aws:SourceIp": ["198.51.100.1"]], true),
    (#"{"IpAddress":{"aws:SourceIp":["192.0.2.0/24","203.0.113.0/24"]}}"#, ["aws:SourceIp": ["203.0.113.9"]], true),
    (#"{"IpAddress":{"aws:SourceIp":"2001:db8::/32"}}"#, ["aws:SourceIp": ["2001:db8:1::1"]], true),
    (#"{"IpAddress":{"aws:SourceIp":"2001:db8::/32"}}"#, ["aws:SourceIp": ["2001:db9::1"]], false),
    (#"{"IpAddress":{"aws:SourceIp":"::ffff:0:0/96"}}"#, ["aws:SourceIp": ["::ffff:192.0.2.1"]], true),
    (#"{"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}}"#, ["aws:SourceIp": ["2001:db8::1"]], false),
    (#"{"NotIpAddress":{"aws:SourceIp":"203.0.113.0/24"}}"#, ["aws:SourceIp": ["198.51.100.1"]], true),
    (#"{"NotIpAddress":{"aws:SourceIp":"203.0.113.0/24"}}"#, ["aws:SourceIp": ["203.0.113.1"]], false),
    (
      #"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:user/*"}}"#,
      ["aws:PrincipalArn": ["arn:aws:iam::123456789012:user/bob"]], true
    ),
    (
      #"{"ArnEquals":{"aws:PrincipalArn":"arn:aws:iam::*:user/*"}}"#,
      ["aws:PrincipalArn": ["arn:aws:iam::123456789012:user/bob"]], true
    ),
    (
      #"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:user/*"}}"#,
      ["aws:PrincipalArn": ["arn:aws:iam::123456789012:role/r"]], false
    ),
    (
      #"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:user/*"}}"#,
      ["aws:PrincipalArn": ["arn:aws:iam::123456789012:User/bob"]], false
    ),
    // Arn* values compare the six segments one by one: none is completed, and no `*` crosses a colon
    // as one may in Resource.
    (
      #"{"ArnLike":{"aws:PrincipalArn":"arn:aws:*"}}"#, ["aws:PrincipalArn": ["arn:aws:iam::123456789012:user/bob"]],
      false
    ),
    (
      #"{"ArnLike":{"aws:SourceArn":"arn:aws:logs:us-*:log-group:app:*"}}"#,
      ["aws:SourceArn": ["arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:s1"]], false
    ),
    (
      #"{"StringLike":{"aws:PrincipalArn":"arn:aws:*"}}"#, ["aws:PrincipalArn": ["arn:aws:iam::123456789012:user/bob"]],
      true
    ),
    (
      #"{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/*"}}"#,
      ["aws:PrincipalArn": ["arn:aws:iam::123456789012:user/bob"]], true
    ),
    (
      #"{"ArnNotEquals":{"aws:PrincipalArn":"arn:aws:iam::*:user/*"}}"#,
      ["aws:PrincipalArn": ["arn:aws:iam::123456789012:user/bob"]], false
    ),
  ]

  static let existenceCases: [Case] = [
    (#"{"Null":{"aws:TokenIssueTime":"true"}}"#, [:], true),
    (#"{"Null":{"aws:TokenIssueTime":"true"}}"#, ["aws:TokenIssueTime": ["2020-01-01T00:00:00Z"]], false),
    (#"{"Null":{"aws:TokenIssueTime":"false"}}"#, ["aws:TokenIssueTime": ["2020-01-01T00:00:00Z"]], true),
    (#"{"Null":{"aws:TokenIssueTime":false}}"#, [:], false),
    (#"{"Null":{"aws:TokenIssueTime":"true"}}"#, ["aws:TokenIssueTime": []], true),
    (#"{"StringEqualsIfExists":{"ec2:InstanceType":"t2.micro"}}"#, [:], true),
    (#"{"StringEqualsIfExists":{"ec2:InstanceType":"t2.micro"}}"#, ["ec2:InstanceType": ["m5.large"]], false),
    (#"{"StringEqualsIfExists":{"ec2:InstanceType":"t2.micro"}}"#, ["ec2:InstanceType": ["t2.micro"]], true),
    (#"{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}"#, [:], true),
    (#"{"NumericLessThanIfExists":{"s3:max-keys":"10"}}"#, [:], true),
    (#"{"DateLessThanIfExists":{"aws:TokenIssueTime":"2020-01-01"}}"#, [:], true),
    (#"{"IpAddressIfExists":{"aws:SourceIp":"10.0.0.0/8"}}"#, [:], true),
    (#"{"ArnLikeIfExists":{"aws:SourceArn":"arn:aws:sns:*:*:*"}}"#, [:], true),
    (#"{"StringNotEqualsIfExists":{"a:b":"x"}}"#, ["a:b": ["x"]], false),
  ]

  /// A missing key makes every positive operator false and every negated one true.
  static let missingKeyCases: [Case] = ConditionOperator.allCases.filter { $0 != .null }.map { op in
    let value =
      switch op.rawValue {
      case let name where name.hasPrefix("Date"): "2020-01-01"
      case let name where name.hasPrefix("Numeric"): "1"
      case let name where name.contains("Ip"): "10.0.0.0/8"
      case let name where name.hasPrefix("Arn"): "arn:aws:iam::*:user/*"
      case "BinaryEquals": "aGk="
      default: "x"
      }
    return (#"{"\#(op.rawValue)":{"absent:key":"\#(value)"}}"#, ["other:key": ["x"]], op.isNegated)
  }

  static let setCases: [Case] = [
    (#"{"ForAnyValue:StringEquals":{"aws:TagKeys":["a","b"]}}"#, ["aws:TagKeys": ["b", "c"]], true),
    (#"{"ForAnyValue:StringEquals":{"aws:TagKeys":["a","b"]}}"#, ["aws:TagKeys": ["c"]], false),
    (#"{"ForAnyValue:StringEquals":{"aws:TagKeys":["a","b"]}}"#, [:], false),
    (#"{"ForAnyValue:StringEquals":{"aws:TagKeys":["a","b"]}}"#, ["aws:TagKeys": []], false),
    (#"{"ForAllValues:StringEquals":{"aws:TagKeys":["a","b"]}}"#, ["aws:TagKeys": ["a", "b"]], true),
    (#"{"ForAllValues:StringEquals":{"aws:TagKeys":["a","b"]}}"#, ["aws:TagKeys": ["a", "c"]], false),
    (#"{"ForAllValues:StringEquals":{"aws:TagKeys":["a","b"]}}"#, [:], true),
    (#"{"ForAllValues:StringEquals":{"aws:TagKeys":["a","b"]}}"#, ["aws:TagKeys": []], true),
    (#"{"ForAnyValue:StringNotEquals":{"aws:TagKeys":"a"}}"#, ["aws:TagKeys": ["a", "b"]], true),
    (#"{"ForAnyValue:StringNotEquals":{"aws:TagKeys":"a"}}"#, ["aws:TagKeys": ["a"]], false),
    (#"{"ForAllValues:StringNotEquals":{"aws:TagKeys":"a"}}"#, ["aws:TagKeys": ["b", "c"]], true),
    (#"{"ForAllValues:StringNotEquals":{"aws:TagKeys":"a"}}"#, ["aws:TagKeys": ["a", "b"]], false),
    (#"{"ForAllValues:StringLike":{"aws:TagKeys":"team-*"}}"#, ["aws:TagKeys": ["team-a", "team-b"]], true),
    (#"{"ForAnyValue:NumericGreaterThan":{"a:n":"5"}}"#, ["a:n": ["1", "7"]], true),
    (#"{"ForAllValues:NumericGreaterThan":{"a:n":"5"}}"#, ["a:n": ["1", "7"]], false),
    (#"{"ForAnyValue:StringEqualsIfExists":{"aws:TagKeys":"a"}}"#, [:], true),
    (#"{"ForAllValues:StringLikeIfExists":{"aws:TagKeys":"a"}}"#, ["aws:TagKeys": ["b"]], false),
  ]

  static let combinationCases: [Case] = [
    (#"{"StringEquals":{"a:x":"1","a:y":"2"}}"#, ["a:x": ["1"], "a:y": ["2"]], true),
    (#"{"StringEquals":{"a:x":"1","a:y":"2"}}"#, ["a:x": ["1"], "a:y": ["3"]], false),
    (#"{"StringEquals":{"a:x":"1"},"Bool":{"a:y":"true"}}"#, ["a:x": ["1"], "a:y": ["true"]], true),
    (#"{"StringEquals":{"a:x":"1"},"Bool":{"a:y":"true"}}"#, ["a:x": ["1"], "a:y": ["false"]], false),
    (#"{"StringEquals":{}}"#, [:], true),
    (#"{"SomethingNew":{}}"#, [:], true),
  ]

  @Test(arguments: stringCases + numericCases + dateCases + otherFamilies)
  func operatorFamilies(_ row: Case) throws {
    #expect(try conditionAllows(row.condition, context: row.context) == row.allows, "\(row.condition) \(row.context)")
  }

  @Test(arguments: existenceCases + setCases + combinationCases)
  func existenceSetsAndCombinations(_ row: Case) throws {
    #expect(try conditionAllows(row.condition, context: row.context) == row.allows, "\(row.condition) \(row.context)")
  }

  @Test(arguments: missingKeyCases)
  func missingKeys(_ row: Case) throws {
    #expect(try conditionAllows(row.condition, context: row.context) == row.allows, "\(row.condition)")
  }

  /// Conditions the engine cannot decide never allow, but always deny.
  static let undecidable: [(String, [String: [String]])] = [
    (#"{"NumericLessThan":{"s3:max-keys":"ten"}}"#, ["s3:max-keys": ["5"]]),
    (#"{"NumericLessThan":{"s3:max-keys":"10"}}"#, ["s3:max-keys": ["five"]]),
    (#"{"NumericNotEquals":{"s3:max-keys":"10"}}"#, ["s3:max-keys": ["five"]]),
    (#"{"DateGreaterThan":{"aws:CurrentTime":"2020-01-01"}}"#, ["aws:CurrentTime": ["garbage"]]),
    (#"{"IpAddress":{"aws:SourceIp":"not-an-ip"}}"#, ["aws:SourceIp": ["10.0.0.1"]]),
    (#"{"NotIpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"#, ["aws:SourceIp": ["garbage"]]),
    (#"{"IpAddress":{"aws:SourceIp":"10.0.0.0/33"}}"#, ["aws:SourceIp": ["10.0.0.1"]]),
    (#"{"BinaryEquals":{"a:bin":"!!!"}}"#, ["a:bin": ["aGk="]]),
    (#"{"NullIfExists":{"a:b":"true"}}"#, [:]),
    (#"{"ForAnyValue:Null":{"a:b":"true"}}"#, [:]),
    (#"{"Null":{"a:b":"maybe"}}"#, [:]),
  ]

  @Test(arguments: undecidable)
  func undecidableConditionsFailClosed(_ condition: String, _ context: [String: [String]]) throws {
    #expect(try conditionAllows(condition, context: context) == false)
    #expect(try conditionDenies(condition, context: context) == true)
  }

  /// IAM User Guide, condition operators: ArnEquals and ArnLike are "Case-sensitive matching of the
  /// ARN. Each of the six colon-delimited components of the ARN is checked separately". A request
  /// value that is not an ARN has no such components, so like an unreadable number, date or address
  /// it decides nothing: no Allow, and a Deny still applies.
  static let notARNs: [(String, [String: [String]])] = [
    (#"{"ArnLike":{"aws:SourceArn":"arn:aws:sns:*:*:*"}}"#, ["aws:SourceArn": ["not-an-arn"]]),
    (#"{"ArnEquals":{"aws:SourceArn":"*"}}"#, ["aws:SourceArn": ["bucket"]]),
    (#"{"ArnNotLike":{"aws:SourceArn":"arn:aws:sns:*:*:*"}}"#, ["aws:SourceArn": ["arn:aws:sns:us-east-1"]]),
    (#"{"ArnNotEquals":{"aws:PrincipalArn":"arn:aws:iam::*:role/*"}}"#, ["aws:PrincipalArn": ["bob"]]),
    (#"{"ArnNotLikeIfExists":{"aws:SourceArn":"arn:aws:sns:*:*:*"}}"#, ["aws:SourceArn": ["sns:topic"]]),
    (
      #"{"ForAllValues:ArnLike":{"aws:SourceArn":"arn:aws:sns:*:*:*"}}"#,
      ["aws:SourceArn": ["arn:aws:sns:us-east-1:123456789012:t", "topic"]]
    ),
  ]

  @Test(arguments: notARNs)
  func arnOperatorsDecideNothingOnValuesThatAreNotARNs(_ condition: String, _ context: [String: [String]]) throws {
    try undecidableConditionsFailClosed(condition, context)
  }

  @Test func arnOperatorsStillDecideOnARNs() throws {
    let context = ["aws:SourceArn": ["arn:aws:sns:us-east-1:123456789012:t"]]
    #expect(try conditionAllows(#"{"ArnEquals":{"aws:SourceArn":"*"}}"#, context: context))
    #expect(try conditionDenies(#"{"ArnNotLike":{"aws:SourceArn":"arn:aws:sns:*:*:*"}}"#, context: context) == false)
  }

  @Test func aFalseConditionStillStopsADenyWithAnUndecidableOne() throws {
    let condition = #"{"NumericLessThan":{"s3:max-keys":"ten"},"StringEquals":{"aws:username":"alice"}}"#
    #expect(try conditionDenies(condition, context: ["s3:max-keys": ["5"], "aws:username": ["bob"]]) == false)
  }
}
