import IAMPolicy
import Testing

/// The indexed form of a policy, as the catalogue of AWS managed policies stores it, read for one
/// service at a time.
@Suite struct IndexedPolicyTests {
  /// Three statements: an Allow of S3 and IAM reads, a Deny of every service's Delete*, and an
  /// Allow of everything but KMS.
  static let form = """
    I * iam s3
    S AA 48 14 80 {"Effect":"Allow","Resource":"*"}
    iam iam:Get* iam:List*
    s3 s3:GetObject s3:List*
    S DA 12 82 130 {"Effect":"Deny","Resource":"*"}
    * *:Delete*
    S AN 10 132 180 {"Effect":"Allow","Resource":"*"}
    kms kms:*
    """

  private func reduced(_ service: String?, _ form: String = form) throws -> PolicyDocument {
    var bytes = Array(form.utf8)
    return try bytes.withUnsafeMutableBufferPointer { buffer in
      try IndexedPolicy.document(UnsafeBufferPointer(buffer), version: "2012-10-17", service: service)
    }
  }

  private func summary(_ document: PolicyDocument) -> [String] {
    document.statements.map { statement in
      let list = statement.actions.map { ($0.negated ? "not " : "") + $0.patterns.joined(separator: ",") } ?? "-"
      return "\(statement.number ?? 0) \(statement.effect) \(list) at \(statement.position?.description ?? "?")"
    }
  }

