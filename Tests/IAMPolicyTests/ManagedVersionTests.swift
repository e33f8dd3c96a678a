import IAMPolicy
import Testing

/// Stage 2, for managed policies only: the document must be written in version 2012-10-17.
@Suite struct ManagedVersionTests {
  static let message = "Policy document must be version 2012-10-17 or greater."

  @Test func aManagedPolicyNeedsTheCurrentVersion() {
    #expect(rejection(identityDocument(allowAll(), version: nil), kind: .managed) == Self.message)
    #expect(rejection(identityDocument(allowAll(), version: "2008-10-17"), kind: .managed) == Self.message)
    #expect(rejection(identityDocument(allowAll()), kind: .managed) == nil)
  }

  @Test func inlinePoliciesKeepAcceptingTheOldVersion() {
    #expect(rejection(identityDocument(allowAll(), version: nil)) == nil)
    #expect(rejection(identityDocument(allowAll(), version: "2008-10-17")) == nil)
  }

  /// Syntax comes first, then the version, then everything else.
  @Test func theVersionIsCheckedAfterSyntaxAndBeforeTheRest() {
    #expect(rejection(identityDocument(allowAll(#""Foo":"x""#), version: nil), kind: .managed) == Messages.syntax)
    #expect(rejection(identityDocument(#""Effect":"allow","Action":"iam:*","Resource":"*""#, version: nil), kind: .managed) == Self.message)
  }

  @Test func aManagedPolicyMayNotNameAPrincipal() {
    #expect(
      rejection(identityDocument(allowAll(#""Principal":"*""#)), kind: .managed)
        == "Policy document should not specify a principal.")
  }
}
