extension QRCode {
  /// The symbol as a black and white PNG: `moduleSize` pixels a module, and the light margin of
  /// `quietZone` modules that readers need to find the symbol (the standard asks for four).
  public func png(moduleSize: Int = 6, quietZone: Int = 4) -> [UInt8] {
    precondition(moduleSize >= 1 && quietZone >= 0, "a module is at least one pixel")
    let side = (size + 2 * quietZone) * moduleSize
    let rowBytes = (side + 7) / 8
    var rows = [UInt8](repeating: 0xFF, count: rowBytes * side)
    // Each module row is drawn once and copied to the pixel rows below it.
    for moduleY in -quietZone..<size + quietZone {
      let firstRow = (moduleY + quietZone) * moduleSize
      let start = firstRow * rowBytes
      for moduleX in 0..<size where isDark(x: moduleX, y: moduleY) {
        let left = (moduleX + quietZone) * moduleSize
        for pixel in left..<left + moduleSize { rows[start + pixel / 8] &= ~(0x80 >> UInt8(pixel % 8)) }
      }
      for copy in 1..<moduleSize {
        let target = start + copy * rowBytes
        for i in 0..<rowBytes { rows[target + i] = rows[start + i] }
      }
    }
    return PNG.blackAndWhite(width: side, height: side, rows: rows)
  }
}
