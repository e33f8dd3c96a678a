import Foundation
import IAMService
import Testing

@Suite struct ManagedPolicyTests {
  static let readOnly = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"

  @Test func aCustomerPolicyIsCreatedReadAndDeleted() throws {
    let h = try ServiceHarness()
    let created = try h.call {
      try $0.createPolicy(policyName: "Snap", path: "/ops/", policyDocument: statement("ec2:CreateSnapshot"), description: "d")
    }
    #expect(created.arn == "arn:aws:iam::\(h.accountId):policy/ops/Snap")
    #expect(created.policyId.hasPrefix("ANPA") && created.policyId.count == 21)
    #expect(created.defaultVersionId == "v1" && created.attachmentCount == 0 && created.description == "d")
    #expect(try h.call { try $0.getPolicy(policyArn: created.arn) } == created)
    #expect(
      h.failure { try $0.createPolicy(policyName: "snap", path: nil, policyDocument: statement("s3:*"), description: nil) }
        == "409 EntityAlreadyExists A policy called snap already exists. Duplicate names are not allowed.")
    try h.call { try $0.deletePolicy(policyArn: created.arn) }
    #expect(
      h.failure { try $0.getPolicy(policyArn: created.arn) }
        == "404 NoSuchEntity Policy arn:aws:iam::\(h.accountId):policy/ops/Snap was not found.")
  }

  @Test func aManagedDocumentMustBeCurrentAndSmall() throws {
    let h = try ServiceHarness()
    let old = #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#
    #expect(
      h.failure { try $0.createPolicy(policyName: "Old", path: nil, policyDocument: old, description: nil) }
        == "400 MalformedPolicyDocument Policy document must be version 2012-10-17 or greater.")
    let resources = (0..<300).map { "\"arn:aws:s3:::bucket-number-\($0)\"" }.joined(separator: ",")
    let big = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":[\#(resources)]}]}"#
    #expect(
      h.failure { try $0.createPolicy(policyName: "Big", path: nil, policyDocument: big, description: nil) }
        == "409 LimitExceeded Cannot exceed quota for PolicySize: 6144")
    try h.setCount("policies", to: 1500)
    #expect(
      h.failure { try $0.createPolicy(policyName: "One", path: nil, policyDocument: statement("s3:*"), description: nil) }
        == "409 LimitExceeded Cannot exceed quota for PoliciesPerAccount: 1500")
  }

  @Test func versionsFollowIAMsRules() throws {
    let h = try ServiceHarness()
    let arn = try h.call {
      try $0.createPolicy(policyName: "P", path: nil, policyDocument: statement("s3:*"), description: nil).arn
    }
    for _ in 2...5 {
      _ = try h.call { try $0.createPolicyVersion(policyArn: arn, policyDocument: statement("ec2:*"), setAsDefault: false) }
    }
    #expect(
      h.failure { try $0.createPolicyVersion(policyArn: arn, policyDocument: statement("ec2:*"), setAsDefault: false) }
        == "409 LimitExceeded A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.")
    #expect(
      h.failure { try $0.deletePolicyVersion(policyArn: arn, versionId: "v1") }
        == "409 DeleteConflict Cannot delete the default version of a policy.")
    #expect(
      h.failure { try $0.deletePolicy(policyArn: arn) }
        == "409 DeleteConflict This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.")
    try h.call { try $0.setDefaultPolicyVersion(policyArn: arn, versionId: "v3") }
    try h.call { try $0.deletePolicyVersion(policyArn: arn, versionId: "v5") }
    // Version ids are never reused.
    let next = try h.call { try $0.createPolicyVersion(policyArn: arn, policyDocument: statement("sqs:*"), setAsDefault: true) }
    #expect(next.versionId == "v6" && next.isDefaultVersion)
    let listed = try h.call { try $0.listPolicyVersions(policyArn: arn, marker: nil, maxItems: nil) }.items
    #expect(listed.map(\.versionId) == ["v1", "v2", "v3", "v4", "v6"])
    #expect(listed.filter(\.isDefaultVersion).map(\.versionId) == ["v6"])
    #expect(try h.call { try $0.getPolicyVersion(policyArn: arn, versionId: "v6") }.document == statement("sqs:*"))
    #expect(
      h.failure { try $0.getPolicyVersion(policyArn: arn, versionId: "v5") }
        == "404 NoSuchEntity Policy \(arn) version v5 does not exist or is not attachable.")
    #expect(h.failure { try $0.getPolicyVersion(policyArn: arn, versionId: "5") }?.hasPrefix("400 ValidationError") == true)
  }

  @Test func awsManagedPoliciesAreReadButNeverChanged() throws {
    let h = try ServiceHarness()
    let policy = try h.call { try $0.getPolicy(policyArn: Self.readOnly) }
    #expect(policy.isAWSManaged && policy.defaultVersionId == "v4" && policy.path == "/")
    let version = try h.call { try $0.getPolicyVersion(policyArn: Self.readOnly, versionId: "v4") }
    #expect(version.document?.contains("iam:List*") == true)
    #expect(
      h.failure { try $0.deletePolicy(policyArn: Self.readOnly) }
        == "403 AccessDenied User: arn:aws:iam::\(h.accountId):root is not authorized to perform: iam:DeletePolicy on resource: \(Self.readOnly) because no resource-based policy allows the iam:DeletePolicy action")
    #expect(
      h.failure { try $0.createPolicyVersion(policyArn: Self.readOnly, policyDocument: statement("s3:*"), setAsDefault: true) }?
        .hasPrefix("403 AccessDenied") == true)
    #expect(
      h.failure { try $0.getPolicy(policyArn: "arn:aws:iam::aws:policy/iamreadonlyaccess") }
        == "404 NoSuchEntity Policy arn:aws:iam::aws:policy/iamreadonlyaccess was not found.")
    #expect(
      h.failure { try $0.getPolicy(policyArn: "arn:aws:iam::aws:role/IAMReadOnlyAccess") }
        == "400 InvalidInput ARN arn:aws:iam::aws:role/IAMReadOnlyAccess is not valid.")
  }

  @Test func attachingCountsAndLimits() throws {
    let h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createUser(userName: "bob", path: nil)
      try iam.attachUserPolicy(userName: "bob", policyArn: Self.readOnly)
      // Again: no change.
      try iam.attachUserPolicy(userName: "bob", policyArn: Self.readOnly)
    }
    #expect(try h.call { try $0.getPolicy(policyArn: Self.readOnly) }.attachmentCount == 1)
    let summary = try h.call { try $0.getAccountSummary() }
    #expect(summary.first { $0.key == "PolicyVersionsInUse" }?.value == 1)
    #expect(
      h.failure { try $0.attachUserPolicy(userName: "bob", policyArn: "arn:aws:iam::aws:policy/NoSuchThing") }
        == "404 NoSuchEntity Policy arn:aws:iam::aws:policy/NoSuchThing does not exist or is not attachable.")
    let names = ["AmazonS3ReadOnlyAccess", "AmazonEC2ReadOnlyAccess", "AmazonSQSReadOnlyAccess", "AmazonSNSReadOnlyAccess",
      "AmazonRoute53ReadOnlyAccess", "AmazonRDSReadOnlyAccess", "AmazonDynamoDBReadOnlyAccess", "CloudWatchReadOnlyAccess",
      "AWSLambda_ReadOnlyAccess"]
    try h.call { iam in
      for name in names { try iam.attachUserPolicy(userName: "bob", policyArn: "arn:aws:iam::aws:policy/" + name) }
    }
    #expect(
      h.failure { try $0.attachUserPolicy(userName: "bob", policyArn: "arn:aws:iam::aws:policy/AmazonSESReadOnlyAccess") }
        == "409 LimitExceeded Cannot exceed quota for PoliciesPerUser: 10")
    #expect(
      h.failure { try $0.deleteUser(userName: "bob") } == "409 DeleteConflict Cannot delete entity, must detach all policies first.")
    #expect(
      h.failure { try $0.detachUserPolicy(userName: "bob", policyArn: "arn:aws:iam::aws:policy/AmazonSESReadOnlyAccess") }
        == "404 NoSuchEntity Policy arn:aws:iam::aws:policy/AmazonSESReadOnlyAccess was not found.")
    let listed = try h.call { try $0.listAttachedUserPolicies(userName: "bob", pathPrefix: nil, marker: nil, maxItems: 3) }
    #expect(listed.items.map(\.policyName) == ["AmazonDynamoDBReadOnlyAccess", "AmazonEC2ReadOnlyAccess", "AmazonRDSReadOnlyAccess"])
    #expect(listed.isTruncated)
  }

  /// Groups and roles have the same limit as users, each named after its kind.
  @Test func groupsAndRolesHoldTenEach() throws {
    let h = try ServiceHarness()
    let arns = try h.call { iam in
      _ = try iam.createGroup(groupName: "G", path: nil)
      _ = try iam.createRole(
        roleName: "R", path: nil,
        assumeRolePolicyDocument: #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#)
      return try (0...10).map {
        try iam.createPolicy(policyName: "P\($0)", path: nil, policyDocument: statement("s3:*"), description: nil).arn
      }
    }
    try h.call { iam in
      for arn in arns.prefix(10) {
        try iam.attachGroupPolicy(groupName: "G", policyArn: arn)
        try iam.attachRolePolicy(roleName: "R", policyArn: arn)
      }
    }
    #expect(
      h.failure { try $0.attachGroupPolicy(groupName: "G", policyArn: arns[10]) }
        == "409 LimitExceeded Cannot exceed quota for PoliciesPerGroup: 10")
    #expect(
      h.failure { try $0.attachRolePolicy(roleName: "R", policyArn: arns[10]) }
        == "409 LimitExceeded Cannot exceed quota for PoliciesPerRole: 10")
  }

  @Test func aPolicyAttachedToAnythingCannotBeDeleted() throws {
    let h = try ServiceHarness()
    let arn = try h.call { iam in
      let arn = try iam.createPolicy(policyName: "P", path: nil, policyDocument: statement("s3:*"), description: nil).arn
      _ = try iam.createGroup(groupName: "G", path: nil)
      try iam.attachGroupPolicy(groupName: "G", policyArn: arn)
      return arn
    }
    #expect(h.failure { try $0.deletePolicy(policyArn: arn) } == "409 DeleteConflict Cannot delete a policy attached to entities.")
    #expect(
      h.failure { try $0.deleteGroup(groupName: "G") } == "409 DeleteConflict Cannot delete entity, must detach all policies first.")
    try h.call { try $0.detachGroupPolicy(groupName: "G", policyArn: arn) }
    try h.call { try $0.deletePolicy(policyArn: arn) }
    #expect(try h.call { try $0.getAccountSummary() }.first { $0.key == "Policies" }?.value == 0)
  }

  @Test func theEntitiesOfAPolicyFollowRenames() throws {
    let h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createUser(userName: "bob", path: nil)
      _ = try iam.createGroup(groupName: "Admins", path: nil)
      _ = try iam.createRole(
        roleName: "R", path: nil,
        assumeRolePolicyDocument: #"{"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#)
      try iam.attachUserPolicy(userName: "bob", policyArn: Self.readOnly)
      try iam.attachGroupPolicy(groupName: "Admins", policyArn: Self.readOnly)
      try iam.attachRolePolicy(roleName: "R", policyArn: Self.readOnly)
      try iam.updateUser(userName: "bob", newPath: nil, newUserName: "Robert")
    }
    let entities = try h.call { try $0.listEntitiesForPolicy(policyArn: Self.readOnly, marker: nil, maxItems: nil) }
    #expect(entities.items.map(\.arn) == [
      "arn:aws:iam::\(h.accountId):user/Robert", "arn:aws:iam::\(h.accountId):group/Admins",
      "arn:aws:iam::\(h.accountId):role/R",
    ])
  }

  @Test func listingByScope() throws {
    let h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createPolicy(policyName: "ReadOnlyAccess", path: nil, policyDocument: statement("s3:Get*"), description: nil)
      _ = try iam.createUser(userName: "bob", path: nil)
      try iam.attachUserPolicy(userName: "bob", policyArn: Self.readOnly)
    }
    let local = try h.call { try $0.listPolicies(scope: .local, onlyAttached: false, pathPrefix: nil, marker: nil, maxItems: nil) }
    #expect(local.items.map(\.arn) == ["arn:aws:iam::\(h.accountId):policy/ReadOnlyAccess"])
    let aws = try h.call { try $0.listPolicies(scope: .aws, onlyAttached: false, pathPrefix: nil, marker: nil, maxItems: 1000) }
    #expect(aws.items.count == 1000 && aws.isTruncated && aws.items.allSatisfy(\.isAWSManaged))
    let attached = try h.call { try $0.listPolicies(scope: .all, onlyAttached: true, pathPrefix: nil, marker: nil, maxItems: nil) }
    #expect(attached.items.map(\.arn) == [Self.readOnly])
    let second = try h.call {
      try $0.listPolicies(scope: nil, onlyAttached: false, pathPrefix: "/", marker: aws.marker, maxItems: 1000)
    }
    #expect(!second.isTruncated && second.items.count == 1485 + 1 - 1000)
    let readOnly = second.items.filter { $0.policyName == "ReadOnlyAccess" }.map(\.isAWSManaged)
    #expect(readOnly == [true, false])
  }

  @Test func attachedPoliciesAuthorizeTheirHoldersAndTheirGroupsMembers() throws {
    let h = try ServiceHarness()
    let caller = try h.user("reader")
    #expect(h.failure(as: caller) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }?.hasPrefix("403") == true)
    try h.call { try $0.attachUserPolicy(userName: "reader", policyArn: Self.readOnly) }
    let trace = Trace()
    _ = try h.call(as: caller, trace: trace) { try $0.listUsers(pathPrefix: nil, marker: nil, maxItems: nil) }
    #expect(trace.debugLines.contains { $0.hasSuffix("allowed by user reader attached policy \(Self.readOnly), statement 1") })
    #expect(h.failure(as: caller) { try $0.createUser(userName: "x", path: nil) }?.hasPrefix("403 AccessDenied") == true)
    // Through a group, and revoked when the group's policy is detached.
    try h.call { iam in
      try iam.detachUserPolicy(userName: "reader", policyArn: Self.readOnly)
      _ = try iam.createGroup(groupName: "Creators", path: nil)
      let arn = try iam.createPolicy(policyName: "Create", path: nil, policyDocument: statement("iam:CreateUser"), description: nil).arn
      try iam.attachGroupPolicy(groupName: "Creators", policyArn: arn)
      try iam.addUserToGroup(groupName: "Creators", userName: "reader")
    }
    _ = try h.call(as: caller) { try $0.createUser(userName: "x", path: nil) }
    try h.call { try $0.detachGroupPolicy(groupName: "Creators", policyArn: "arn:aws:iam::\(h.accountId):policy/Create") }
    #expect(h.failure(as: caller) { try $0.createUser(userName: "y", path: nil) }?.hasPrefix("403 AccessDenied") == true)
  }

  /// iam:PolicyARN lets a policy say which policies its holder may attach.
  @Test func thePolicyArnConditionLimitsWhatMayBeAttached() throws {
    let h = try ServiceHarness()
    let limited = #"""
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:AttachUserPolicy","Resource":"*",
      "Condition":{"ArnEquals":{"iam:PolicyARN":"arn:aws:iam::aws:policy/IAMReadOnlyAccess"}}}]}
      """#
    let caller = try h.user("delegate", policies: ["attach": limited])
    try h.call { _ = try $0.createUser(userName: "bob", path: nil) }
    try h.call(as: caller) { try $0.attachUserPolicy(userName: "bob", policyArn: Self.readOnly) }
    #expect(
      h.failure(as: caller) { try $0.attachUserPolicy(userName: "bob", policyArn: "arn:aws:iam::aws:policy/AdministratorAccess") }
        == "403 AccessDenied User: arn:aws:iam::\(h.accountId):user/delegate is not authorized to perform: iam:AttachUserPolicy on resource: arn:aws:iam::\(h.accountId):user/bob because no identity-based policy allows the iam:AttachUserPolicy action")
  }
}
