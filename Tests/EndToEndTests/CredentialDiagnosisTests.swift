import Foundation
import Testing

/// What `-d` and the failure line say about the credential file when the real program runs in a
/// working directory of its own: it is started with ".", so absolute paths are its own work.
@Suite struct CredentialDiagnosisTests {
  @Test func debugNamesTheFileByItsAbsolutePathAndTheKeyItRead() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let work = Self.realPath(sandbox.work)
    let root = try #require(FileManager.default.contents(atPath: sandbox.store + "/root-credentials"))
    #expect(FileManager.default.createFile(atPath: sandbox.work + "/me.cred", contents: root, attributes: [.posixPermissions: 0o600]))
    let keyId = try #require(String(decoding: root, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("AWSAccessKeyId=") })
      .dropFirst("AWSAccessKeyId=".count)

    let result = sandbox.iam(["usergetattributes", "-d", "--aws-credential-file", "./me.cred"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stderrLines.contains("debug: credentials from \(work)/me.cred (--aws-credential-file): access key \(keyId)"))
    #expect(result.stderrLines.contains("debug: access key \(keyId) is an active key of the root user, and the secret matches"))
  }

  @Test func aMissingRelativeFileNamesTheDirectoryItWasLookedForIn() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let work = Self.realPath(sandbox.work)
    let result = sandbox.iam(["usergetattributes"], overrides: ["AWS_CREDENTIAL_FILE": "david.cred"])
    #expect(result.status == 3)
    #expect(
      result.stderrLines.first
        == "Cannot use the credential file: david.cred (resolved against the working directory \(work)) does not exist. Name one with --aws-credential-file or AWS_CREDENTIAL_FILE; it must contain:"
    )
  }

  /// A lost root credential file is not to be named elsewhere: the way back is a reset.
  @Test func aLostRootCredentialFileNamesTheReset() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    unlink(sandbox.store + "/root-credentials")
    let result = sandbox.iam(["usergetattributes"])
    #expect(result.status == 3)
    #expect(
      result.stderrLines.first
        == "Cannot use the credential file: \(sandbox.store)/root-credentials does not exist; iam rootkey --reset writes a new one. Name one with --aws-credential-file or AWS_CREDENTIAL_FILE; it must contain:"
    )
    #expect(sandbox.iam(["rootkey", "--reset"]).status == 0)
    #expect(sandbox.iam(["usergetattributes"]).status == 0)
  }

  /// The directory as getcwd(3) reports it, every link resolved.
  static func realPath(_ path: String) -> String { URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
}
