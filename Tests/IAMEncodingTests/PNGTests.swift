import Testing

@testable import IAMEncoding

@Suite struct PNGTests {
  struct Chunk {
    let type: String
    let data: [UInt8]
  }

  /// The file's chunks, each checked for its length and CRC; nil when the framing is wrong.
  static func chunks(of file: [UInt8]) -> [Chunk]? {
    guard file.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
    func number(_ at: Int) -> Int { file[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    var chunks: [Chunk] = []
    var offset = 8
    while offset < file.count {
      guard offset + 12 <= file.count else { return nil }
      let length = number(offset)
      guard offset + 12 + length <= file.count else { return nil }
      let typeAndData = file[offset + 4..<offset + 8 + length]
      guard CRC32.checksum(typeAndData) == UInt32(number(offset + 8 + length)) else { return nil }
      let type = String(decoding: typeAndData.prefix(4), as: UTF8.self)
      chunks.append(Chunk(type: type, data: Array(typeAndData.dropFirst(4))))
      offset += 12 + length
    }
    return chunks
  }

  @Test func framingOfAGrayscaleImage() throws {
    let file = PNG.grayscale(width: 3, height: 2, pixels: [0, 128, 255, 255, 128, 0])
    let chunks = try #require(Self.chunks(of: file))
    #expect(chunks.map(\.type) == ["IHDR", "IDAT", "IEND"])
    // Width 3, height 2, 8 bits, grayscale, deflate, filtering method 0, no interlace.
    #expect(chunks[0].data == [0, 0, 0, 3, 0, 0, 0, 2, 8, 0, 0, 0, 0])
    #expect(chunks[2].data.isEmpty)
  }

  @Test func qrCodeImageIsOneBitAndItsSizeFollowsTheModules() throws {
    let symbol = try QRCode.encode(Array("otpauth://totp/a@b?secret=JBSWY3DPEHPK3PXP".utf8))
    let chunks = try #require(Self.chunks(of: symbol.png(moduleSize: 3, quietZone: 2)))
    let side = UInt8((symbol.size + 4) * 3)
    #expect(chunks[0].data == [0, 0, 0, side, 0, 0, 0, side, 1, 0, 0, 0, 0])
  }

  /// Python decodes each file on its own: chunk CRCs, zlib, scanline filters and bit unpacking,
  /// and writes the gray levels it finds; they must be the pixels that went in.
  @Test(.enabled(if: Python.isAvailable, "needs python3")) func pythonDecodesThePixels() async throws {
    var images: [String: [UInt8]] = [:]
    var expected: [String: [UInt8]] = [:]
    let gradient = (0..<(256 * 7)).map { UInt8($0 % 256) }
    images["gradient.png"] = PNG.grayscale(width: 256, height: 7, pixels: gradient)
    expected["gradient"] = gradient
    let noise = randomBytes(33 * 17)
    images["noise.png"] = PNG.grayscale(width: 33, height: 17, pixels: noise)
    expected["noise"] = noise
    for (name, text, moduleSize, quietZone) in [("small", "A", 1, 0), ("uri", "otpauth://totp/x@y?secret=ABC", 5, 4)] {
      let symbol = try QRCode.encode(Array(text.utf8))
      images[name + ".png"] = symbol.png(moduleSize: moduleSize, quietZone: quietZone)
      let side = (symbol.size + 2 * quietZone) * moduleSize
      expected[name] = (0..<side * side).map { i in
        symbol.isDark(x: i % side / moduleSize - quietZone, y: i / side / moduleSize - quietZone) ? 0 : 255
      }
    }
    let files = try await Python.run(Self.decoder, inputs: images)
    for (name, pixels) in expected {
      #expect(files[name + ".err"] == nil, "\(name): \(String(decoding: files[name + ".err"] ?? [], as: UTF8.self))")
      #expect(files[name + ".gray"] == pixels, "\(name)")
    }
  }

  /// A grayscale PNG reader for bit depths 1 and 8 and any filter type, in Python's standard library.
  static let decoder = """
    import glob, struct, zlib
    def decode(data):
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'signature'
        pos, chunks = 8, []
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8])
            body = data[pos + 8:pos + 8 + length]
            crc, = struct.unpack('>I', data[pos + 8 + length:pos + 12 + length])
            assert zlib.crc32(kind + body) == crc, 'CRC of ' + kind.decode()
            chunks.append((kind, body))
            pos += 12 + length
        assert chunks[0][0] == b'IHDR' and chunks[-1][0] == b'IEND', 'chunk order'
        width, height, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', chunks[0][1])
        assert colour == 0 and interlace == 0 and depth in (1, 8), 'format'
        raw = zlib.decompress(b''.join(body for kind, body in chunks if kind == b'IDAT'))
        stride = (width * depth + 7) // 8
        bpp = max(1, depth // 8)
        assert len(raw) == height * (stride + 1), 'scanline length'
        previous, pixels = bytearray(stride), bytearray()
        for y in range(height):
            kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = previous[i], previous[i - bpp] if i >= bpp else 0
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                paeth = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + [0, a, b, (a + b) // 2, paeth][kind]) & 255
            previous = line
            if depth == 8:
                pixels += line
            else:
                pixels += bytes(255 if line[x // 8] >> (7 - x % 8) & 1 else 0 for x in range(width))
        return pixels
    for name in glob.glob('*.png'):
        try:
            open(name[:-4] + '.gray', 'wb').write(decode(open(name, 'rb').read()))
        except Exception as e:
            open(name[:-4] + '.err', 'w').write(repr(e))
    """
}
