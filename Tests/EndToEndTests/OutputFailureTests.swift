import Foundation
import Testing

/// Output that cannot be written is a failure the command reports (status 5), not a silent
/// success or a death by SIGPIPE after the change was committed.
@Suite struct OutputFailureTests {
  @Test func aFullDeviceAsStandardOutputIsReported() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let script = sandbox.writeScratch("full.sh", Array(#""$IAM" usercreate -u x -k > /dev/full"#.utf8))
    let result = sandbox.run(program: "/bin/sh", arguments: [Array(script.utf8)], overrides: ["IAM": IAMBinary.path])
    #expect(result.status == 5, "\(result)")
    #expect(
      result.stderr
        == "iam: cannot write the output: No space left on device; the command itself succeeded, and what it changed stays changed\n")
    #expect(try sandbox.state().users["x"] != nil)
  }

  /// The reader of the pipe is gone before iam writes; iam must live to say so.
  @Test func aClosedPipeIsReportedNotASignal() throws {
    let sandbox = Sandbox()
    try sandbox.bootstrap()
    let script = sandbox.writeScratch(
      "pipe.sh", Array(#"{ sleep 0.3; "$IAM" usercreate -u y -k; echo "status $?" >&2; } | true"#.utf8))
    let result = sandbox.run(program: "/bin/sh", arguments: [Array(script.utf8)], overrides: ["IAM": IAMBinary.path])
    #expect(
      result.stderrLines == [
        "iam: cannot write the output: Broken pipe; the command itself succeeded, and what it changed stays changed",
        "status 5",
      ], "\(result)")
    #expect(try sandbox.state().users["y"] != nil)
  }
}
