#if canImport(Glibc)
  import Glibc
#endif

extension Invocation {
  /// The directory relative paths are taken from, as an absolute path, or nil when the system
  /// cannot tell (it was removed). The program is started with "." and asks the system only when
  /// a message must name the directory, which few commands need.
  var absoluteWorkingDirectory: String? {
    if workingDirectory.hasPrefix("/") { return Self.normalized(workingDirectory) }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return nil }
    let current = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return Self.normalized(current + "/" + workingDirectory)
  }

  /// `path` as an absolute path, for messages, or as given when the working directory is unknown.
  func absolute(_ path: String) -> String {
    if path.hasPrefix("/") { return Self.normalized(path) }
    guard let directory = absoluteWorkingDirectory else { return path }
    return Self.normalized(directory + "/" + path)
  }

  /// Without the "." and empty components that joining leaves. ".." is kept: only the file
  /// system knows where it leads when a component is a link. Built by appending, as `joined`
  /// on the components ran the standard library's unspecialized code, slow the first time.
  private static func normalized(_ path: String) -> String {
    var out = ""
    for component in path.split(separator: "/") where component != "." {
      out += "/"
      // Not `+=`, which takes any sequence of characters and runs unspecialized code.
      out.append(contentsOf: component)
    }
    return out.isEmpty ? "/" : out
  }
}
