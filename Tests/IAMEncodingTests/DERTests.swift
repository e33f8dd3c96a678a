import IAMEncoding
import Testing

@Suite struct DERReaderTests {
  @Test func readsNestedValuesAsSlicesOfTheInput() throws {
    let bytes: [UInt8] = [0x30, 0x06, 0x02, 0x01, 0x05, 0x04, 0x01, 0xAA]
    let sequence = try DERReader.single(bytes, .sequence)
    #expect(Array(sequence.encoding) == bytes)
    var fields = try sequence.children()
    #expect(try fields.read(.integer).smallInteger(in: 0...9) == 5)
    #expect(try fields.readIfPresent(.null) == nil)
    #expect(Array(try fields.read(.octetString).content) == [0xAA])
    #expect(fields.isAtEnd)
    try fields.finish()
  }

  @Test func readsLongFormLengths() throws {
    let content = [UInt8](repeating: 7, count: 300)
    let element = try DERReader.single([0x04, 0x82, 0x01, 0x2C] + content, .octetString)
    #expect(Array(element.content) == content)
    let short = try DERReader.single([0x04, 0x81, 0x80] + [UInt8](repeating: 1, count: 128), .octetString)
    #expect(short.content.count == 128)
  }

  @Test(arguments: [
    ([0x04, 0x80, 0x00, 0x00], "an indefinite length, which DER does not allow"),
    ([0x04, 0x81, 0x05, 1, 2, 3, 4, 5], "a length not in its shortest form"),
    ([0x04, 0x82, 0x00, 0x85] + [UInt8](repeating: 0, count: 0x85), "a length not in its shortest form"),
    ([0x04, 0x05, 1, 2], "a length runs past the end of the data"),
    ([0x04, 0x84, 0xFF, 0xFF, 0xFF, 0xFF, 0], "a length runs past the end of the data"),
    ([0x04, 0x88, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], "a length runs past the end of the data"),
    ([0x04, 0x84, 0x01], "the data ends inside a value's header"),
    ([0x04], "the data ends inside a value's header"),
    ([0x04, 0x00, 0x00], "1 unexpected byte after the value"),
    ([0x04, 0x00, 0x05, 0x00], "2 unexpected bytes after the value"),
    ([0x1F, 0x81, 0x00, 0x00], "a tag number above 30, which these structures never use"),
    ([], "a value is missing at the end of the data"),
  ] as [([UInt8], String)])
  func refusesHostileFraming(bytes: [UInt8], reason: String) {
    var reader = DERReader(bytes)
    #expect(throws: DERError(reason: reason)) {
      _ = try reader.read()
      try reader.finish()
    }
  }

  @Test func namesTheTagItExpected() {
    #expect(throws: DERError(reason: "expected an OCTET STRING, found an INTEGER")) {
      try DERReader.single([0x02, 0x01, 0x00], .octetString)
    }
    #expect(throws: DERError(reason: "expected [3], found a SEQUENCE")) {
      try DERReader.single([0x30, 0x00], .contextSpecific(3, constructed: true))
    }
    #expect(throws: DERError(reason: "an OCTET STRING is missing at the end of the data")) {
      try DERReader.single([], .octetString)
    }
  }

  /// A hundred thousand nested SEQUENCEs, each wrapping the next: a reader that descends by
  /// recursion with no bound would exhaust its stack here.
  @Test func boundsNestingDepth() throws {
    // Built from the innermost value outward, back to front, so that building stays linear.
    var reversed: [UInt8] = [0x00, 0x05]
    for _ in 0..<100_000 {
      let count = reversed.count
      let length: [UInt8] =
        count < 0x80 ? [UInt8(count)]
        : count < 0x100 ? [0x81, UInt8(count)]
        : count < 0x10000 ? [0x82, UInt8(count >> 8), UInt8(count & 0xFF)]
        : [0x83, UInt8(count >> 16), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)]
      reversed.append(contentsOf: length.reversed())
      reversed.append(0x30)
    }
    let bytes = Array(reversed.reversed())
    #expect(throws: DERError(reason: "values are nested more than 32 deep")) { try walk(DERReader(bytes)) }
  }

  @Test func acceptsNestingUpToTheBound() throws {
    var bytes: [UInt8] = [0x05, 0x00]
    for _ in 0..<DERReader.maximumDepth { bytes = [0x30, UInt8(bytes.count)] + bytes }
    try walk(DERReader(bytes))
  }

  /// Reads every value, descending into each constructed one, as a generic dumper would.
  private func walk(_ reader: DERReader) throws(DERError) {
    var reader = reader
    while !reader.isAtEnd {
      let element = try reader.read()
      if element.tag.isConstructed { try walk(element.children()) }
    }
  }

  @Test func refusesToDescendIntoAPrimitiveValue() throws {
    let integer = try DERReader.single([0x02, 0x01, 0x01], .integer)
    #expect(throws: DERError(reason: "an INTEGER that should hold other values does not")) { try integer.children() }
  }

  @Test func readsExplicitAndImplicitContextTags() throws {
    // [0] EXPLICIT INTEGER 2, then [1] IMPLICIT BIT STRING.
    var reader = DERReader([0xA0, 0x03, 0x02, 0x01, 0x02, 0x81, 0x02, 0x00, 0xFF])
    var explicit = try reader.read(.contextSpecific(0, constructed: true)).children()
    #expect(try explicit.read(.integer).smallInteger(in: 0...2) == 2)
    try explicit.finish()
    #expect(Array(try reader.read(.contextSpecific(1, constructed: false)).octetAlignedBits()) == [0xFF])
    try reader.finish()
  }
}

