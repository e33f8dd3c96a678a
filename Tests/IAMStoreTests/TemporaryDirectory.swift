import Foundation

/// A fresh directory under the system's temporary directory, removed when the test ends.
final class TemporaryDirectory {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "iam-store-tests-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func contents(_ relative: String) -> String? {
    FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
  }

  func write(_ relative: String, _ text: String) {
    let full = path + "/" + relative
    try? FileManager.default.createDirectory(
      atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
  }

  func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + relative) }

  func permissions(_ relative: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + relative)
    return (attributes?[.posixPermissions] as? Int) ?? -1
  }
}
