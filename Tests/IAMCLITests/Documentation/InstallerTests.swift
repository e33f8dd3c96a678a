import Foundation
import Testing

@testable import IAMCLI

/// `iam install`, in-process, with a stand-in file as the binary to copy.
@Suite struct InstallerTests {
  final class Prefix {
    let root = NSTemporaryDirectory() + "iam-install-tests-" + UUID().uuidString
    var prefix: String { root + "/prefix" }
    var binary: String { root + "/iam-binary" }

    init() {
      try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: binary, contents: Data("#!/bin/sh\n".utf8))
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func iam(_ arguments: [String], environment: [String: String] = [:]) -> Sandbox.Result {
      let out = BufferSink()
      let err = BufferSink()
      let invocation = Invocation(
        arguments: ["iam"] + arguments, environment: ["HOME": root, "PATH": prefix + "/bin"].merging(environment) { $1 },
        workingDirectory: root, executablePath: binary)
      let status = IAMMain.run(invocation, stdout: out, stderr: err)
      return Sandbox.Result(status: status, stdout: out.text, stderr: err.text)
    }

    func contents(_ relative: String) -> String? {
      FileManager.default.contents(atPath: prefix + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every path below the prefix, relative to it.
    func tree() -> [String] {
      (FileManager.default.enumerator(atPath: prefix)?.allObjects as? [String] ?? []).sorted()
    }
  }

  @Test func installsEverythingAndUninstallsExactlyThat() throws {
    let box = Prefix()
    let result = box.iam(["install", "--prefix", box.prefix])
    #expect(result.status == 0, "\(result)")
    let legacy = CommandTable.documented.filter(\.isLegacy)
    #expect(FileManager.default.isExecutableFile(atPath: box.prefix + "/bin/iam"))
    for command in legacy {
      #expect(try FileManager.default.destinationOfSymbolicLink(atPath: box.prefix + "/bin/" + command.legacyName) == "iam")
      #expect(FileManager.default.fileExists(atPath: box.prefix + "/share/fish/vendor_completions.d/\(command.legacyName).fish"))
      #expect(FileManager.default.fileExists(atPath: box.prefix + "/share/bash-completion/completions/\(command.legacyName)"))
    }
    for page in GeneratedFiles.manPages() {
      let name = (page.path as NSString).lastPathComponent
      #expect(box.contents("share/man/man1/" + name) == page.content, "\(name)")
    }
    let scripts = Dictionary(uniqueKeysWithValues: GeneratedFiles.completionScripts().map { ($0.path, $0.content) })
    #expect(box.contents("share/bash-completion/completions/iam") == scripts[GeneratedFiles.bashScript])
    #expect(box.contents("share/zsh/site-functions/_iam") == scripts[GeneratedFiles.zshScript])
    #expect(box.contents("share/fish/vendor_completions.d/iam.fish") == scripts[GeneratedFiles.fishScript])
    let mode = try FileManager.default.attributesOfItem(atPath: box.prefix + "/share/man/man1")[.posixPermissions] as? Int
    #expect(mode == 0o755, "installed directories are readable by everyone")

    // Running it again changes nothing and refuses nothing.
    let before = box.tree()
    #expect(box.iam(["install", "--prefix", box.prefix]).stdout == result.stdout)
    #expect(box.tree() == before)

    let removal = box.iam(["install", "--prefix", box.prefix, "--uninstall"])
    #expect(removal.status == 0)
    #expect(!FileManager.default.fileExists(atPath: box.prefix), "the prefix was created by install, so it goes too")
    #expect(box.iam(["install", "--prefix", box.prefix, "--uninstall"]).stdout.hasPrefix("nothing to remove"))
  }

  @Test func leavesOtherFilesAlone() throws {
    let box = Prefix()
    try FileManager.default.createDirectory(atPath: box.prefix + "/share/man/man1", withIntermediateDirectories: true)
    try "someone else's page\n".write(toFile: box.prefix + "/share/man/man1/iam.1", atomically: true, encoding: .utf8)
    try "notes\n".write(toFile: box.prefix + "/share/man/man1/other.1", atomically: true, encoding: .utf8)
    let result = box.iam(["install", "--prefix", box.prefix])
    #expect(result.stdout.contains("left \(box.prefix)/share/man/man1/iam.1 alone"))
    #expect(box.contents("share/man/man1/iam.1") == "someone else's page\n")
    _ = box.iam(["install", "--prefix", box.prefix, "--uninstall"])
    #expect(box.tree() == ["share", "share/man", "share/man/man1", "share/man/man1/iam.1", "share/man/man1/other.1"])
  }

  @Test func reinstallingDropsFilesOfCommandsThatAreGone() throws {
    let box = Prefix()
    _ = box.iam(["install", "--prefix", box.prefix])
    try FileManager.default.createSymbolicLink(atPath: box.prefix + "/bin/iam-oldcommand", withDestinationPath: "iam")
    let manifest = box.prefix + "/" + InstallLayout.manifest
    try (box.contents(InstallLayout.manifest)! + "bin/iam-oldcommand\n").write(toFile: manifest, atomically: true, encoding: .utf8)
    _ = box.iam(["install", "--prefix", box.prefix])
    #expect(!FileManager.default.fileExists(atPath: box.prefix + "/bin/iam-oldcommand"))
  }

  @Test func saysWhenThePathOrTheManPathMisses() {
    let box = Prefix()
    let bin = box.prefix + "/bin"
    let man = box.prefix + "/share/man"
    let missing = box.iam(["install", "--prefix", box.prefix], environment: ["PATH": "/usr/bin", "MANPATH": "/usr/share/man"])
    #expect(
      missing.stderr == """
        iam: \(bin) is not on your PATH. To run the iam-* commands by name, add this line to ~/.profile:
            export PATH="$HOME/prefix/bin:$PATH"
        iam: MANPATH is set, so man searches only the directories it names. To read iam's man pages, add this line to ~/.profile:
            export MANPATH="$HOME/prefix/share/man:$MANPATH"

        """)
    let found = box.iam(["install", "--prefix", box.prefix], environment: ["PATH": "/usr/bin:" + bin])
    #expect(found.stderr.isEmpty, "\(found.stderr)")
    // man-db derives the man directory from the bin directory on PATH by itself.
    let derived = box.iam(["install", "--prefix", box.prefix], environment: ["PATH": "/usr/bin"])
    #expect(!derived.stderr.contains("MANPATH"), "\(derived.stderr)")
    #expect(derived.stderr.contains("To run the iam-* commands by name and let man find their pages"))
    let slash = box.iam(["install", "--prefix", box.prefix], environment: ["PATH": "/usr/bin:" + bin + "/"])
    #expect(slash.stderr == "iam: man will not find the pages in \(man): it looks for pages next to a PATH entry only when the entry has no final /; write \(bin) in PATH, not \(bin)/\n")
  }

