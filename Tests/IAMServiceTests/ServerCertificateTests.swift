import Foundation
import IAMService
import IAMTestSupport
import Testing

/// UploadServerCertificate and its siblings, with keys and certificates made by openssl.
@Suite(.enabled(if: OpenSSL.isAvailable, "openssl is not installed; the certificates are made with it"))
struct ServerCertificateTests {
  let fixtures: CertificateFixtures
  let h: ServiceHarness

  init() throws {
    fixtures = try CertificateFixtures()
    h = try ServiceHarness()
  }

  /// A CA, an intermediate signed by it, and a leaf for www.example.com signed by the intermediate.
  private func chainOfThree() throws -> (leaf: String, key: String, chain: String) {
    let caKey = try fixtures.rsaKey("ca.key")
    let ca = try fixtures.selfSigned("ca.pem", key: caKey, subject: "/CN=Example Root")
    let midKey = try fixtures.rsaKey("mid.key")
    let mid = try fixtures.signed("mid.pem", key: midKey, subject: "/CN=Example Intermediate", issuerCertificate: ca, issuerKey: caKey)
    let leafKey = try fixtures.rsaKey("leaf.key")
    try fixtures.signed("leaf.pem", key: leafKey, subject: "/CN=www.example.com", issuerCertificate: mid, issuerKey: midKey)
    return (try fixtures.text("leaf.pem"), try fixtures.text("leaf.key"), try fixtures.text("mid.pem") + fixtures.text("ca.pem"))
  }

  private func upload(_ name: String, body: String, key: String, chain: String? = nil, path: String? = nil) throws
    -> ServerCertificateMetadata
  {
    try h.call {
      try $0.uploadServerCertificate(
        serverCertificateName: name, path: path, certificateBody: body, privateKey: key, certificateChain: chain)
    }
  }

  @Test func aCertificateWithItsKeyAndChainIsUploadedAndDescribed() throws {
    let (leaf, key, chain) = try chainOfThree()
    let metadata = try upload("www-2026", body: leaf, key: key, chain: chain, path: "/cloudfront/")
    #expect(metadata.arn == "arn:aws:iam::\(h.accountId):server-certificate/cloudfront/www-2026")
    #expect(metadata.serverCertificateId.hasPrefix("ASCA") && metadata.serverCertificateId.count == 21)
    let got = try h.call { try $0.getServerCertificate(serverCertificateName: "www-2026") }
    #expect(got.metadata == metadata)
    #expect(got.certificateBody == leaf)
    #expect(got.certificateChain == chain)
  }

