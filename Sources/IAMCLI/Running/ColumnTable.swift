/// Rows as a person reads them in a terminal: a header, then every column but the last padded to
/// its widest cell, two spaces apart. The last column varies most and is left as it is.
enum ColumnTable {
  static func lines(header: [String], rows: [[String]]) -> [String] {
    let all = [header] + rows
    var widths = Array(repeating: 0, count: max(header.count - 1, 0))
    for row in all {
      for column in widths.indices { widths[column] = max(widths[column], row[column].count) }
    }
    return all.map { row in
      var line = ""
      for column in widths.indices {
        line += row[column] + String(repeating: " ", count: widths[column] - row[column].count + 2)
      }
      line += row.last ?? ""
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}
