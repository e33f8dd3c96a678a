/// Grayscale PNG images (ISO/IEC 15948, the PNG specification): the format in which IAM returns a
/// virtual MFA device's QR code. Rows are stored unfiltered, which suits images of a few flat colours.
public enum PNG {
  /// An image of 8-bit gray levels, row by row from the top left, 0 black and 255 white.
  public static func grayscale(width: Int, height: Int, pixels: [UInt8]) -> [UInt8] {
    precondition(width > 0 && height > 0 && pixels.count == width * height, "one byte a pixel, row by row")
    var scanlines: [UInt8] = []
    scanlines.reserveCapacity((width + 1) * height)
    for row in 0..<height {
      scanlines.append(0)  // filter type None
      scanlines += pixels[row * width..<(row + 1) * width]
    }
    return image(width: width, height: height, bitDepth: 8, scanlines: scanlines)
  }

  /// A black and white image at one bit a pixel, an eighth the size of grayscale before compression.
  /// `rows` holds each row's pixels packed eight to a byte, leftmost in the most significant bit,
  /// 1 for white, each row padded to a whole byte: `(width + 7) / 8` bytes a row.
  public static func blackAndWhite(width: Int, height: Int, rows: [UInt8]) -> [UInt8] {
    let rowBytes = (width + 7) / 8
    precondition(width > 0 && height > 0 && rows.count == rowBytes * height, "(width + 7) / 8 bytes a row")
    var scanlines: [UInt8] = []
    scanlines.reserveCapacity((rowBytes + 1) * height)
    for row in 0..<height {
      scanlines.append(0)
      scanlines += rows[row * rowBytes..<(row + 1) * rowBytes]
    }
    return image(width: width, height: height, bitDepth: 1, scanlines: scanlines)
  }

  /// The signature and the IHDR, IDAT and IEND chunks for filtered scanlines.
  static func image(width: Int, height: Int, bitDepth: UInt8, scanlines: [UInt8]) -> [UInt8] {
    var header = UInt32(width).bigEndianBytes + UInt32(height).bigEndianBytes
    header += [bitDepth, 0, 0, 0, 0]  // colour type grayscale; deflate; adaptive filtering; no interlace
    var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    appendChunk("IHDR", header, to: &file)
    appendChunk("IDAT", Zlib.compress(scanlines), to: &file)
    appendChunk("IEND", [], to: &file)
    return file
  }

  /// Length, type, data, and the CRC of type and data.
  private static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
    let typeBytes = Array(type.utf8)
    file += UInt32(data.count).bigEndianBytes
    file += typeBytes
    file += data
    file += CRC32.checksum(data, continuing: CRC32.checksum(typeBytes)).bigEndianBytes
  }
}
