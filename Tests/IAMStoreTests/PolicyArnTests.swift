import IAMStore
import Testing

/// Entity records name their attached policies by ARN, and the store turns an ARN's name into a
/// file name: only ARNs whose every part IAM allows are taken apart.
@Suite struct PolicyArnTests {
  @Test func awsAndAccountPoliciesAreTakenApart() throws {
    let aws = try #require(PolicyArn(parsing: "arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM"))
    #expect(aws.owner == "aws" && aws.path == "/service-role/" && aws.name == "AmazonEC2RoleforSSM" && aws.isAWSManaged)
    let own = try #require(PolicyArn(parsing: "arn:aws:iam::123456789012:policy/EC2Snapshots"))
    #expect(own.owner == "123456789012" && own.path == "/" && own.name == "EC2Snapshots" && !own.isAWSManaged)
    #expect(own.text == "arn:aws:iam::123456789012:policy/EC2Snapshots")
  }

  @Test(arguments: [
    "arn:aws:iam::aws:policy/", "arn:aws:iam::aws:policy//Name", "arn:aws:iam::aws:policyName",
    "arn:aws:iam::12345678901:policy/Name", "arn:aws:iam::amazon:policy/Name", "arn:aws:iam::aws:role/Name",
    "arn:aws:iam::aws:policy/a b", "arn:aws:s3::aws:policy/Name",
    "arn:aws:iam::aws:policy/Name/", "arn:aws:iam:aws:policy/Name",
  ])
  func anythingElseIsNotAPolicyArn(_ text: String) {
    #expect(PolicyArn(parsing: text) == nil)
  }
}
