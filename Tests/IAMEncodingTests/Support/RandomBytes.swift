/// `count` bytes from the system's random source, eight at a time (byte by byte is slow in a debug build).
func randomBytes(_ count: Int) -> [UInt8] {
  var generator = SystemRandomNumberGenerator()
  var bytes = [UInt8](repeating: 0, count: count)
  bytes.withUnsafeMutableBytes { buffer in
    var offset = 0
    while offset < count {
      var word = generator.next()
      let chunk = min(8, count - offset)
      withUnsafeBytes(of: &word) { buffer[offset..<offset + chunk].copyBytes(from: $0[0..<chunk]) }
      offset += chunk
    }
  }
  return bytes
}
