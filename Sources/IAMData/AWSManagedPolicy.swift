#if canImport(Glibc)
  import Glibc
#endif

/// One AWS managed policy of the catalogue: a view of its record in the binary's text, read field
/// by field as they are asked for (the record format is described in
/// scripts/generate-aws-managed-policies).
public struct AWSManagedPolicy {
  private let record: UnsafeBufferPointer<UInt8>
  /// The name's bytes, which the catalogue's binary search compares.
  let name: UnsafeBufferPointer<UInt8>

  init(record: UnsafeBufferPointer<UInt8>) {
    self.record = record
    let start = 2  // after "P "
    var end = start
    while record[end] != UInt8(ascii: " ") { end += 1 }
    name = UnsafeBufferPointer(rebasing: record[start..<end])
  }

  public var policyName: String { String(decoding: name, as: UTF8.self) }
  public var path: String { header(2) }
  public var arn: String { "arn:aws:iam::aws:policy" + path + policyName }
  /// The id of the one version the snapshot has, such as `v4`.
  public var defaultVersionId: String { header(3) }
  public var createDate: String { header(4) }
  /// When the default version was made.
  public var updateDate: String { header(5) }
  /// A fixed id derived from the ARN: the snapshot does not carry AWS's own.
  public var policyId: String { header(6) }

  /// The document of the default version, as one line of JSON.
  public var document: String {
    let line = self.line(at: headerEnd + 1)
    return String(decoding: UnsafeBufferPointer(rebasing: record[(line.lowerBound + 2)..<line.upperBound]), as: UTF8.self)
  }

  /// The document's `Version`, or nil when it has none.
  public var languageVersion: String? {
    let version = header(7)
    return version == "-" ? nil : version
  }

  /// The index of services and the statements with their actions filed by service, for
  /// `IndexedPolicy`: every line after the document's.
  public var indexedStatements: UnsafeBufferPointer<UInt8> {
    let documentLine = line(at: headerEnd + 1)
    let start = min(documentLine.upperBound + 1, record.count)
    var end = record.count
    while end > start && record[end - 1] == UInt8(ascii: "\n") { end -= 1 }
    return UnsafeBufferPointer(rebasing: record[start..<end])
  }

  // MARK: Fields

  private var headerEnd: Int { line(at: 0).upperBound }

  /// The bytes of the line that starts at `start`, without its line feed. memchr, because a
  /// document's line is skipped on every decision and ReadOnlyAccess's is some 100 KB long.
  private func line(at start: Int) -> Range<Int> {
    guard start < record.count, let base = record.baseAddress else { return start..<start }
    guard let found = memchr(base + start, Int32(UInt8(ascii: "\n")), record.count - start) else {
      return start..<record.count
    }
    return start..<(UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)))
  }

  /// Field `index` of the header line, counting the `P` as field 0.
  private func header(_ index: Int) -> String {
    let end = headerEnd
    var field = 0
    var start = 0
    for position in 0...end where position == end || record[position] == UInt8(ascii: " ") {
      if field == index {
        return String(decoding: UnsafeBufferPointer(rebasing: record[start..<position]), as: UTF8.self)
      }
      field += 1
      start = position + 1
    }
    preconditionFailure("an AWS managed policy record has no field \(index)")
  }
}
