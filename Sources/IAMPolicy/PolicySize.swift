/// How much of a size quota a policy document uses.
public enum PolicySize {
  /// The length IAM charges against size quotas: characters other than space, tab, CR and LF.
  ///
  /// Counted in Unicode scalars rather than Swift characters, because Swift sees CR LF as one
  /// character that is neither CR nor LF.
  public static func chargedLength(_ text: String) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case " ", "\t", "\r", "\n": continue
      default: count += 1
      }
    }
    return count
  }
}
