import IAMEncoding
import IAMPolicy
import Testing

/// Besides IAM's message, a refused document says where the problem is (line and column, from 1)
/// and what it is, for the person who wrote it.
@Suite struct PolicyDiagnosticTests {
  /// "line:column: explanation", or nil when the document is accepted or has no diagnostic.
  private func diagnostic(_ text: String, kind: PolicyKind = .identity) -> String? {
    do {
      _ = try PolicyParser.parse(text, kind: kind)
      return nil
    } catch {
      return error.diagnostic.map { "\($0.position.line):\($0.position.column): \($0.explanation)" }
    }
  }

  /// "line:column: explanation" for the place where the last occurrence of `marker` starts.
  private func expected(_ text: String, at marker: String, _ explanation: String) -> String {
    let bytes = Array(text.utf8)
    let needle = Array(marker.utf8)
    let offset = stride(from: bytes.count - needle.count, through: 0, by: -1).first {
      bytes[$0..<$0 + needle.count].elementsEqual(needle)
    }
    guard let offset else { return "\(marker) is not in the document" }
    let position = TextPosition(offset: offset, in: bytes)
    return "\(position.line):\(position.column): \(explanation)"
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var document: String
    var message: String
    /// The text the diagnostic points at: it starts at the last place this occurs.
    var marker: String
    var explanation: String
    var kind: PolicyKind = .identity
    var testDescription: String { explanation }
  }

  @Test func aGrammarErrorIsPlacedWhereTheParserStopped() {
    let text = #"{"Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*",}]}"#
    #expect(rejection(text) == Messages.syntax)
    #expect(diagnostic(text) == expected(text, at: "}]}", "expected a member name after ','"))
    #expect(diagnostic("{\n  \"Statement\": [\n") == "3:1: expected a value or ']' after '[', but the document ends")
  }

  private static let multiLine = """
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "ReadReports",
          "Effect": "Allow",
          "Action": ["s3:GetObject", "s3:ListBucket"],
          "Resource": "arn:aws:s3:::reports/*"
        },
        {
          "effect": "Deny",
          "Action": "s3:DeleteObject",
          "Resource": "*"
        }
      ]
    }
    """

  @Test func aMemberNameOnALaterLineIsPlacedThere() {
    #expect(diagnostic(Self.multiLine) == #"11:7: unknown member "effect"; did you mean "Effect"?"#)
  }

