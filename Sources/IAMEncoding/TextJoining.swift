extension Sequence where Element == String {
  /// The strings with `separator` between them, as `joined(separator:)` gives them.
  ///
  /// The project joins strings with this and not with the standard library's method, which is
  /// not specialized for a caller's types: the first call in a process looks the collection's
  /// associated types up at run time by name, a search through every protocol conformance in
  /// the program that cost simulate and the trail more than their own work of many lines.
  @inlinable
  public func joinedText(separator: String) -> String {
    var out = ""
    var first = true
    for part in self {
      if !first { out += separator }
      out += part
      first = false
    }
    return out
  }
}
