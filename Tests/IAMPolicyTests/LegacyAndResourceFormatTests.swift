import IAMPolicy
import Testing

/// Stages 3 (legacy parsing), 4 and 7 (resource format).
@Suite struct LegacyAndResourceFormatTests {
  static let legacyFailures: [(String, String)] = [
    ("Effect lower case", #""Effect":"allow","Action":"iam:*","Resource":"*""#),
    ("Effect mixed case", #""Effect":"denY","Action":"iam:*","Resource":"*""#),
    ("Effect upper case", #""Effect":"DENY","Action":"iam:*","Resource":"*""#),
    ("date is words", allowAll(#""Condition":{"DateGreaterThan":{"aws:CurrentTime":"yesterday"}}"#)),
    ("date month 13", allowAll(#""Condition":{"DateLessThan":{"aws:CurrentTime":"2019-13-01T00:00:00Z"}}"#)),
    ("date day 32", allowAll(#""Condition":{"DateLessThan":{"aws:CurrentTime":"2019-01-32"}}"#)),
    ("date hour 24", allowAll(#""Condition":{"DateEquals":{"aws:CurrentTime":"2019-01-01T24:00:00Z"}}"#)),
    ("date second 60", allowAll(#""Condition":{"DateEquals":{"aws:CurrentTime":"2019-01-01T23:59:60Z"}}"#)),
    (
      "ten fraction digits",
      allowAll(#""Condition":{"DateEquals":{"aws:CurrentTime":"2019-01-01T00:00:00.1234567890Z"}}"#)
    ),
    ("zone hour 24", allowAll(#""Condition":{"DateEquals":{"aws:CurrentTime":"2019-01-01T00:00:00+24:00"}}"#)),
    ("text after Z", allowAll(#""Condition":{"DateEquals":{"aws:CurrentTime":"2019-01-01T00:00:00Zx"}}"#)),
    ("year beyond range", allowAll(#""Condition":{"DateEquals":{"aws:CurrentTime":"292278994-01-01"}}"#)),
    ("epoch beyond Int64", allowAll(#""Condition":{"DateEquals":{"aws:EpochTime":"9223372036854775808"}}"#)),
    ("decimal epoch", allowAll(#""Condition":{"DateEquals":{"aws:EpochTime":1.5}}"#)),
    ("boolean date", allowAll(#""Condition":{"DateEquals":{"aws:EpochTime":true}}"#)),
    ("empty date", allowAll(#""Condition":{"DateEquals":{"aws:EpochTime":""}}"#)),
    ("bad date in a list", allowAll(#""Condition":{"DateEquals":{"aws:CurrentTime":["2019-01-01","nope"]}}"#)),
    ("bad date with IfExists", allowAll(#""Condition":{"DateLessThanIfExists":{"aws:CurrentTime":"x"}}"#)),
    ("bad date with qualifier", allowAll(#""Condition":{"ForAnyValue:DateEquals":{"aws:CurrentTime":"x"}}"#)),
    ("'::' with four colons", #""Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3::example_bucket""#),
    ("'::' with three colons", #""Effect":"Allow","Action":"s3:*","Resource":"arn:aws::fdsasf""#),
    ("empty service", #""Effect":"Allow","Action":"s3:*","Resource":"arn:aws::::example_bucket""#),
    ("empty service in a list", #""Effect":"Allow","Action":"s3:*","Resource":["*","arn:aws::::example_bucket"]"#),
    ("empty service in NotResource", #""Effect":"Allow","Action":"s3:*","NotResource":"arn:aws::::example_bucket""#),
  ]

  @Test(arguments: legacyFailures)
  func legacyParsingFailures(_ name: String, _ statement: String) {
    #expect(rejection(identityDocument(statement)) == Messages.legacy, "\(name)")
  }

  static let acceptedDates = [
    "2019-01-01T00:00:00Z", "2019-01-01", "2019", "2019-01", "2019-01-01T00:00:00.123Z",
    "2019-01-01T00:00:00.123456789Z", "2019-01-01T00:00:00+05:30", "2019-01-01T00:00:00-05:00",
    "2019-01-01T00:00:00+05", "2019-01-01t00:00:00z", "2019-01-01T12:30", "2019-01-01T12",
    "-0044-03-15", "1546300800", "0", "9223372036854775807", "2019-01-01T12:30Z",
  ]

  @Test(arguments: acceptedDates)
  func dateFormsIAMAccepts(_ date: String) {
    let statement = allowAll(#""Condition":{"DateGreaterThan":{"aws:CurrentTime":"\#(date)"}}"#)
    #expect(rejection(identityDocument(statement)) == nil)
  }

  @Test func unquotedEpochIsADate() {
    let statement = allowAll(#""Condition":{"DateGreaterThan":{"aws:EpochTime":1546300800}}"#)
    #expect(rejection(identityDocument(statement)) == nil)
  }

  static let formatProblems: [(String, String)] = [
    ("adf", #"Resource adf must be in ARN format or "*"."#),
    ("", #"Resource  must be in ARN format or "*"."#),
    ("arn:b:cadfsdf", #"Partition "b" is not valid for resource "arn:b:cadfsdf:*:*:*"."#),
    ("arn:b", #"Partition "b" is not valid for resource "arn:b:*:*:*:*"."#),
    ("arn:b:s3:::bucket/a:b", #"Partition "b" is not valid for resource "arn:b:s3:::bucket/a:b"."#),
    ("arn:aws", Messages.resourceVendor),
    ("arn:*", Messages.resourceVendor),
    ("arn:aws:iam:us-east-1::x", "IAM resource arn:aws:iam:us-east-1::x cannot contain region information."),
    ("arn:aws:s3:us-east-1::x", "Resource arn:aws:s3:us-east-1::x can not contain region information."),
    ("arn:aws:iam::123:u*", Messages.iamPath),
    ("arn:aws:iam::123456789012:root", Messages.iamPath),
    ("arn:aws:iam::123456789012:users/bob", Messages.iamPath),
  ]

  @Test(arguments: formatProblems)
  func resourceFormatMessages(_ resource: String, _ message: String) {
    let statement = #""Effect":"Allow","Action":"s3:*","Resource":"\#(resource)""#
    #expect(rejection(identityDocument(statement)) == message)
    let negated = #""Effect":"Allow","Action":"s3:*","NotResource":["\#(resource)"]"#
    #expect(rejection(identityDocument(negated)) == message)
  }

  static let acceptedResources = [
    "*", "arn:aws:iam::123456789012:user/bob", "arn:aws:iam::123456789012:user/*", "arn:aws:iam::*:role/*",
    "arn:aws:iam::123456789012:*", "arn:aws:iam::123456789012:mfa/bob", "arn:aws:iam::123456789012:access-report/x",
    "arn:aws:invalid-service:::x", "arn:aws:ec2:us-east-1::x", "arn:aws:s3:::*", "arn:aws:s3:::bucket/key:with:colons",
    "arn:aws:s3:us-east-1:123456789012:accesspoint/ap", "arn:aws:sqs:*:*:*", "arn:aws:fdsasf", "arn:aws-cn:s3:::x",
    "arn:aws-us-gov:s3:::x", "arn:*:s3:::x", "arn:aws:s3", "arn:aws:iam::123456789012:user/${aws:username}",
  ]

  @Test(arguments: acceptedResources)
  func acceptedResourceForms(_ resource: String) {
    let statement = #""Effect":"Allow","Action":"s3:*","Resource":"\#(resource)""#
    #expect(rejection(identityDocument(statement)) == nil)
  }

  @Test func listsAreCheckedInReverseSortedOrder() {
    // "arn:b:x" sorts after "adf", so it is examined, and reported, first.
    let statement = #""Effect":"Allow","Action":"s3:*","Resource":["adf","arn:b:x"]"#
    #expect(rejection(identityDocument(statement)) == #"Partition "b" is not valid for resource "arn:b:x:*:*:*"."#)
  }

  @Test func resourcesComeBeforeNotResources() {
    let document = #"""
      {"Statement":[
        {"Effect":"Allow","Action":"s3:*","NotResource":"first"},
        {"Effect":"Allow","Action":"s3:*","Resource":"second"}]}
      """#
    #expect(rejection(document) == #"Resource second must be in ARN format or "*"."#)
  }

  @Test func storedFormatProblemSuppressesLaterLegacyResourceChecks() {
    let document = #"""
      {"Statement":[
        {"Effect":"Allow","Action":"s3:*","Resource":"adf"},
        {"Effect":"Allow","Action":"s3:*","Resource":"arn:aws::fdsasf"}]}
      """#
    #expect(rejection(document) == #"Resource adf must be in ARN format or "*"."#)
  }

  @Test func legacyResourceFailureBeforeAnyFormatProblemWins() {
    let document = #"""
      {"Statement":[
        {"Effect":"Allow","Action":"s3:*","Resource":"arn:aws::fdsasf"},
        {"Effect":"Allow","Action":"s3:*","Resource":"adf"}]}
      """#
    #expect(rejection(document) == Messages.legacy)
  }
}