  @Test func aServiceReadsItsOwnLineAndTheLinesOfEveryService() throws {
    #expect(
      try summary(reduced("s3")) == [
        "1 allow s3:GetObject,s3:List* at 1:14-1:80", "2 deny *:Delete* at 1:82-1:130", "3 allow not  at 1:132-1:180",
      ])
    // A NotAction statement whose list names the service stays with the patterns that can match.
    #expect(try summary(reduced("kms")) == ["2 deny *:Delete* at 1:82-1:130", "3 allow not kms:* at 1:132-1:180"])
  }

  /// Given the actions of the service that matter, only the patterns that cover one of them are
  /// kept; a statement left with none is dropped, unless it is a NotAction one.
  @Test func givenActionsOnlyThePatternsThatCoverOneAreKept() throws {
    var bytes = Array(Self.form.utf8)
    let document = try bytes.withUnsafeMutableBufferPointer { buffer in
      try IndexedPolicy.document(
        UnsafeBufferPointer(buffer), version: nil, service: "s3", actions: ["s3:ListBucket", "S3:listAllMyBuckets"])
    }
    #expect(summary(document) == ["1 allow s3:List* at 1:14-1:80", "3 allow not  at 1:132-1:180"])
    let kms = try bytes.withUnsafeMutableBufferPointer { buffer in
      try IndexedPolicy.document(UnsafeBufferPointer(buffer), version: nil, service: "kms", actions: ["kms:DeleteKey"])
    }
    // `*:Delete*` names a service called `*`, and covers no action.
    #expect(summary(kms) == ["3 allow not kms:* at 1:132-1:180"])
  }

  private func concerns(_ form: String, _ service: String) throws -> Bool {
    var bytes = Array(form.utf8)
    return try bytes.withUnsafeMutableBufferPointer { buffer in
      IndexedPolicy.index(try IndexedPolicy.index(of: UnsafeBufferPointer(buffer)), concerns: Array(service.utf8))
    }
  }

  @Test func theIndexIsFoundOnceForManyServices() throws {
    #expect(try concerns(Self.form, "ec2"))
    #expect(try concerns("I iam s3", "s3"))
    #expect(try concerns("I iam s3\nS AA 0 1 2 {}", "iam"))
    #expect(try !concerns("I iam s3", "ec2"))
    #expect(try !concerns("I iam s3", "s3control"))
    #expect(try !concerns("I", "s3"))
    #expect(try !concerns("I\n", "s3"))
    #expect(throws: MalformedPolicy.self) { try concerns("S AA 1 1 1 {}", "s3") }
  }

  @Test func withoutAServiceTheWholeDocument() throws {
    #expect(
      try summary(reduced(nil)) == [
        "1 allow iam:Get*,iam:List*,s3:GetObject,s3:List* at 1:14-1:80", "2 deny *:Delete* at 1:82-1:130",
        "3 allow not kms:* at 1:132-1:180",
      ])
  }

  @Test func aServiceTheIndexDoesNotNameEndsAtTheIndex() throws {
    // The statements after the index are damaged: only the index is read.
    let form = "I iam\nS AA 99 1 2 not json"
    #expect(try reduced("ec2", form).statements.isEmpty)
    #expect(throws: MalformedPolicy.self) { try reduced("iam", form) }
  }

  @Test func aServiceIsAWholeWordOfTheIndex() throws {
    let form = "I s3control\nS AA 25 1 2 {\"Effect\":\"Allow\",\"Resource\":\"*\"}\ns3control s3control:Get*"
    #expect(try reduced("s3", form).statements.isEmpty)
    #expect(try summary(reduced("s3control", form)) == ["1 allow s3control:Get* at 1:1-1:2"])
  }

  @Test func anActionWithASpaceInItsServiceReadsOnlyTheLinesOfEveryService() throws {
    #expect(try summary(reduced("iam s3")) == ["2 deny *:Delete* at 1:82-1:130", "3 allow not  at 1:132-1:180"])
    #expect(IndexedPolicy.service(of: "S3:GetObject") == "s3")
    #expect(IndexedPolicy.service(of: "nocolon") == "nocolon")
    // The colon is found by its byte, even where a combining mark joins it to a character.
    #expect(IndexedPolicy.service(of: "a\u{0600}:b:c") == "a\u{0600}")
  }

  /// Services are found by a binary search over sorted lines of every length, as ReadOnlyAccess
  /// files hundreds of them in one statement: every one is found, and none that is not there.
  @Test func everyServiceOfALongIndexIsFound() throws {
    let services = (0..<300).map { "svc\(String($0 * 7, radix: 36))" }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    let lines = services.enumerated().map { offset, service in
      ([service] + (0...(offset % 13) * 9).map { "\(service):Action\($0)" }).joined(separator: " ")
    }
    let block = lines.joined(separator: "\n") + "\n"
    let form = "I \(services.joined(separator: " "))\nS AA \(block.utf8.count) 1 2 {\"Effect\":\"Allow\",\"Resource\":\"*\"}\n" + block
    for (offset, service) in services.enumerated() {
      let document = try reduced(service, form)
      #expect(document.statements.first?.actions?.patterns.count == (offset % 13) * 9 + 1, "\(service)")
      #expect(document.statements.first?.actions?.patterns.first == "\(service):Action0")
      #expect(try reduced(service + "x", form).statements.isEmpty)
      #expect(try reduced(String(service.dropLast()), form).statements.isEmpty || services.contains(String(service.dropLast())))
    }
    #expect(try reduced("a", form).statements.isEmpty)
    #expect(try reduced("zzz", form).statements.isEmpty)
  }

  @Test func anEmptyIndexNamesNoService() throws {
    let form = "I\nS AA 8 1 2 {\"Effect\":\"Allow\",\"Resource\":\"*\"}\na a:b c\n"
    #expect(try !concerns(form, "a"))
    #expect(try reduced("a", form).statements.isEmpty)
  }

  /// A last statement with no service lines, the form's final line feed trimmed right after its
  /// header: a NotAction statement that always passes its action test.
  @Test func aLastHeaderWithNothingAfterIt() throws {
    let form = "I *\nS AN 0 1 2 {\"Effect\":\"Allow\",\"Resource\":\"*\"}"
    #expect(try summary(reduced("iam", form)) == ["1 allow not  at 1:1-1:2"])
    #expect(try summary(reduced(nil, form)) == ["1 allow not  at 1:1-1:2"])
  }

  @Test func aDamagedFormIsRefused() throws {
    #expect(throws: MalformedPolicy.self) { try reduced("iam", "S AA 1 1 1 {}") }
    // A block size past the end of the form.
    #expect(throws: MalformedPolicy.self) { try reduced("iam", "I iam\nS AA 500 1 2 {}\niam iam:*") }
    #expect(throws: MalformedPolicy.self) { try reduced("iam", "I iam\nS AA x 1 2 {}\niam iam:*") }
  }
}
