#if canImport(Glibc)
  import Glibc
#endif

/// Paths below the store's root, checked before any of their names is used.
extension StoreDirectory {
  /// Splits a path below the root into its directory and its last name, refusing any component
  /// that could lead outside the store.
  static func split(_ relative: String, root: String) throws(StoreError) -> (parent: String, name: String) {
    guard let last = lastNameOffset(of: relative) else {
      throw .damaged(
        path: root + "/" + relative, reason: "the path leads outside the store or names no file; a record holds a bad name")
    }
    let utf8 = relative.utf8
    let nameStart = utf8.index(utf8.startIndex, offsetBy: last)
    let name = String(relative[nameStart...])
    let parent = last == 0 ? "" : String(relative[..<utf8.index(before: nameStart)])
    return (parent, name)
  }

  /// Where the last name of a path below the root starts, in bytes, or nil when a name along it
  /// could lead outside the store (empty, `.`, `..` or holding a NUL) or the path is deeper than
  /// any the store uses (each level is opened in turn, so depth costs). One pass over the bytes:
  /// every store access splits a path.
  static func lastNameOffset(of relative: String) -> Int? {
    var text = relative
    return text.withUTF8 { bytes -> Int? in
      var start = 0
      var depth = 0
      var dotsOnly = true
      for index in 0...bytes.count {
        if index < bytes.count && bytes[index] != UInt8(ascii: "/") {
          if bytes[index] == 0 { return nil }
          dotsOnly = dotsOnly && bytes[index] == UInt8(ascii: ".")
          continue
        }
        let length = index - start
        guard length > 0, !(dotsOnly && length <= 2) else { return nil }
        depth += 1
        guard depth <= StoreLayout.maximumDepth else { return nil }
        if index == bytes.count { return start }
        start = index + 1
        dotsOnly = true
      }
      return nil
    }
  }
}
