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
    #expect(missing.stderr.contains("\(bin) is not on your PATH"))
    #expect(missing.stderr.contains("man will not find the pages in \(man)"))
    let found = box.iam(["install", "--prefix", box.prefix], environment: ["PATH": "/usr/bin:" + bin])
    #expect(found.stderr.isEmpty, "\(found.stderr)")
  }

  @Test func manPathRules() {
    let man = "/p/share/man"
    let bin = "/p/bin"
    #expect(Installer.isOnManPath(man, binDirectory: bin, manpath: nil, path: "/usr/bin:/p/bin"))
    #expect(!Installer.isOnManPath(man, binDirectory: bin, manpath: nil, path: "/usr/bin"))
    #expect(Installer.isOnManPath(man, binDirectory: bin, manpath: "/usr/share/man:/p/share/man/", path: nil))
    #expect(!Installer.isOnManPath(man, binDirectory: bin, manpath: "/usr/share/man", path: "/p/bin"))
    // An empty entry stands for man's default search path, which man derives from PATH.
    #expect(Installer.isOnManPath(man, binDirectory: bin, manpath: "/usr/share/man:", path: "/p/bin"))
  }
}
