import IAMPolicy
import Testing

/// A document set aside to one service decides every action of that service as the whole does.
@Suite struct ServiceFilingTests {
  static let document = """
    {"Version": "2012-10-17", "Statement": [
      {"Effect": "Allow", "Action": ["S3:Get*", "iam:List*"], "Resource": "*"},
      {"Effect": "Deny", "Action": "ec2:*", "Resource": "*"},
      {"Effect": "Deny", "NotAction": "s3:*", "Resource": "arn:aws:s3:::secret/*"},
      {"Effect": "Allow", "Action": "*", "Resource": "arn:aws:sqs:*:*:queue"},
      {"Effect": "Allow", "Action": ["*:GetObject", "s3x:Get*"], "Resource": "*"}
    ]}
    """

  @Test func theStatementsAboutOtherServicesAreSetAsideAndTheOthersKeepTheirNumbers() throws {
    let whole = try PolicyParser.parse(Self.document, kind: .identity)
    #expect(ServiceFiling(whole).document(forService: "s3").statements.map(\.number) == [1, 3, 4])
    #expect(ServiceFiling(whole).document(forService: "ec2").statements.map(\.number) == [2, 3, 4])
    #expect(ServiceFiling(whole).document(forService: "lambda").statements.map(\.number) == [3, 4])
    // Reduced twice, a statement keeps the number it had in the whole document.
    #expect(ServiceFiling(ServiceFiling(whole).document(forService: "s3")).document(forService: "s3").statements.map(\.number) == [1, 3, 4])
  }

  @Test func eachActionIsDecidedAsTheWholeDocumentDecidesIt() throws {
    let whole = try PolicyParser.parse(Self.document, kind: .identity)
    let actions = [
      "s3:GetObject", "S3:getobject", "s3:PutObject", "iam:ListUsers", "IAM:listusers", "ec2:RunInstances",
      "sqs:SendMessage", "s3x:GetThing", "lambda:InvokeFunction", "*:GetObject",
    ]
    let resources = ["*", "arn:aws:s3:::secret/key", "arn:aws:sqs:us-east-1:123456789012:queue", "arn:aws:s3:::open/key"]
    for action in actions {
      let reduced = ServiceFiling(whole).document(forService: IndexedPolicy.service(of: action))
      for resource in resources {
        let request = AuthorizationRequest(action: action, resource: resource, context: RequestContext([:]))
        #expect(
          PolicyEvaluator.evaluate(request, policies: [NamedPolicy(label: "p", document: reduced)])
            == PolicyEvaluator.evaluate(request, policies: [NamedPolicy(label: "p", document: whole)]),
          "\(action) on \(resource)")
      }
    }
  }

  @Test func theServiceIsThePartBeforeTheColonWithASCIILettersLowerCased() {
    #expect(IndexedPolicy.service(of: "S3:GetObject") == "s3")
    #expect(IndexedPolicy.service(of: "DynamoDB:GetItem") == "dynamodb")
    #expect(IndexedPolicy.service(of: "ÉC2:Run") == "Éc2")
    #expect(IndexedPolicy.service(of: "nocolon") == "nocolon")
  }
}