@Suite struct DERPrimitiveTests {
  private func element(_ bytes: [UInt8]) throws -> DERElement {
    var reader = DERReader(bytes)
    return try reader.read()
  }

  @Test func positiveIntegersDropTheSignOctet() throws {
    #expect(try element([0x02, 0x03, 0x00, 0xFF, 0x01]).positiveInteger() == [0xFF, 0x01])
    #expect(try element([0x02, 0x02, 0x01, 0x00]).positiveInteger() == [0x01, 0x00])
    #expect(throws: DERError(reason: "a negative INTEGER where a positive one belongs")) {
      try element([0x02, 0x01, 0x80]).positiveInteger()
    }
    #expect(throws: DERError(reason: "a zero INTEGER where a positive one belongs")) {
      try element([0x02, 0x01, 0x00]).positiveInteger()
    }
  }

  @Test(arguments: [[0x02, 0x00], [0x02, 0x02, 0x00, 0x7F], [0x02, 0x02, 0xFF, 0x80]] as [[UInt8]])
  func refusesIntegersNotInShortestForm(bytes: [UInt8]) throws {
    #expect(throws: DERError.self) { try element(bytes).integerContent() }
  }

  @Test func smallIntegersStayInTheirRange() throws {
    #expect(try element([0x02, 0x01, 0x02]).smallInteger(in: 0...2) == 2)
    #expect(throws: DERError(reason: "the INTEGER 3 where 0...2 belongs")) {
      try element([0x02, 0x01, 0x03]).smallInteger(in: 0...2)
    }
    #expect(throws: DERError(reason: "an INTEGER out of range")) {
      try element([0x02, 0x03, 0x01, 0x00, 0x00]).smallInteger(in: 0...2)
    }
  }

  @Test func bitStringsFollowDERRules() throws {
    try element([0x03, 0x02, 0x04, 0xF0]).validateBitString()
    try element([0x03, 0x01, 0x00]).validateBitString()
    #expect(throws: DERError(reason: "a BIT STRING whose unused bits are not zero")) {
      try element([0x03, 0x02, 0x04, 0xF8]).validateBitString()
    }
    #expect(throws: DERError(reason: "a BIT STRING with an invalid count of unused bits")) {
      try element([0x03, 0x02, 0x08, 0x00]).validateBitString()
    }
    #expect(throws: DERError(reason: "a BIT STRING with an invalid count of unused bits")) {
      try element([0x03, 0x01, 0x01]).validateBitString()
    }
    #expect(throws: DERError(reason: "a BIT STRING that does not hold whole octets")) {
      try element([0x03, 0x02, 0x04, 0xF0]).octetAlignedBits()
    }
    #expect(throws: DERError(reason: "a BIT STRING with no content")) { try element([0x03, 0x00]).octetAlignedBits() }
  }

  @Test func nullHasNoContent() throws {
    try element([0x05, 0x00]).validateNull()
    #expect(throws: DERError(reason: "a NULL with content")) { try element([0x05, 0x01, 0x00]).validateNull() }
  }

  @Test(arguments: [
    ([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01], "1.2.840.113549.1.1.1"),
    ([0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07], "1.2.840.10045.3.1.7"),
    ([0x2B, 0x81, 0x04, 0x00, 0x22], "1.3.132.0.34"),
    ([0x2B, 0x65, 0x70], "1.3.101.112"),
    ([0x55, 0x04, 0x03], "2.5.4.3"),
    ([0x09, 0x92, 0x26], "0.9.2342"),
    ([0x88, 0x37, 0x03], "2.999.3"),
    // Either side of 2^64, where the digits stop being worked out in 64 bits.
    ([0x2A, 0x81, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], "1.2.18446744073709551615"),
    ([0x2A, 0x82, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00], "1.2.18446744073709551616"),
    // 2.25 and the largest UUID, 2^128 - 1, which needs nineteen base-128 digits.
    ([0x69, 0x83] + [UInt8](repeating: 0xFF, count: 17) + [0x7F], "2.25.340282366920938463463374607431768211455"),
  ] as [([UInt8], String)])
  func objectIdentifiersInDottedForm(content: [UInt8], dotted: String) throws {
    #expect(try element([0x06, UInt8(content.count)] + content).objectIdentifier() == dotted)
  }

  @Test(arguments: [
    ([], "an OBJECT IDENTIFIER with no content"),
    ([0x2A, 0x86], "an OBJECT IDENTIFIER that ends inside a component"),
    ([0x2A, 0x80, 0x01], "an OBJECT IDENTIFIER component not in its shortest form"),
    ([0x69, 0x87] + [UInt8](repeating: 0xFF, count: 17) + [0x7F], "an OBJECT IDENTIFIER component too large"),
  ] as [([UInt8], String)])
  func refusesMalformedObjectIdentifiers(content: [UInt8], reason: String) {
    #expect(throws: DERError(reason: reason)) { try element([0x06, UInt8(content.count)] + content).objectIdentifier() }
  }
}

