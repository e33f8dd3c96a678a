#if canImport(Glibc)
  import Glibc
#endif

/// The example session of iam(1). Its commands are run for real, in a scratch store with a fixed
/// seed and clock (D8), so every line of output the manual shows is what iam prints.
enum ExampleSession {
  /// Each command as a reader would type it; `'...'` is the only quoting used.
  static let commands = [
    "iam-groupcreate -g Admins",
    "iam-groupaddpolicy -g Admins -p FullAccess -e Allow -a '*' -r '*' -o",
    "iam-usercreate -u alice -g Admins -k",
    "iam usercreate -u bob -p /audit/ -v",
    "iam-userlistbypath",
    "iam-usercreate -u Alice",
    "iam-grouplistusers -g Admins",
    "iam-groupdel -g Admins -r -p",
  ]

  /// The session as it appears on a terminal: `$ command`, then what it printed, with the
  /// status shown after a failure.
  static func transcript() -> [String] {
    guard let scratch = ScratchDirectory() else { return commands.map { "$ " + $0 } }
    defer { scratch.remove() }
    let environment = [
      "HOME": scratch.path, "AWS_SIM_SEED": "iam(1)", "AWS_SIM_CLOCK": "2026-11-23T09:00:00Z",
    ]
    var lines: [String] = []
    for command in commands {
      let out = BufferSink()
      let err = BufferSink()
      let invocation = Invocation(
        arguments: words(command), environment: environment, workingDirectory: scratch.path)
      let status = IAMMain.run(invocation, stdout: out, stderr: err)
      lines.append("$ " + command)
      for text in [out.text, err.text] {
        lines += text.split(separator: "\n").map { String($0).replacing(scratch.path, with: "~") }
      }
      if status != 0 { lines += ["$ echo $?", String(status)] }
    }
    return lines
  }

  /// Splits a command at blanks, keeping what single quotes enclose.
  static func words(_ command: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var inWord = false
    for character in command {
      if character == "'" {
        quoted.toggle()
        inWord = true
      } else if character == " " && !quoted {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }
}

/// A private directory under `$TMPDIR` (or /tmp), removed with everything in it when done.
struct ScratchDirectory {
  let path: String

  init?() {
    let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array((base + "/iam-docs-XXXXXX").utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else { return nil }
    path = String(cString: made)
  }

  func remove() { ScratchDirectory.removeTree(path) }

  private static func removeTree(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if info.st_mode & S_IFMT == S_IFDIR, let directory = opendir(path) {
      var names: [String] = []
      while let entry = readdir(directory) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name != "." && name != ".." { names.append(name) }
      }
      closedir(directory)
      for name in names { removeTree(path + "/" + name) }
      rmdir(path)
    } else {
      unlink(path)
    }
  }
}
