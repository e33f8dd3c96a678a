/// What every page of the manual shares: the prologue, the NAME section and the list of exit
/// statuses, which comes from `ExitStatus`, the table the code returns its statuses from.
enum ManPageHeader {
  /// The date every page carries. Pinned rather than taken from the clock, so that generating
  /// the pages twice gives the same bytes; change it when the manual changes in substance.
  static let date = "November 23, 2026"

  static func start(_ name: String, description: String) -> MDoc {
    var page = MDoc()
    page.raw(#".\" Generated from iam's command table by 'scripts/generate-docs'; do not edit."#)
    page.macro("Dd", date)
    page.macro("Dt", MDoc.argument(name.uppercased()), "1")
    page.macro("Os", "iam-sim")
    page.macro("Sh", "NAME")
    page.macro("Nm", MDoc.argument(name))
    page.macro("Nd", MDoc.argument(nameDescription(description)))
    return page
  }

  /// A summary as `.Nd` wants it: no final period, and a lower-case first letter unless the
  /// first word is a name such as `IAMCli`.
  static func nameDescription(_ summary: String) -> String {
    var text = summary.hasSuffix(".") ? String(summary.dropLast()) : summary
    if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true {
      text = first.lowercased() + text.dropFirst()
    }
    return text
  }

  static func statusList(_ statuses: [ExitStatus], into page: inout MDoc) {
    page.macro("Bl", "-tag", "-width Ds")
    for status in statuses {
      page.macro("It", String(status.rawValue))
      page.text(status.meaning)
    }
    page.macro("El")
  }
}
