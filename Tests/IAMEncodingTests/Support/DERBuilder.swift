/// A small DER writer for hand-made certificates and keys: the odd cases openssl will not make.
enum DERBuilder {
  static func tlv(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
    let count = content.count
    var length: [UInt8] = []
    if count < 0x80 {
      length = [UInt8(count)]
    } else {
      var remaining = count
      while remaining > 0 {
        length.insert(UInt8(remaining & 0xFF), at: 0)
        remaining >>= 8
      }
      length.insert(0x80 | UInt8(length.count), at: 0)
    }
    return [tag] + length + content
  }

  static func sequence(_ parts: [UInt8]...) -> [UInt8] { tlv(0x30, parts.flatMap { $0 }) }
  static func set(_ parts: [UInt8]...) -> [UInt8] { tlv(0x31, parts.flatMap { $0 }) }
  static func integer(_ bytes: [UInt8]) -> [UInt8] { tlv(0x02, bytes) }
  static func bitString(_ bytes: [UInt8]) -> [UInt8] { tlv(0x03, [0] + bytes) }
  static func octetString(_ bytes: [UInt8]) -> [UInt8] { tlv(0x04, bytes) }
  static let null: [UInt8] = [0x05, 0x00]
  static func utf8(_ text: String) -> [UInt8] { tlv(0x0C, Array(text.utf8)) }
  static func printable(_ text: String) -> [UInt8] { tlv(0x13, Array(text.utf8)) }
  static func utcTime(_ text: String) -> [UInt8] { tlv(0x17, Array(text.utf8)) }
  static func explicit(_ number: UInt8, _ parts: [UInt8]...) -> [UInt8] { tlv(0xA0 | number, parts.flatMap { $0 }) }

  static func oid(_ dotted: String) -> [UInt8] {
    let arcs = dotted.split(separator: ".").map { UInt64($0)! }
    var content: [UInt8] = []
    for arc in [arcs[0] * 40 + arcs[1]] + arcs.dropFirst(2) {
      var digits: [UInt8] = [UInt8(arc & 0x7F)]
      var rest = arc >> 7
      while rest > 0 {
        digits.insert(UInt8(rest & 0x7F) | 0x80, at: 0)
        rest >>= 7
      }
      content += digits
    }
    return tlv(0x06, content)
  }

  /// `SEQUENCE OF SET OF { type, value }`, one attribute per relative name, in the order given.
  static func name(_ attributes: [(String, [UInt8])]) -> [UInt8] {
    tlv(0x30, attributes.flatMap { set(sequence(oid($0.0), $0.1)) })
  }

  static let sha256WithRSA = sequence(oid("1.2.840.113549.1.1.11"), null)

  static func rsaKeyInfo(modulus: [UInt8], exponent: [UInt8]) -> [UInt8] {
    sequence(
      sequence(oid("1.2.840.113549.1.1.1"), null), bitString(sequence(integer(modulus), integer(exponent))))
  }

  /// A certificate around `tbsFields` (the fields of TBSCertificate), with a dummy signature.
  static func certificate(_ tbsFields: [UInt8]...) -> [UInt8] {
    sequence(tlv(0x30, tbsFields.flatMap { $0 }), sha256WithRSA, bitString([1, 2, 3]))
  }
}