  static let grammarCases: [Case] = [
    Case(document: "[]", message: Messages.syntax, marker: "[]", explanation: "a policy document must be a JSON object"),
    Case(
      document: #"{"Version":"2012-10-17"}"#, message: Messages.syntax, marker: "{",
      explanation: "the policy has no Statement"),
    Case(
      document: #"{"Version":"2013-10-17","Statement":[]}"#, message: Messages.syntax, marker: #""2013"#,
      explanation: #"Version must be "2012-10-17" or "2008-10-17""#),
    Case(
      document: #"{"statement":[]}"#, message: Messages.syntax, marker: #""statement""#,
      explanation: #"unknown member "statement"; did you mean "Statement"?"#),
    Case(
      document: #"{"Foo":1,"Statement":[]}"#, message: Messages.syntax, marker: #""Foo""#,
      explanation: #"unknown member "Foo"; a policy has only Version, Id and Statement"#),
    Case(
      document: #"{"Statement":"x"}"#, message: Messages.syntax, marker: #""x""#,
      explanation: "Statement must be an object or a list of objects"),
    Case(
      document: #"{"Statement":[]}"#, message: Messages.syntax, marker: "[]", explanation: "Statement is an empty list"),
    Case(
      document: #"{"Statement":[{\#(allowAll())}, 5]}"#, message: Messages.syntax, marker: "5]",
      explanation: "a statement must be an object"),
    Case(
      document: #"{"Statement":{"Action":"s3:*","Resource":"*"}}"#, message: Messages.syntax, marker: #"{"Action""#,
      explanation: "the statement has no Effect"),
    Case(
      document: identityDocument(allowAll(#""Comment":"x""#)), message: Messages.syntax, marker: #""Comment""#,
      explanation:
        #"unknown member "Comment"; a statement has only Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource and Condition"#
    ),
    Case(
      document: identityDocument(#""Effect":"Maybe","Action":"s3:*","Resource":"*""#), message: Messages.syntax,
      marker: #""Maybe""#, explanation: #"Effect must be "Allow" or "Deny""#),
    Case(
      document: identityDocument(#""Effect":true,"Action":"s3:*","Resource":"*""#), message: Messages.syntax,
      marker: "true", explanation: #"Effect must be "Allow" or "Deny""#),
    Case(
      document: identityDocument(allowAll(#""Sid":1"#)), message: Messages.syntax, marker: "1}",
      explanation: "Sid must be a string"),
    Case(
      document: identityDocument(allowAll(#""NotAction":"s3:*""#)), message: Messages.syntax, marker: #""NotAction""#,
      explanation: "a statement has Action or NotAction, not both"),
    Case(
      document: identityDocument(#""Effect":"Allow","Action":"s3:*","Resource":{"a":"b"}"#), message: Messages.syntax,
      marker: #"{"a""#, explanation: "Resource must be a string or a list of strings"),
    Case(
      document: identityDocument(#""Effect":"Allow","Action":["s3:*",5],"Resource":"*""#), message: Messages.syntax,
      marker: "5]", explanation: "the values of Action must be strings"),
    Case(
      document: identityDocument(allowAll(#""Effect":"Deny""#)), message: Messages.syntax, marker: #""Effect""#,
      explanation: #""Effect" is given twice in the same object"#),
    Case(
      document: identityDocument(allowAll(#""Condition":"x""#)), message: Messages.syntax, marker: #""x""#,
      explanation: #"Condition must be an object of operators, such as {"StringEquals": {...}}"#),
    Case(
      document: identityDocument(allowAll(#""Condition":{"StringEquals":"x"}"#)), message: Messages.syntax,
      marker: #""x""#, explanation: #"the value of "StringEquals" must be an object of condition keys and values"#),
    Case(
      document: identityDocument(allowAll(#""Condition":{"x":{"a":"1"}}"#)), message: Messages.syntax,
      marker: #""x""#, explanation: #"unknown condition operator "x""#),
    Case(
      document: identityDocument(allowAll(#""Condition":{"Bool":{"a:b":["true",null]}}"#)), message: Messages.syntax,
      marker: "null", explanation: "a condition value must be a string, a number or true or false"),
    Case(
      document: identityDocument(allowAll(#""Condition":{"Bool":{"a:b":{}}}"#)), message: Messages.syntax,
      marker: "{}", explanation: "a condition value must be a string, a number or true or false, or a list of them"),
    Case(
      document: trustDocument(#""Effect":"Allow","Principal":{"User":"x"},"Action":"sts:AssumeRole""#),
      message: Messages.syntax, marker: #""User""#,
      explanation: #"unknown principal type "User"; the types are AWS, Federated, Service and CanonicalUser"#,
      kind: .trust),
    Case(
      document: trustDocument(#""Effect":"Allow","Principal":"me","Action":"sts:AssumeRole""#),
      message: Messages.syntax, marker: #""me""#,
      explanation: #"Principal must be "*" or an object such as {"Service": "ec2.amazonaws.com"}"#, kind: .trust),
    Case(
      document: trustDocument(#""Effect":"Allow","Principal":{"AWS":[1]},"Action":"sts:AssumeRole""#),
      message: Messages.syntax, marker: "1]", explanation: "the values of AWS must be strings", kind: .trust),
  ]

  static let laterStageCases: [Case] = [
    Case(
      document: identityDocument(#""Effect":"allow","Action":"s3:*","Resource":"*""#), message: Messages.legacy,
      marker: #""allow""#, explanation: #"Effect must be written exactly "Allow" or "Deny""#),
    Case(
      document: identityDocument(
        allowAll(#""Condition":{"DateLessThan":{"aws:CurrentTime":["2020-01-01","soon"]}}"#)),
      message: Messages.legacy, marker: #""soon""#,
      explanation: #""soon" is not a date, such as 2026-01-31T12:00:00Z, or seconds since 1970"#),
    Case(
      document: identityDocument(#""Effect":"Allow","Action":"s3:*","Resource":["*","arn:aws::x"]"#),
      message: Messages.legacy, marker: #""arn:aws::x""#,
      explanation: #""arn:aws::x" is not an ARN: arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE"#),
    Case(
      document: identityDocument(#""Sid":"a-b","Effect":"Allow","Action":"s3:*","Resource":"*""#),
      message: Messages.sidCharacters, marker: #""a-b""#,
      explanation: "a Sid may contain only the letters A to Z and a to z and the digits 0 to 9"),
    Case(
      document: #"{"Statement":[{"Sid":"One",\#(allowAll())},{"Sid":"One",\#(allowAll())}]}"#,
      message: Messages.sidUnique, marker: #""One""#, explanation: #"statement 1 already has the Sid "One""#),
    Case(
      document: identityDocument(#""Effect":"Allow","Resource":"*""#), message: Messages.missingActions,
      marker: #"{"Effect""#, explanation: "the statement has neither Action nor NotAction"),
    Case(
      document: identityDocument(#""Effect":"Allow","NotAction":[],"Resource":"*""#), message: Messages.missingActions,
      marker: "[],", explanation: "NotAction is an empty list"),
    Case(
      document: identityDocument(#""Effect":"Allow","Action":"s3:*","Resource":["*","my-bucket"]"#),
      message: #"Resource my-bucket must be in ARN format or "*"."#, marker: #""my-bucket""#,
      explanation: #"a resource is "*" or an ARN, such as arn:aws:s3:::my-bucket"#),
    Case(
      document: identityDocument(#""Effect":"Allow","Action":"s3:*","Resource":"arn:aws:iam:us-east-1:123456789012:user/x""#),
      message: "IAM resource arn:aws:iam:us-east-1:123456789012:user/x cannot contain region information.",
      marker: #""arn:aws:iam"#,
      explanation: "IAM is global: its ARNs leave the region empty, as in arn:aws:iam::123456789012:user/bob"),
    Case(
      document: identityDocument(#""Effect":"Allow","Action":["s3:*","GetObject"],"Resource":"*""#),
      message: Messages.vendorMissing, marker: #""GetObject""#,
      explanation: #""GetObject" names no service; an action is written service:action, such as iam:GetUser"#),
    Case(
      document: identityDocument(#""Effect":"Allow","Action":"s3:Get:Object","Resource":"*""#),
      message: Messages.oneColon, marker: #""s3:Get"#, explanation: #""s3:Get:Object" has more than one ':'"#),
    Case(
      document: identityDocument(#""Effect":"Allow","Action":"s 3:Get","Resource":"*""#),
      message: "Vendor s 3 is not valid", marker: #""s 3"#,
      explanation: #"the service before the ':' of "s 3:Get" may contain only letters, digits, '-' and '.'"#),
    Case(
      document: identityDocument(#""Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*""#),
      message: Messages.principalForbidden, marker: #""Principal""#,
      explanation: "a permission policy names no Principal: it applies to whoever holds it; Principal belongs in a trust policy"),
    Case(
      document: identityDocument(#""Effect":"Allow","Action":"s3:*""#), message: Messages.missingResources,
      marker: #"{"Effect""#, explanation: "the statement has neither Resource nor NotResource"),
    Case(
      document: trustDocument(#""Effect":"Allow","Principal":{"Service":"ec2"},"Action":"sts:AssumeRole","Resource":"*""#),
      message: Messages.resourceForbidden, marker: #""Resource""#,
      explanation: "a trust policy has no Resource: what it protects is the role itself", kind: .trust),
    Case(
      document: trustDocument(#""Effect":"Allow","Action":"sts:AssumeRole""#), message: Messages.principalMissing,
      marker: #"{"Effect""#, explanation: "the statement names no principal; a trust policy says who may assume the role",
      kind: .trust),
    Case(
      document: trustDocument(
        #""Effect":"Allow","Principal":{"Service":"ec2"},"Action":["sts:AssumeRole","s3:GetObject"]"#),
      message: Messages.trustActions, marker: #""s3:GetObject""#,
      explanation: #""s3:GetObject" is not an action of a trust policy, such as sts:AssumeRole"#, kind: .trust),
    Case(
      document: identityDocument(#""Effect":"Allow","Action":"a\u001b[31m","Resource":"*""#),
      message: Messages.vendorMissing, marker: #""a\u001b"#,
      explanation: #""a\u001b[31m" names no service; an action is written service:action, such as iam:GetUser"#),
  ]

  @Test(arguments: grammarCases + laterStageCases)
  func eachCheckPointsAtWhatItRefuses(_ check: Case) {
    #expect(rejection(check.document, kind: check.kind) == check.message)
    #expect(
      diagnostic(check.document, kind: check.kind) == expected(check.document, at: check.marker, check.explanation))
  }
}
