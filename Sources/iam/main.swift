#if canImport(Glibc)
  import Glibc
#endif
import IAMCLI

// The whole program lives in IAMCLI; this only connects it to the process.
// A reader that goes away must not kill the process with SIGPIPE: the command may already have
// committed, and it has to say that its output was lost. The write then fails with EPIPE.
signal(SIGPIPE, SIG_IGN)
let stdout = FileDescriptorSink(fd: 1)
let stderr = FileDescriptorSink(fd: 2)
var status = IAMMain.run(
  Invocation(arguments: CommandLine.arguments, environment: .process, executablePath: "/proc/self/exe",
    standardInput: TerminalInput()),
  stdout: stdout, stderr: stderr)
if let code = stdout.flush() {
  stderr.write(IAMMain.outputFailure(errno: code, status: status))
  if status == 0 { status = IAMMain.outputFailureStatus }
}
if stderr.flush() != nil && status == 0 { status = IAMMain.outputFailureStatus }
exit(status)
