/// A line and column in a text, both counted from 1, as editors and compilers show them.
/// Columns count characters as a person sees them (so `é` is one, however it is encoded, and a
/// tab is one); lines end at line feeds.
public struct TextPosition: Sendable, Equatable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The position of the byte at `offset` in the UTF-8 text `bytes`; an offset at the end of the
  /// text is the position just after its last character.
  public init(offset: Int, in bytes: [UInt8]) {
    let end = min(max(offset, 0), bytes.count)
    var lineStart = 0
    var line = 1
    for index in 0..<end where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    // A byte order mark is not something the reader sees.
    if lineStart == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lineStart = min(3, end) }
    let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
    self.init(line: line, column: column)
  }
}
