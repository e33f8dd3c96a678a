#if canImport(Glibc)
  import Glibc
#endif
import IAMCLI

// The whole program lives in IAMCLI; this only connects it to the process.
var environment: [String: String] = [:]
var undecodable: Set<String> = []
var entry = environ
while let pointer = entry.pointee {
  let pair = String(cString: pointer)
  // Searched as bytes: a Character search would run grapheme breaking over every variable.
  if let equals = pair.utf8.firstIndex(of: UInt8(ascii: "=")) {
    let name = String(pair[..<equals])
    environment[name] = String(pair[pair.utf8.index(after: equals)...])
    if String(validatingCString: pointer) == nil { undecodable.insert(name) }
  }
  entry += 1
}
// A reader that goes away must not kill the process with SIGPIPE: the command may already have
// committed, and it has to say that its output was lost. The write then fails with EPIPE.
signal(SIGPIPE, SIG_IGN)
let stdout = FileDescriptorSink(fd: 1)
let stderr = FileDescriptorSink(fd: 2)
var status = IAMMain.run(
  Invocation(arguments: CommandLine.arguments, environment: environment, executablePath: "/proc/self/exe",
    undecodableVariables: undecodable, standardInput: TerminalInput()),
  stdout: stdout, stderr: stderr)
if let code = stdout.flush() {
  stderr.write(IAMMain.outputFailure(errno: code, status: status))
  if status == 0 { status = IAMMain.outputFailureStatus }
}
if stderr.flush() != nil && status == 0 { status = IAMMain.outputFailureStatus }
exit(status)
