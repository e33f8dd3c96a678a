import IAMPolicy
import Testing

/// Stage 1: everything outside the grammar is "Syntax errors in policy.".
@Suite struct SyntaxValidationTests {
  static let syntaxErrors: [(String, String)] = [
    ("not JSON", "this is not json"),
    ("empty text", ""),
    ("trailing comma", #"{"Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*",}]}"#),
    ("array at top level", "[]"),
    ("string at top level", #""policy""#),
    ("unknown top-level key", #"{"Statement":[{\#(allowAll())}],"Foo":"x"}"#),
    ("Conditions at top level", #"{"Statement":[{\#(allowAll())}],"Conditions":{}}"#),
    ("unknown Version", identityDocument(allowAll(), version: "2013-10-17")),
    ("Version not a string", #"{"Version":20121017,"Statement":[{\#(allowAll())}]}"#),
    ("Id not a string", #"{"Id":5,"Statement":[{\#(allowAll())}]}"#),
    ("Statement missing", #"{"Version":"2012-10-17"}"#),
    ("Statement a string", #"{"Statement":"x"}"#),
    ("Statement an empty list", #"{"Statement":[]}"#),
    ("statement not an object", #"{"Statement":["x"]}"#),
    ("unknown statement key", identityDocument(allowAll(#""Foo":"x""#))),
    ("lower-case element name", identityDocument(#""effect":"Allow","Action":"iam:*","Resource":"*""#)),
    ("Action and NotAction", identityDocument(allowAll(#""NotAction":"s3:*""#))),
    ("Resource and NotResource", identityDocument(allowAll(#""NotResource":"*""#))),
    ("Effect missing", identityDocument(#""Action":"iam:*","Resource":"*""#)),
    ("Effect not a string", identityDocument(#""Effect":true,"Action":"iam:*","Resource":"*""#)),
    ("Effect neither allow nor deny", identityDocument(#""Effect":"Maybe","Action":"iam:*","Resource":"*""#)),
    ("Action a number", identityDocument(#""Effect":"Allow","Action":5,"Resource":"*""#)),
    ("Action list with a number", identityDocument(#""Effect":"Allow","Action":["iam:*",5],"Resource":"*""#)),
    ("NotAction an object", identityDocument(#""Effect":"Allow","NotAction":{},"Resource":"*""#)),
    ("Resource an object", identityDocument(#""Effect":"Allow","Action":"iam:*","Resource":{"a":"b"}"#)),
    ("NotResource list with null", identityDocument(#""Effect":"Allow","Action":"iam:*","NotResource":[null]"#)),
    ("Condition a string", identityDocument(allowAll(#""Condition":"x""#))),
    ("operator body a string", identityDocument(allowAll(#""Condition":{"StringEquals":"x"}"#))),
    ("condition value null", identityDocument(allowAll(#""Condition":{"StringEquals":{"a:b":null}}"#))),
    ("condition value an object", identityDocument(allowAll(#""Condition":{"StringEquals":{"a:b":{}}}"#))),
    ("condition value a nested list", identityDocument(allowAll(#""Condition":{"StringEquals":{"a:b":[["x"]]}}"#))),
    ("unknown operator with a body", identityDocument(allowAll(#""Condition":{"x":{"a":"1"}}"#))),
    (
      "doubled qualifier colon",
      identityDocument(allowAll(#""Condition":{"ForAnyValue::StringEqualsIfExists":{"a:b":"1"}}"#))
    ),
    (
      "two qualifiers",
      identityDocument(allowAll(#""Condition":{"ForAnyValue:ForAllValues:StringEquals":{"a:b":"1"}}"#))
    ),
    ("operator name in wrong case", identityDocument(allowAll(#""Condition":{"stringequals":{"a:b":"1"}}"#))),
    ("Sid not a string", identityDocument(allowAll(#""Sid":1"#))),
    ("repeated top-level key", #"{"Statement":[{\#(allowAll())}],"Statement":[{\#(allowAll())}]}"#),
    ("repeated statement key", identityDocument(allowAll(#""Effect":"Allow""#))),
    ("repeated operator", identityDocument(allowAll(#""Condition":{"Bool":{"a:b":"true"},"Bool":{"c:d":"true"}}"#))),
    ("repeated condition key", identityDocument(allowAll(#""Condition":{"Bool":{"a:b":"true","a:b":"false"}}"#))),
    (
      "repeated principal type",
      trustDocument(#""Effect":"Allow","Principal":{"AWS":"1","AWS":"2"},"Action":"sts:AssumeRole""#)
    ),
  ]

  @Test(arguments: syntaxErrors)
  func syntaxErrorsAreReported(_ name: String, _ document: String) {
    #expect(rejection(document) == Messages.syntax, "\(name)")
    #expect(rejection(document, kind: .trust) == Messages.syntax, "\(name) as a trust policy")
  }

  /// Principal shapes matter only in trust policies; an identity policy refuses any Principal.
  static let principalSyntaxErrors: [(String, String)] = [
    (
      "Principal and NotPrincipal",
      trustDocument(#""Effect":"Allow","Principal":"*","NotPrincipal":"*","Action":"sts:AssumeRole""#)
    ),
    (
      "Principal a string other than *",
      trustDocument(#""Effect":"Allow","Principal":"123456789012","Action":"sts:AssumeRole""#)
    ),
    ("unknown principal type", trustDocument(#""Effect":"Allow","Principal":{"Group":"x"},"Action":"sts:AssumeRole""#)),
    (
      "principal value a number",
      trustDocument(#""Effect":"Allow","Principal":{"AWS":123456789012},"Action":"sts:AssumeRole""#)
    ),
  ]

  @Test(arguments: principalSyntaxErrors)
  func principalShapesAreCheckedInTrustPolicies(_ name: String, _ document: String) {
    #expect(rejection(document, kind: .trust) == Messages.syntax, "\(name)")
    #expect(rejection(document, kind: .identity) == Messages.principalForbidden, "\(name) as an identity policy")
  }

  static let accepted: [(String, String)] = [
    ("no Version", identityDocument(allowAll(), version: nil)),
    ("Version 2008-10-17", identityDocument(allowAll(), version: "2008-10-17")),
    ("Version 2012-10-17", identityDocument(allowAll())),
    ("Id", #"{"Id":"x","Statement":[{\#(allowAll())}]}"#),
    ("Statement as a single object", #"{"Statement":{\#(allowAll())}}"#),
    ("unknown operator with an empty body", identityDocument(allowAll(#""Condition":{"Whatever":{}}"#))),
    ("empty Condition", identityDocument(allowAll(#""Condition":{}"#))),
    ("unquoted number", identityDocument(allowAll(#""Condition":{"NumericLessThan":{"s3:max-keys":10}}"#))),
    ("unquoted boolean", identityDocument(allowAll(#""Condition":{"Bool":{"aws:SecureTransport":true}}"#))),
    ("mixed value list", identityDocument(allowAll(#""Condition":{"StringEquals":{"a:b":["x",1,false]}}"#))),
    ("empty value list", identityDocument(allowAll(#""Condition":{"StringEquals":{"a:b":[]}}"#))),
    (
      "qualifier and IfExists",
      identityDocument(allowAll(#""Condition":{"ForAllValues:StringLikeIfExists":{"a:b":"x*"}}"#))
    ),
    ("element order free", identityDocument(#""Resource":"*","Action":"iam:*","Effect":"Allow""#)),
    ("byte order mark", "\u{FEFF}" + identityDocument(allowAll())),
  ]

  @Test(arguments: accepted)
  func grammaticalDocumentsPass(_ name: String, _ document: String) {
    #expect(rejection(document) == nil, "\(name)")
  }

  @Test func effectCaseIsNotASyntaxError() {
    // The syntax stage lets any case through; legacy parsing is what refuses it.
    let document = identityDocument(#""Effect":"allow","Action":"iam:*","Resource":"*""#)
    #expect(rejection(document) == Messages.legacy)
  }
}
