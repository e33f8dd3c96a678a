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
let stdout = FileDescriptorSink(fd: 1)
let stderr = FileDescriptorSink(fd: 2)
let status = IAMMain.run(
  Invocation(arguments: CommandLine.arguments, environment: environment, executablePath: "/proc/self/exe",
    undecodableVariables: undecodable),
  stdout: stdout, stderr: stderr)
stdout.flush()
stderr.flush()
exit(status)
