import IAMService
import Testing

@Suite struct AccountAliasTests {
  @Test func oneAliasWhichANewOneReplaces() throws {
    let h = try ServiceHarness()
    #expect(try h.call { try $0.listAccountAliases(marker: nil, maxItems: nil).items } == [])
    try h.call { try $0.createAccountAlias("example-corp") }
    #expect(try h.call { try $0.listAccountAliases(marker: nil, maxItems: nil).items } == ["example-corp"])
    #expect(
      h.failure { try $0.createAccountAlias("example-corp") }
        == "409 EntityAlreadyExists The account alias example-corp already exists.")
    try h.call { try $0.createAccountAlias("example-2") }
    #expect(try h.call { try $0.listAccountAliases(marker: nil, maxItems: nil).items } == ["example-2"])
    #expect(
      h.failure { try $0.deleteAccountAlias("example-corp") }
        == "404 NoSuchEntity The account alias example-corp cannot be found.")
    try h.call { try $0.deleteAccountAlias("example-2") }
    #expect(try h.call { try $0.listAccountAliases(marker: nil, maxItems: nil).items } == [])
  }

  @Test(arguments: ["ab", "-abc", "abc-", "a--b", "Example", "under_score", String(repeating: "a", count: 64)])
  func aliasesOutsideIAMsPatternAreRefused(_ alias: String) throws {
    let h = try ServiceHarness()
    let failure = h.failure { try $0.createAccountAlias(alias) } ?? ""
    #expect(failure.hasPrefix("400 ValidationError 1 validation error detected: Value '\(alias)' at 'accountAlias'"))
  }

  @Test func twelveDigitsWouldReadAsAnAccountId() throws {
    let h = try ServiceHarness()
    #expect(h.failure { try $0.createAccountAlias("123456789012") }?.hasPrefix("400 InvalidInput ") == true)
    try h.call { try $0.createAccountAlias("1234567890123") }
  }

  @Test func aliasOperationsAreAuthorizedOnStar() throws {
    let h = try ServiceHarness()
    let reader = try h.user("reader", policies: ["p": statement("iam:ListAccountAliases")])
    _ = try h.call(as: reader) { try $0.listAccountAliases(marker: nil, maxItems: nil) }
    let arn = "arn:aws:iam::\(h.accountId):user/reader"
    #expect(
      h.failure(as: reader) { try $0.createAccountAlias("mine") }
        == "403 AccessDenied User: \(arn) is not authorized to perform: iam:CreateAccountAlias on resource: * because no identity-based policy allows the iam:CreateAccountAlias action"
    )
  }
}
