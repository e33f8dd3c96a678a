import IAMPolicy
import Testing

@Suite struct GeneratorAndSizeTests {
  @Test func permissionPolicyMatchesTheLegacyToolByteForByte() {
    #expect(
      PolicyGenerator.permissionPolicy(effect: .allow, actions: ["s3:*"], resources: ["*"])
        == #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":["s3:*"],"Resource":["*"]}]}"#)
    #expect(
      PolicyGenerator.permissionPolicy(
        effect: .deny, actions: ["cloudwatch:GetMetricStatistics", "ec2:Describe*"],
        resources: ["arn:aws:s3:::a", "arn:aws:s3:::b"])
        == #"{"Version":"2008-10-17","Statement":[{"Effect":"Deny","Action":["cloudwatch:GetMetricStatistics","ec2:Describe*"],"Resource":["arn:aws:s3:::a","arn:aws:s3:::b"]}]}"#
    )
  }

  @Test func generatedValuesAreEscaped() throws {
    let text = PolicyGenerator.permissionPolicy(
      effect: .allow, actions: [#"s3:ab"c"#], resources: [#"arn:aws:s3:::x\y"#])
    #expect(
      text
        == #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":["s3:ab\"c"],"Resource":["arn:aws:s3:::x\\y"]}]}"#
    )
    // The escaped text is a document the parser reads back with the original values.
    let statement = try PolicyParser.parse(text, kind: .identity).statements[0]
    #expect(statement.actions?.patterns == [#"s3:ab"c"#])
    #expect(statement.resources?.patterns == [#"arn:aws:s3:::x\y"#])
  }

  @Test func serviceTrustPolicyMatchesTheLegacyTool() throws {
    let text = PolicyGenerator.serviceTrustPolicy(service: "ec2.amazonaws.com")
    #expect(
      text
        == #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com"]},"Action":["sts:AssumeRole"]}]}"#
    )
    let document = try PolicyParser.parse(text, kind: .trust)
    #expect(document.statements[0].principal?.entries.first?.values == ["ec2.amazonaws.com"])
  }

  @Test func generatedPermissionPolicyValidates() throws {
    let text = PolicyGenerator.permissionPolicy(effect: .allow, actions: ["iam:*"], resources: ["*"])
    let document = try PolicyParser.parse(text, kind: .identity)
    #expect(document.version == "2008-10-17")
  }

  static let sizes: [(String, Int)] = [
    ("", 0),
    ("abc", 3),
    (" a\tb\r\nc\n", 3),
    ("\r\n\r\n", 0),
    (#"{ "Effect" : "Allow" }"#, 18),
    ("é€😀", 3),
  ]

  @Test(arguments: sizes)
  func chargedLengthIgnoresWhitespace(_ text: String, _ expected: Int) {
    #expect(PolicySize.chargedLength(text) == expected)
  }
}