  @Test func anEmptyPrefixIsRefusedAndARelativeOneIsMadeAbsolute() {
    let box = Prefix()
    let empty = box.iam(["install", "--prefix", ""])
    #expect(empty.status == 2)
    #expect(empty.stderr == "--prefix needs a directory; it was given an empty one\nRun 'iam install -h' for the options of this command.\n")
    #expect(box.tree() == [])
    let relative = box.iam(["install", "--prefix", "./prefix"], environment: ["PATH": "/usr/bin"])
    #expect(relative.stdout.hasPrefix("installed \(box.prefix)/bin/iam "), "\(relative)")
  }

  /// The lines for each shell, as `iam install` prints them for a prefix below HOME.
  @Test func givesTheLinesEachShellNeeds() {
    let installer = Installer(prefix: "/home/u/.local", executable: "/bin/true")
    func notes(_ shell: String, bashCompletion: Bool = true, _ extra: [String: String] = [:]) -> [String] {
      let environment = ["HOME": "/home/u", "PATH": "/usr/bin:/home/u/.local/bin", "SHELL": shell].merging(extra) { $1 }
      return InstallAdvice(installed: installer, environment: Environment(environment), bashCompletionInstalled: bashCompletion).notes()
    }
    #expect(notes("/bin/bash") == [])
    #expect(
      notes("/bin/bash", bashCompletion: false) == [
        """
        bash loads completions by itself only with the bash-completion package, which is not installed. To complete iam's commands in bash, add this line to ~/.bashrc:
            source "$HOME/.local/share/bash-completion/completions/iam"
        """
      ])
    #expect(
      notes("/usr/bin/zsh") == [
        """
        zsh completes only with functions in its fpath. To complete iam's commands, add these lines to ~/.zshrc (if it already runs compinit, put the first line before that and leave out the second):
            fpath=("$HOME/.local/share/zsh/site-functions" $fpath)
            autoload -Uz compinit && compinit
        """
      ])
    #expect(notes("/usr/bin/fish") == [])
    #expect(
      notes("/usr/bin/fish", ["PATH": "/usr/bin"]) == [
        """
        /home/u/.local/bin is not on your PATH. To run the iam-* commands by name and let man find their pages, add this line to ~/.config/fish/config.fish:
            fish_add_path "$HOME/.local/bin"
        """
      ])
    // bash-completion and fish also look where XDG_DATA_HOME points instead of ~/.local/share.
    #expect(notes("/bin/bash", ["XDG_DATA_HOME": "/data"]).count == 1)
    #expect(notes("/usr/bin/fish", ["XDG_DATA_HOME": "/data"]).count == 1)
    // A path a shell would act on is quoted as a whole.
    let odd = Installer(prefix: "/opt/it's here", executable: "/bin/true")
    #expect(
      InstallAdvice(installed: odd, environment: ["PATH": "/usr/bin"], bashCompletionInstalled: true).notes() == [
        """
        /opt/it's here/bin is not on your PATH. To run the iam-* commands by name and let man find their pages, add this line to ~/.profile:
            export PATH='/opt/it'\\''s here/bin':"$PATH"
        """
      ])
  }

  @Test func manDerivesItsDirectoryFromPathAsManDbDoes() {
    let man = "/p/share/man"
    #expect(Installer.manDerives(man, path: "/usr/bin:/p/bin"))
    #expect(Installer.manDerives(man, path: "/p"))
    #expect(!Installer.manDerives(man, path: "/usr/bin"))
    #expect(!Installer.manDerives(man, path: "/p/bin/"))
    #expect(!Installer.manDerives(man, path: nil))
  }
}