  @Test(arguments: ["rsa", "ec"])
  func aKeyFromAnotherPairIsAMismatch(_ kind: String) throws {
    let key = kind == "rsa" ? try fixtures.rsaKey("a.key") : try fixtures.ecKey("a.key")
    try fixtures.selfSigned("a.pem", key: key)
    let other = kind == "rsa" ? try fixtures.rsaKey("b.key") : try fixtures.ecKey("b.key")
    #expect(
      h.failure {
        try $0.uploadServerCertificate(
          serverCertificateName: "x", path: nil, certificateBody: try fixtures.text("a.pem"),
          privateKey: try String(contentsOfFile: other, encoding: .utf8), certificateChain: nil)
      } == "400 KeyPairMismatch The private key does not match the certificate's public key.")
    #expect(try h.call { try $0.listServerCertificates(pathPrefix: nil, marker: nil, maxItems: nil) }.items.isEmpty)
  }

  @Test func aChainOutOfOrderIsMalformed() throws {
    let (leaf, key, _) = try chainOfThree()
    let reversed = try fixtures.text("ca.pem") + fixtures.text("mid.pem")
    #expect(
      h.failure {
        try $0.uploadServerCertificate(
          serverCertificateName: "x", path: nil, certificateBody: leaf, privateKey: key, certificateChain: reversed)
      }?.hasPrefix("400 MalformedCertificate Unable to validate certificate chain.") == true)
  }

  @Test func anEncryptedKeyIsRefusedWithTheWayOut() throws {
    let key = try fixtures.rsaKey("k.key")
    try fixtures.selfSigned("k.pem", key: key)
    try OpenSSL.run(["pkey", "-in", "k.key", "-aes256", "-passout", "pass:secret", "-out", "k.enc"], in: fixtures.directory)
    #expect(
      h.failure {
        try $0.uploadServerCertificate(
          serverCertificateName: "x", path: nil, certificateBody: try fixtures.text("k.pem"),
          privateKey: try fixtures.text("k.enc"), certificateChain: nil)
      } == "400 MalformedCertificate The private key is encrypted. Upload it decrypted: openssl pkey -in key.pem -out plain.pem")
  }

  @Test func namesAreUniqueAndARenameKeepsTheId() throws {
    let key = try fixtures.rsaKey("n.key")
    try fixtures.selfSigned("n.pem", key: key)
    let body = try fixtures.text("n.pem")
    let keyText = try fixtures.text("n.key")
    let first = try upload("www-2026", body: body, key: keyText)
    #expect(
      h.failure {
        try $0.uploadServerCertificate(
          serverCertificateName: "WWW-2026", path: nil, certificateBody: body, privateKey: keyText, certificateChain: nil)
      } == "409 EntityAlreadyExists The Server Certificate with name WWW-2026 already exists.")
    try h.call { try $0.updateServerCertificate(serverCertificateName: "www-2026", newPath: "/elb/", newServerCertificateName: "www-2027") }
    let moved = try h.call { try $0.getServerCertificate(serverCertificateName: "www-2027") }.metadata
    #expect(moved.serverCertificateId == first.serverCertificateId)
    #expect(moved.arn == "arn:aws:iam::\(h.accountId):server-certificate/elb/www-2027")
    #expect(
      h.failure { try $0.getServerCertificate(serverCertificateName: "www-2026") }
        == "404 NoSuchEntity The Server Certificate with name www-2026 cannot be found.")
    let listed = try h.call { try $0.listServerCertificates(pathPrefix: "/elb/", marker: nil, maxItems: nil) }
    #expect(listed.items.map(\.serverCertificateName) == ["www-2027"])
    #expect(try h.call { try $0.listServerCertificates(pathPrefix: "/cloudfront/", marker: nil, maxItems: nil) }.items.isEmpty)
    try h.call { try $0.deleteServerCertificate(serverCertificateName: "www-2027") }
    #expect(try h.call { try $0.listServerCertificates(pathPrefix: nil, marker: nil, maxItems: nil) }.items.isEmpty)
  }

  /// A rename needs the permission on the new ARN as well as the old one.
  @Test func aRenameNeedsBothARNs() throws {
    let key = try fixtures.rsaKey("r.key")
    try fixtures.selfSigned("r.pem", key: key)
    _ = try upload("old", body: fixtures.text("r.pem"), key: fixtures.text("r.key"), path: "/team/")
    let caller = try h.user(
      "ops", policies: ["team": statement("iam:UpdateServerCertificate", "arn:aws:iam::\(h.accountId):server-certificate/team/*")])
    try h.call(as: caller) { try $0.updateServerCertificate(serverCertificateName: "old", newPath: nil, newServerCertificateName: "new") }
    #expect(
      h.failure(as: caller) { try $0.updateServerCertificate(serverCertificateName: "new", newPath: "/elsewhere/", newServerCertificateName: nil) }
        == "403 AccessDenied User: arn:aws:iam::\(h.accountId):user/ops is not authorized to perform: "
        + "iam:UpdateServerCertificate on resource: arn:aws:iam::\(h.accountId):server-certificate/elsewhere/new "
        + "because no identity-based policy allows the iam:UpdateServerCertificate action")
  }

  @Test func theAccountHoldsAtMostTwentyServerCertificates() throws {
    let key = try fixtures.rsaKey("q.key")
    try fixtures.selfSigned("q.pem", key: key)
    try h.setCount("serverCertificates", to: 20)
    #expect(
      h.failure {
        try $0.uploadServerCertificate(
          serverCertificateName: "one-too-many", path: nil, certificateBody: try fixtures.text("q.pem"),
          privateKey: try fixtures.text("q.key"), certificateChain: nil)
      } == "409 LimitExceeded Cannot exceed quota for ServerCertificatesPerAccount: 20")
  }
}
