import IAMEncoding
import IAMPolicy

/// The line that follows IAM's error line for a refused policy document, saying where the
/// problem is in the style of compilers and editors: `iam: bad.json:1:58: expected a member
/// name after ','`. Lines count from 1, and columns count characters from 1.
enum PolicyDiagnosticLine {
  /// How the line names a document given with -o, which has no file name.
  static let inlineName = "<policy text>"

  /// With no document name (a document the command generated from its options), the line tells
  /// only what is wrong, since a place in text the user never saw would not help.
  static func text(_ diagnostic: PolicyDiagnostic, document: String?) -> String {
    guard let document else { return "iam: " + diagnostic.explanation }
    let position = diagnostic.position
    return "iam: \(DisplayText.escapingControls(document)):\(position.line):\(position.column): \(diagnostic.explanation)"
  }
}
