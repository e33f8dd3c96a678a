import IAMService
import Testing

@Suite struct PasswordPolicyTests {
  @Test func anUpdateReplacesTheWholePolicy() throws {
    let h = try ServiceHarness()
    #expect(
      h.failure { try $0.getAccountPasswordPolicy() }
        == "404 NoSuchEntity The Password Policy with domain name \(h.accountId) cannot be found.")
    try h.call {
      try $0.updateAccountPasswordPolicy(
        PasswordPolicyUpdate(minimumPasswordLength: 12, requireSymbols: true, maxPasswordAge: 90, passwordReusePrevention: 3))
    }
    let first = try h.call { try $0.getAccountPasswordPolicy() }
    #expect(first.minimumPasswordLength == 12 && first.requireSymbols && !first.requireNumbers)
    #expect(first.maxPasswordAge == 90 && first.expirePasswords && first.passwordReusePrevention == 3)
    try h.call { try $0.updateAccountPasswordPolicy(PasswordPolicyUpdate(requireNumbers: true)) }
    let second = try h.call { try $0.getAccountPasswordPolicy() }
    #expect(second.minimumPasswordLength == 6 && !second.requireSymbols && second.requireNumbers)
    #expect(second.maxPasswordAge == nil && !second.expirePasswords && second.passwordReusePrevention == nil)
    try h.call { try $0.deleteAccountPasswordPolicy() }
    #expect(
      h.failure { try $0.deleteAccountPasswordPolicy() }
        == "404 NoSuchEntity The account policy with name PasswordPolicy cannot be found.")
  }

  @Test func valuesOutsideIAMsRangesAreRefusedTogether() throws {
    let h = try ServiceHarness()
    #expect(
      h.failure {
        try $0.updateAccountPasswordPolicy(
          PasswordPolicyUpdate(minimumPasswordLength: 5, maxPasswordAge: 1096, passwordReusePrevention: 0))
      }
        == "400 ValidationError 3 validation errors detected: "
        + "Value '5' at 'minimumPasswordLength' failed to satisfy constraint: Member must have value greater than or equal to 6; "
        + "Value '1096' at 'maxPasswordAge' failed to satisfy constraint: Member must have value less than or equal to 1095; "
        + "Value '0' at 'passwordReusePrevention' failed to satisfy constraint: Member must have value greater than or equal to 1"
    )
    #expect(
      h.failure { try $0.updateAccountPasswordPolicy(PasswordPolicyUpdate(minimumPasswordLength: 129)) }
        == "400 ValidationError 1 validation error detected: Value '129' at 'minimumPasswordLength' failed to satisfy constraint: Member must have value less than or equal to 128"
    )
  }
}
