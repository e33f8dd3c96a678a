/// The character-string types that appear in names, decoded to Swift strings.
extension DERElement {
  /// The text of a string value, by its tag. PrintableString, IA5String, NumericString and
  /// VisibleString must be ASCII; T61String is read as Latin-1, as openssl and most software
  /// read it; BMPString is UTF-16 and UniversalString UTF-32, both big-endian.
  public func string() throws(DERError) -> String {
    switch tag {
    case .utf8String:
      guard let text = String(validating: content, as: UTF8.self) else {
        throw DERError(reason: "a UTF8String that is not valid UTF-8")
      }
      return text
    case .printableString, .ia5String, .numericString, .visibleString:
      guard content.allSatisfy({ $0 < 0x80 }) else { throw DERError(reason: "\(tag.name) with a byte outside ASCII") }
      return String(decoding: content, as: UTF8.self)
    case .t61String:
      var text = ""
      text.unicodeScalars.append(contentsOf: content.map { Unicode.Scalar($0) })
      return text
    case .bmpString:
      guard content.count % 2 == 0 else { throw DERError(reason: "a BMPString with an odd number of bytes") }
      let units = stride(from: content.startIndex, to: content.endIndex, by: 2).map {
        UInt16(content[$0]) << 8 | UInt16(content[$0 + 1])
      }
      guard let text = String(validating: units, as: UTF16.self) else {
        throw DERError(reason: "a BMPString that is not valid UTF-16")
      }
      return text
    case .universalString:
      guard content.count % 4 == 0 else { throw DERError(reason: "a UniversalString whose length is not a multiple of 4") }
      var text = ""
      for offset in stride(from: content.startIndex, to: content.endIndex, by: 4) {
        let value = content[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard let scalar = Unicode.Scalar(value) else {
          throw DERError(reason: "a UniversalString with an invalid character")
        }
        text.unicodeScalars.append(scalar)
      }
      return text
    default:
      throw DERError(reason: "expected a character string, found \(tag.name)")
    }
  }

  public var isString: Bool {
    switch tag {
    case .utf8String, .printableString, .ia5String, .numericString, .visibleString, .t61String, .bmpString,
      .universalString:
      return true
    default:
      return false
    }
  }
}
