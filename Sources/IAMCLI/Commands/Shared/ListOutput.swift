import IAMService

/// The lines that end every listing: `IsTruncated: false`, or `IsTruncated: true` and the marker
/// of the next page (spec §5.2).
enum ListOutput {
  static func footer<Item>(_ page: Page<Item>) -> [String] {
    guard page.isTruncated, let marker = page.marker else { return ["IsTruncated: false"] }
    return ["IsTruncated: true", "Marker: \(marker)"]
  }

  /// Every item of a listing, fetching page after page; for recursive deletes, which must see
  /// everything rather than the first page the original handled.
  static func all<Item>(_ fetch: (String?) throws -> Page<Item>) throws -> [Item] {
    var items: [Item] = []
    var marker: String?
    repeat {
      let page = try fetch(marker)
      items += page.items
      marker = page.isTruncated ? page.marker : nil
    } while marker != nil
    return items
  }

  /// A heading followed by one tab-indented line per item; nothing when there are no items.
  static func section(_ heading: String, _ items: [String]) -> [String] {
    items.isEmpty ? [] : [heading] + items.map { "\t" + $0 }
  }
}

/// The `-f FILE | -o TEXT` choice of the upload commands (spec §5.4).
enum DocumentSource {
  static let choice = OneOfTwo(
    first: SharedOptions.documentFile, second: SharedOptions.documentText,
    neither: "must specify policy document to upload", both: "can specify only one of -f -o")

  static func read(_ arguments: ParsedArguments, _ context: CommandContext) throws -> String {
    switch try choice.value(arguments, legacy: context.isLegacy) {
    case .first(let path): return try context.readDocument(path)
    case .second(let document): return context.inlineDocument(document)
    }
  }
}
