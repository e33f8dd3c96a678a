import Foundation
import IAMService
import IAMStore
import IAMTestSupport
import Testing

/// UploadSigningCertificate and its siblings, with certificates made by openssl.
@Suite(.enabled(if: OpenSSL.isAvailable, "openssl is not installed; the certificates are made with it"))
struct SigningCertificateTests {
  let fixtures: CertificateFixtures
  let h: ServiceHarness

  init() throws {
    fixtures = try CertificateFixtures()
    h = try ServiceHarness()
    try h.call { _ = try $0.createUser(userName: "david", path: nil) }
  }

  private func certificate(_ name: String, key: String? = nil, days: Int = 30) throws -> String {
    let keyFile = try key ?? fixtures.rsaKey(name + ".key")
    try fixtures.selfSigned(name + ".pem", key: keyFile, subject: "/CN=" + name, days: days)
    return try fixtures.text(name + ".pem")
  }

  @Test func anUploadedCertificateIsListedActiveWithItsBody() throws {
    let body = try certificate("one")
    let uploaded = try h.call { try $0.uploadSigningCertificate(userName: "david", certificateBody: body) }
    #expect(uploaded.status == "Active")
    #expect(uploaded.certificateId.count == 32)
    #expect(uploaded.certificateId.allSatisfy { $0.isUppercase || $0.isNumber })
    let page = try h.call { try $0.listSigningCertificates(userName: "david", marker: nil, maxItems: nil) }
    #expect(page.items == [uploaded])
    #expect(page.items.first?.certificateBody == body)
  }

  @Test func theSameCertificateCannotBeOnTwoUsers() throws {
    let body = try certificate("shared")
    try h.call { _ = try $0.createUser(userName: "erin", path: nil) }
    try h.call { _ = try $0.uploadSigningCertificate(userName: "david", certificateBody: body) }
    let duplicate = "409 DuplicateCertificate The certificate is already associated with a user in this account."
    #expect(h.failure { try $0.uploadSigningCertificate(userName: "david", certificateBody: body) } == duplicate)
    #expect(h.failure { try $0.uploadSigningCertificate(userName: "erin", certificateBody: body) } == duplicate)
    // Once deleted, it may be uploaded again.
    let id = try h.call { try $0.listSigningCertificates(userName: "david", marker: nil, maxItems: nil) }.items[0].certificateId
    try h.call { try $0.deleteSigningCertificate(userName: "david", certificateId: id) }
    try h.call { _ = try $0.uploadSigningCertificate(userName: "erin", certificateBody: body) }
  }

  @Test func aThirdCertificateExceedsTheQuota() throws {
    for name in ["a", "b"] {
      let body = try certificate(name)
      try h.call { _ = try $0.uploadSigningCertificate(userName: "david", certificateBody: body) }
    }
    let third = try certificate("c")
    #expect(
      h.failure { try $0.uploadSigningCertificate(userName: "david", certificateBody: third) }
        == "409 LimitExceeded Cannot exceed quota for CertificatesPerUser: 2")
  }

  @Test(arguments: [
    "not a certificate", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n",
  ])
  func whatIsNotOneCertificateIsMalformed(_ body: String) throws {
    #expect(
      h.failure { try $0.uploadSigningCertificate(userName: "david", certificateBody: body) }
        == "400 MalformedCertificate Unable to parse certificate. Please ensure the certificate is in PEM format.")
  }

  @Test func twoCertificatesInOneBodyAreMalformed() throws {
    let body = try certificate("x") + certificate("y")
    #expect(h.failure { try $0.uploadSigningCertificate(userName: "david", certificateBody: body) }?.hasPrefix("400 MalformedCertificate") == true)
  }

  /// The harness's clock is 2026-11-18; a certificate that ended before is refused.
  @Test func anExpiredCertificateIsMalformed() throws {
    let body = try certificate("old", days: 1)
    let later = try ServiceHarness(clock: Timestamp(seconds: Int(Date().timeIntervalSince1970) + 3 * 86_400))
    try later.call { _ = try $0.createUser(userName: "david", path: nil) }
    let refusal = later.failure { try $0.uploadSigningCertificate(userName: "david", certificateBody: body) }
    #expect(refusal?.hasPrefix("400 MalformedCertificate The certificate expired on ") == true, "\(refusal ?? "")")
  }

  @Test func statusChangesAndUnknownIdsAreNamed() throws {
    let body = try certificate("s")
    let id = try h.call { try $0.uploadSigningCertificate(userName: "david", certificateBody: body) }.certificateId
    try h.call { try $0.updateSigningCertificate(userName: "david", certificateId: id, status: "Inactive") }
    #expect(try h.call { try $0.listSigningCertificates(userName: "david", marker: nil, maxItems: nil) }.items[0].status == "Inactive")
    let unknown = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    #expect(
      h.failure { try $0.updateSigningCertificate(userName: "david", certificateId: unknown, status: "Active") }
        == "404 NoSuchEntity The Certificate with id \(unknown) cannot be found.")
    // Another user's certificate is as unknown as any other.
    try h.call { _ = try $0.createUser(userName: "erin", path: nil) }
    #expect(
      h.failure { try $0.deleteSigningCertificate(userName: "erin", certificateId: id) }
        == "404 NoSuchEntity The Certificate with id \(id) cannot be found.")
  }

  @Test func aUserWithACertificateCannotBeDeleted() throws {
    let body = try certificate("d")
    try h.call { _ = try $0.uploadSigningCertificate(userName: "david", certificateBody: body) }
    #expect(
      h.failure { try $0.deleteUser(userName: "david") }
        == "409 DeleteConflict Cannot delete entity, must delete certificates first.")
  }

  /// Without a user name the caller's own certificates are meant: the root user's too.
  @Test func theCallersOwnCertificatesWithoutAUserName() throws {
    let body = try certificate("mine")
    let uploaded = try h.call { try $0.uploadSigningCertificate(userName: nil, certificateBody: body) }
    #expect(uploaded.userName == nil)
    #expect(try h.call { try $0.listSigningCertificates(userName: nil, marker: nil, maxItems: nil) }.items.map(\.certificateId) == [uploaded.certificateId])
    #expect(try h.call { try $0.listSigningCertificates(userName: "david", marker: nil, maxItems: nil) }.items.isEmpty)
  }

  @Test func aCallerWithoutThePermissionChangesNothing() throws {
    let caller = try h.user("viewer", policies: ["list": statement("iam:ListSigningCertificates")])
    let body = try certificate("p")
    let refusal = h.failure(as: caller) { try $0.uploadSigningCertificate(userName: "david", certificateBody: body) }
    #expect(
      refusal
        == "403 AccessDenied User: arn:aws:iam::\(h.accountId):user/viewer is not authorized to perform: "
        + "iam:UploadSigningCertificate on resource: arn:aws:iam::\(h.accountId):user/david because no "
        + "identity-based policy allows the iam:UploadSigningCertificate action")
    #expect(try h.call(as: caller) { try $0.listSigningCertificates(userName: "david", marker: nil, maxItems: nil) }.items.isEmpty)
  }
}
