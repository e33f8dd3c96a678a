/// Why bytes could not be read as DER; `reason` is a phrase for a person.
public struct DERError: Error, Sendable, Equatable {
  public var reason: String
  public init(reason: String) { self.reason = reason }
}

/// An identifier octet in the low-tag-number form (tag numbers 0 to 30), the only form the
/// certificate and key structures use.
public struct DERTag: Sendable, Hashable {
  public var byte: UInt8
  public init(byte: UInt8) { self.byte = byte }

  public static let boolean = DERTag(byte: 0x01)
  public static let integer = DERTag(byte: 0x02)
  public static let bitString = DERTag(byte: 0x03)
  public static let octetString = DERTag(byte: 0x04)
  public static let null = DERTag(byte: 0x05)
  public static let objectIdentifier = DERTag(byte: 0x06)
  public static let utf8String = DERTag(byte: 0x0C)
  public static let numericString = DERTag(byte: 0x12)
  public static let printableString = DERTag(byte: 0x13)
  public static let t61String = DERTag(byte: 0x14)
  public static let ia5String = DERTag(byte: 0x16)
  public static let utcTime = DERTag(byte: 0x17)
  public static let generalizedTime = DERTag(byte: 0x18)
  public static let visibleString = DERTag(byte: 0x1A)
  public static let universalString = DERTag(byte: 0x1C)
  public static let bmpString = DERTag(byte: 0x1E)
  public static let sequence = DERTag(byte: 0x30)
  public static let set = DERTag(byte: 0x31)

  /// `[number]`: constructed for EXPLICIT tagging (it wraps a whole value), primitive for
  /// IMPLICIT tagging of a primitive type.
  public static func contextSpecific(_ number: UInt8, constructed: Bool) -> DERTag {
    DERTag(byte: 0x80 | (constructed ? 0x20 : 0) | (number & 0x1F))
  }

  public var isConstructed: Bool { byte & 0x20 != 0 }

  /// How an error message names the tag: "a SEQUENCE", "[3]".
  var name: String {
    switch byte {
    case 0x01: return "a BOOLEAN"
    case 0x02: return "an INTEGER"
    case 0x03: return "a BIT STRING"
    case 0x04: return "an OCTET STRING"
    case 0x05: return "a NULL"
    case 0x06: return "an OBJECT IDENTIFIER"
    case 0x0C: return "a UTF8String"
    case 0x12: return "a NumericString"
    case 0x13: return "a PrintableString"
    case 0x14: return "a T61String"
    case 0x16: return "an IA5String"
    case 0x17: return "a UTCTime"
    case 0x18: return "a GeneralizedTime"
    case 0x1A: return "a VisibleString"
    case 0x1C: return "a UniversalString"
    case 0x1E: return "a BMPString"
    case 0x30: return "a SEQUENCE"
    case 0x31: return "a SET"
    default:
      if byte & 0xC0 == 0x80 { return "[\(byte & 0x1F)]" }
      return "a value with tag \(DERTag.hex(byte))"
    }
  }

  static func hex(_ byte: UInt8) -> String { "0x" + Hex.encode([byte]).uppercased() }
}

/// One tag-length-value: its tag, its content octets and the whole encoding, as slices of the
/// input (reading copies nothing).
public struct DERElement: Sendable {
  public let tag: DERTag
  public let content: ArraySlice<UInt8>
  /// Identifier, length and content: what a signature or an exact name comparison covers.
  public let encoding: ArraySlice<UInt8>
  /// How many constructed values enclose this one.
  let depth: Int

  /// A reader over the values inside this constructed one.
  public func children() throws(DERError) -> DERReader {
    guard tag.isConstructed else { throw DERError(reason: "\(tag.name) that should hold other values does not") }
    guard depth < DERReader.maximumDepth else {
      throw DERError(reason: "values are nested more than \(DERReader.maximumDepth) deep")
    }
    return DERReader(content, depth: depth + 1)
  }
}

/// A strict reader of DER (X.690 section 10): definite lengths in their shortest form only, every
/// length checked against the input before it is used, and nesting bounded, so hostile input can
/// neither crash it nor make it allocate.
public struct DERReader: Sendable {
  /// Certificates and keys nest about eight deep; anything far deeper is not one of them.
  public static let maximumDepth = 32

  private let bytes: ArraySlice<UInt8>
  private var position: Int
  private let depth: Int

  public init(_ bytes: [UInt8]) { self.init(bytes[...], depth: 0) }

  init(_ bytes: ArraySlice<UInt8>, depth: Int) {
    self.bytes = bytes
    self.position = bytes.startIndex
    self.depth = depth
  }

  /// The one value `bytes` must consist of, with the tag it must have.
  public static func single(_ bytes: [UInt8], _ tag: DERTag) throws(DERError) -> DERElement {
    var reader = DERReader(bytes)
    let element = try reader.read(tag)
    try reader.finish()
    return element
  }

  public var isAtEnd: Bool { position == bytes.endIndex }

  /// The tag of the next value, without reading it.
  public var nextTag: DERTag? { isAtEnd ? nil : DERTag(byte: bytes[position]) }

  public mutating func read() throws(DERError) -> DERElement {
    let start = position
    guard start < bytes.endIndex else { throw DERError(reason: "a value is missing at the end of the data") }
    let identifier = bytes[start]
    guard identifier & 0x1F != 0x1F else {
      throw DERError(reason: "a tag number above 30, which these structures never use")
    }
    var cursor = start + 1
    let length = try readLength(at: &cursor)
    guard length <= bytes.endIndex - cursor else { throw DERError(reason: "a length runs past the end of the data") }
    position = cursor + length
    return DERElement(
      tag: DERTag(byte: identifier), content: bytes[cursor..<position], encoding: bytes[start..<position],
      depth: depth)
  }

  /// The next value, which must have `tag`.
  public mutating func read(_ tag: DERTag) throws(DERError) -> DERElement {
    guard let next = nextTag else { throw DERError(reason: "\(tag.name) is missing at the end of the data") }
    guard next == tag else { throw DERError(reason: "expected \(tag.name), found \(next.name)") }
    return try read()
  }

  /// The next value if it has `tag` (an OPTIONAL or DEFAULT component), else nil.
  public mutating func readIfPresent(_ tag: DERTag) throws(DERError) -> DERElement? {
    nextTag == tag ? try read() : nil
  }

  /// Refuses anything left over where the structure has ended.
  public func finish() throws(DERError) {
    let left = bytes.endIndex - position
    guard left == 0 else { throw DERError(reason: "\(left) unexpected byte\(left == 1 ? "" : "s") after the value") }
  }

  private func readLength(at cursor: inout Int) throws(DERError) -> Int {
    guard cursor < bytes.endIndex else { throw DERError(reason: "the data ends inside a value's header") }
    let first = bytes[cursor]
    cursor += 1
    if first < 0x80 { return Int(first) }
    guard first != 0x80 else { throw DERError(reason: "an indefinite length, which DER does not allow") }
    let count = Int(first & 0x7F)
    guard count <= bytes.endIndex - cursor else { throw DERError(reason: "the data ends inside a value's header") }
    guard bytes[cursor] != 0 else { throw DERError(reason: "a length not in its shortest form") }
    // Four octets already say 4 GiB, more than any input here; refusing longer ones keeps the
    // arithmetic below from overflowing.
    guard count <= 4 else { throw DERError(reason: "a length runs past the end of the data") }
    var length = 0
    for _ in 0..<count {
      length = length << 8 | Int(bytes[cursor])
      cursor += 1
    }
    guard length >= 0x80 else { throw DERError(reason: "a length not in its shortest form") }
    return length
  }
}
