import IAMData
import IAMPolicy
import Testing

@Suite struct AWSManagedPoliciesTests {
  @Test func theSnapshotHasEveryPolicyOfMotosCopy() {
    #expect(AWSManagedPolicies.count == 1485)
    #expect(AWSManagedPolicies.snapshot.count == AWSManagedPolicies.count)
    #expect(AWSManagedPolicies.snapshot.source.hasPrefix("moto "))
    #expect(AWSManagedPolicies.snapshot.latestUpdate.count == 10)
  }

  @Test func aPolicyIsFoundByItsExactName() throws {
    let policy = try #require(AWSManagedPolicies.policy(named: "IAMReadOnlyAccess"))
    #expect(policy.arn == "arn:aws:iam::aws:policy/IAMReadOnlyAccess")
    #expect(policy.defaultVersionId == "v4")
    #expect(policy.createDate == "2015-02-06T18:40:39Z")
    #expect(policy.policyId.hasPrefix("ANPA") && policy.policyId.count == 21)
    #expect(policy.document.hasPrefix(#"{"Statement":[{"Action":["iam:GenerateCredentialReport""#))
    #expect(AWSManagedPolicies.policy(named: "iamreadonlyaccess") == nil)
    #expect(AWSManagedPolicies.policy(named: "NoSuchPolicy") == nil)
    #expect(try #require(AWSManagedPolicies.policy(named: "AmazonEC2RoleforSSM")).path == "/service-role/")
  }

  /// The records are in listing order, and the binary search finds each of them.
  @Test func everyPolicyIsFoundWhereTheListingPutsIt() {
    var previous: String?
    for index in 0..<AWSManagedPolicies.count {
      let name = AWSManagedPolicies.policy(at: index).policyName
      if let previous { #expect(folded(previous) < folded(name) || (folded(previous) == folded(name) && previous < name)) }
      #expect(AWSManagedPolicies.policy(named: name)?.policyName == name)
      #expect(AWSManagedPolicies.firstIndex(notBefore: name) == index)
      previous = name
    }
  }

  /// The documents the validator refuses although AWS publishes them. Its resource checks follow
  /// moto's catalogue of IAM's messages (spec §4.2), whose list of IAM resource types lacks the
  /// root user's ARN (`arn:aws:iam::*:root`), and which refuses a region in any S3 ARN but an
  /// access point's (S3 Access Grants ARNs have one).
  static let refusedByTheValidator: [String: String] = [
    "IAMAuditRootUserCredentials": PolicyMessages.iamResourcePath,
    "IAMCreateRootUserPassword": PolicyMessages.iamResourcePath,
    "IAMDeleteRootUserCredentials": PolicyMessages.iamResourcePath,
    "SageMakerStudioProjectRoleMachineLearningPolicy":
      "Resource arn:aws:s3:*:*:access-grants/default/* can not contain region information.",
  ]

  @Test func everyDocumentPassesThePolicyParserButTheListedOnes() {
    var refused: [String: String] = [:]
    for index in 0..<AWSManagedPolicies.count {
      let policy = AWSManagedPolicies.policy(at: index)
      do {
        _ = try PolicyParser.parse(policy.document, kind: .managed)
      } catch {
        refused[policy.policyName] = error.message
      }
    }
    #expect(refused == Self.refusedByTheValidator)
  }

  /// The indexed form holds the same statements as the document, action for action, and reduced
  /// to one action's service it decides that action as the whole document does.
  @Test func theIndexedFormIsTheDocument() throws {
    // Services most policies name, one few do, one none does, and letters in another case.
    let actions = [
      "iam:GetUser", "s3:GetObject", "route53:ChangeResourceRecordSets", "EC2:runinstances", "kms:Decrypt",
      "sts:AssumeRole", "nosuchservice:DoSomething",
    ]
    let context = RequestContext(["aws:username": ["bob"], "aws:PrincipalType": ["User"]])
    for index in 0..<AWSManagedPolicies.count {
      let policy = AWSManagedPolicies.policy(at: index)
      guard Self.refusedByTheValidator[policy.policyName] == nil else { continue }
      let whole = try PolicyParser.parse(policy.document, kind: .managed)
      let indexed = try IndexedPolicy.document(policy.indexedStatements, version: policy.languageVersion, service: nil)
      #expect(indexed.version == whole.version)
      #expect(indexed.statements.count == whole.statements.count, "\(policy.policyName)")
      // The places the form records are those the simulator would find in the document's text.
      #expect(indexed.statements.map(\.position) == StatementPosition.all(in: policy.document), "\(policy.policyName)")
      for (a, b) in zip(indexed.statements, whole.statements) {
        #expect(a.effect == b.effect && a.sid == b.sid)
        #expect(a.actions?.negated == b.actions?.negated)
        #expect(a.actions?.patterns.sorted() == b.actions?.patterns.sorted(), "\(policy.policyName)")
        #expect(a.resources?.patterns == b.resources?.patterns && a.resources?.negated == b.resources?.negated)
        #expect(a.conditions.map(\.key) == b.conditions.map(\.key))
      }
      for action in actions {
        let service = IndexedPolicy.service(of: action)
        let reduced = try IndexedPolicy.document(policy.indexedStatements, version: policy.languageVersion, service: service)
        // Reduced to the patterns that cover one of a few actions of the service, as a simulation reads it.
        let forActions = try IndexedPolicy.document(
          policy.indexedStatements, version: policy.languageVersion, service: service,
          actions: [action, "\(service):DescribeSomething"])
        // The index names the service whenever the reduced form has a statement for it.
        let index = try IndexedPolicy.index(of: policy.indexedStatements)
        #expect(
          reduced.statements.isEmpty || IndexedPolicy.index(index, concerns: Array(service.utf8)), "\(policy.policyName)")
        let request = AuthorizationRequest(action: action, resource: "*", context: context)
        let decision = PolicyEvaluator.evaluate(request, policies: [NamedPolicy(label: "p", document: whole)])
        #expect(
          PolicyEvaluator.evaluate(request, policies: [NamedPolicy(label: "p", document: reduced)]) == decision,
          "\(policy.policyName) \(action)")
        #expect(
          PolicyEvaluator.evaluate(request, policies: [NamedPolicy(label: "p", document: forActions)]) == decision,
          "\(policy.policyName) \(action)")
      }
    }
  }

  private enum PolicyMessages {
    static let iamResourcePath =
      "IAM resource path must either be \"*\" or start with user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/."
  }

  private func folded(_ name: String) -> String {
    String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
  }
}
