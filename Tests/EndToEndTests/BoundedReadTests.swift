import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// No file is read beyond what it can validly hold: an endless device or a huge file is refused
/// at once by its size, and something that is not a file gets a message that says what it is.
/// A pipe reached through /dev/stdin is still read, as scripts feed documents that way.
@Suite struct BoundedReadTests {
  private func scene() throws -> Sandbox {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    try sandbox.prepare([["groupcreate", "-g", "G"]])
    return sandbox
  }

  static let tooLargeForAPolicy = "it is larger than 524288 bytes, and a policy document holds at most 131,072 characters"

  @Test func anEndlessDeviceAsAPolicyIsRefused() throws {
    let sandbox = try scene()
    let result = sandbox.iam("groupuploadpolicy", "-g", "G", "-p", "P", "-f", "/dev/zero")
    #expect(result == CommandResult(status: 3, signal: nil, stdout: "", stderr: "iam: cannot use /dev/zero: \(Self.tooLargeForAPolicy)\n"))
  }

  @Test func aHugeSparseFileIsRefusedByItsSize() throws {
    let sandbox = try scene()
    let path = sandbox.scratch + "/huge.json"
    let fd = open(path, O_WRONLY | O_CREAT, 0o600)
    ftruncate(fd, 1 << 30)
    close(fd)
    let result = sandbox.iam("groupuploadpolicy", "-g", "G", "-p", "P", "-f", path)
    #expect(result == CommandResult(status: 3, signal: nil, stdout: "", stderr: "iam: cannot use \(path): \(Self.tooLargeForAPolicy)\n"))
  }

  /// A named pipe nobody writes to would make the command wait forever.
  @Test func aNamedPipeIsRefusedWithoutWaiting() throws {
    let sandbox = try scene()
    let path = sandbox.scratch + "/pipe"
    mkfifo(path, 0o600)
    let result = sandbox.iam("groupuploadpolicy", "-g", "G", "-p", "P", "-f", path)
    #expect(
      result
        == CommandResult(status: 3, signal: nil, stdout: "", stderr: "iam: cannot use \(path): it is a named pipe (FIFO), not a file\n"))
  }

  @Test func aDocumentPipedThroughStandardInputIsRead() throws {
    let sandbox = try scene()
    let script = sandbox.writeScratch(
      "pipe.sh",
      Array(#"printf '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}' | "$IAM" groupuploadpolicy -g G -p Piped -f /dev/stdin"#.utf8))
    let result = sandbox.run(program: "/bin/sh", arguments: [Array(script.utf8)], overrides: ["IAM": IAMBinary.path])
    #expect(result.status == 0 && result.stderr == "", "\(result)")
    #expect(sandbox.iam("grouplistpolicies", "-g", "G").stdoutLines == ["Piped", "IsTruncated: false"])
  }

  @Test func anEndlessCredentialFileIsRefused() throws {
    let sandbox = try scene()
    let result = sandbox.iam("userlistbypath", "--aws-credential-file", "/dev/zero")
    #expect(result.status == 3)
    #expect(result.stderrLines.first?.hasPrefix("Cannot use the credential file: /dev/zero is larger than 65536 bytes, too large for a credential file.") == true, "\(result)")
  }

  /// A store file larger than anything iam writes is damage, refused without being read.
  @Test(arguments: ["users/big.json", "journal.json"])
  func anOversizedStoreFileIsDamage(_ relative: String) throws {
    let sandbox = try scene()
    try sandbox.prepare([["usercreate", "-u", "big"]])
    let path = sandbox.store + "/" + relative
    let fd = open(path, O_WRONLY, 0o600)
    ftruncate(fd, 1 << 30)
    close(fd)
    // Run with 64 MiB for data: a journal was once read up to its limit, a quarter of a gigabyte,
    // before it was refused, which cannot fit.
    let script = sandbox.writeScratch("small.sh", Array(#"ulimit -d 65536 && exec "$IAM" usergetattributes -u big"#.utf8))
    let result = sandbox.run(program: "/bin/sh", arguments: [Array(script.utf8)], overrides: ["IAM": IAMBinary.path])
    #expect(result.status == 4 && result.stderrLines.count == 1, "\(result)")
    #expect(result.stderr.hasPrefix("iam: store file \(path) is damaged: it is larger than"), "\(result)")
  }
}
