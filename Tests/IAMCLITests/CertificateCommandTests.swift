import Foundation
import IAMTestSupport
import Testing

/// What the certificate commands print that a transcript cannot show: the PEM text that openssl
/// makes afresh in every run, and the names completion offers.
@Suite(.enabled(if: OpenSSL.isAvailable, "openssl is not installed; the certificates are made with it"))
struct CertificateCommandTests {
  /// A sandbox with user david holding one certificate, and a server certificate www.
  static func sandbox() throws -> (Sandbox, certificate: String, id: String) {
    let sandbox = Sandbox()
    for line in [
      "openssl req -x509 -new -nodes -newkey rsa:2048 -keyout david.key -out david.pem -subj /CN=david -days 30",
      "iam-usercreate -u david",
    ] {
      let result = sandbox.run(line)
      try #require(result.status == 0, "\(line): \(result)")
    }
    let added = sandbox.run("iam-useraddcert -u david -f david.pem")
    try #require(added.status == 0, "\(added)")
    let uploaded = sandbox.run("iam-servercertupload -b david.pem -k david.key -s www-2026")
    try #require(uploaded.status == 0, "\(uploaded)")
    return (sandbox, try #require(sandbox.read("david.pem")), added.stdout.trimmingCharacters(in: .newlines))
  }

  /// -v prints each certificate as uploaded; a file's final newline leaves an empty line, as a
  /// policy document's does.
  @Test func verboseListingPrintsTheCertificate() throws {
    let (sandbox, certificate, id) = try Self.sandbox()
    let result = sandbox.run("iam-userlistcerts -u david -v")
    #expect(result.status == 0)
    #expect(result.stdout == id + "\nActive\n" + certificate + "\nIsTruncated: false\n")
  }

  @Test func completionOffersCertificateIdsAndServerCertificateNames() throws {
    let (sandbox, _, id) = try Self.sandbox()
    let ids = sandbox.run(["iam", "__complete", "4", "iam-userdelcert", "-u", "david", "-c", String(id.prefix(3))])
    #expect(ids.stdout == id + "\n")
    let names = sandbox.run(["iam", "__complete", "2", "iam-servercertdel", "-s", "WWW"])
    #expect(names.stdout == "www-2026\n")
  }

  /// The store keeps the body and never the private key (D11).
  @Test func theServerCertificatesPrivateKeyIsNotKept() throws {
    let (sandbox, _, _) = try Self.sandbox()
    let key = try #require(sandbox.read("david.key"))
    let secret = key.split(separator: "\n").dropFirst().first.map(String.init) ?? key
    let files = FileManager.default.enumerator(atPath: sandbox.store)?.allObjects as? [String] ?? []
    #expect(!files.isEmpty)
    for file in files {
      let text = sandbox.read(".aws-sim/" + file) ?? ""
      #expect(!text.contains(secret), "\(file) holds the private key")
      #expect(!text.contains("PRIVATE KEY"), "\(file) holds a private key")
    }
  }
}