@Suite struct DERStringTests {
  private func string(_ tag: UInt8, _ content: [UInt8]) throws -> String {
    var reader = DERReader([tag, UInt8(content.count)] + content)
    return try reader.read().string()
  }

  @Test func decodesEachStringType() throws {
    #expect(try string(0x0C, Array("Zoë".utf8)) == "Zoë")
    #expect(try string(0x13, Array("Example CA".utf8)) == "Example CA")
    #expect(try string(0x16, Array("a@b.c".utf8)) == "a@b.c")
    #expect(try string(0x14, [0x5A, 0x6F, 0xEB]) == "Zoë")
    #expect(try string(0x1E, [0x00, 0x5A, 0x00, 0xEB, 0xD8, 0x3D, 0xDE, 0x00]) == "Zë😀")
    #expect(try string(0x1C, [0x00, 0x00, 0x00, 0x5A, 0x00, 0x01, 0xF6, 0x00]) == "Z😀")
  }

  @Test(arguments: [
    (0x0C, [0xC3], "a UTF8String that is not valid UTF-8"),
    (0x13, [0x41, 0xE9], "a PrintableString with a byte outside ASCII"),
    (0x1E, [0x00, 0x41, 0x00], "a BMPString with an odd number of bytes"),
    (0x1E, [0xD8, 0x3D], "a BMPString that is not valid UTF-16"),
    (0x1C, [0x00, 0x00, 0xD8, 0x00], "a UniversalString with an invalid character"),
    (0x1C, [0x00, 0x00, 0x41], "a UniversalString whose length is not a multiple of 4"),
    (0x04, [0x41], "expected a character string, found an OCTET STRING"),
  ] as [(UInt8, [UInt8], String)])
  func refusesMalformedStrings(tag: UInt8, content: [UInt8], reason: String) {
    #expect(throws: DERError(reason: reason)) { try string(tag, content) }
  }
}

@Suite struct DERTimeTests {
  private func time(_ tag: UInt8, _ text: String) throws -> Int {
    var reader = DERReader([tag, UInt8(text.utf8.count)] + Array(text.utf8))
    return try reader.read().time()
  }

  @Test(arguments: [
    (0x17, "700101000000Z", 0),
    (0x17, "491231235959Z", 2_524_607_999),
    (0x17, "500101000000Z", -631_152_000),
    (0x17, "000229120000Z", 951_825_600),
    (0x18, "19691231235959Z", -1),
    (0x18, "20510101000000Z", 2_556_144_000),
    (0x18, "99991231235959Z", 253_402_300_799),
    (0x18, "16010101000000Z", -11_644_473_600),
  ] as [(UInt8, String, Int)])
  func convertsToSecondsSince1970(tag: UInt8, text: String, seconds: Int) throws {
    #expect(try time(tag, text) == seconds)
  }

  @Test(arguments: [
    (0x17, "7001010000Z", "a UTCTime not in the form YYMMDDHHMMSSZ"),
    (0x17, "700101000000+0100", "a UTCTime not in the form YYMMDDHHMMSSZ"),
    (0x18, "20510101000000.5Z", "a GeneralizedTime not in the form YYYYMMDDHHMMSSZ"),
    (0x18, "2051010100000Z", "a GeneralizedTime not in the form YYYYMMDDHHMMSSZ"),
    (0x17, "70010100000aZ", "a UTCTime with a character that is not a digit"),
    (0x17, "701301000000Z", "a UTCTime that is not a real date and time"),
    (0x17, "010229000000Z", "a UTCTime that is not a real date and time"),
    (0x18, "19000229000000Z", "a GeneralizedTime that is not a real date and time"),
    (0x17, "700431000000Z", "a UTCTime that is not a real date and time"),
    (0x17, "700101240000Z", "a UTCTime that is not a real date and time"),
    (0x17, "700101006000Z", "a UTCTime that is not a real date and time"),
    (0x17, "700101000060Z", "a UTCTime that is not a real date and time"),
    (0x17, "700100000000Z", "a UTCTime that is not a real date and time"),
    (0x02, "1", "expected a time, found an INTEGER"),
  ] as [(UInt8, String, String)])
  func refusesOtherForms(tag: UInt8, text: String, reason: String) {
    #expect(throws: DERError(reason: reason)) { try time(tag, text) }
  }
}
