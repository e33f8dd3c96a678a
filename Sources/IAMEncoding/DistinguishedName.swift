/// The string form of an X.501 Name (RFC 4514): relative distinguished names last first, joined by
/// commas, the attributes of a multi-valued one joined by "+", "CN=Example CA,O=Example,C=US".
/// Non-ASCII characters stay as they are, as with `openssl x509 -nameopt RFC2253,-esc_msb`.
/// Control characters are escaped as `\XX`, so the text is safe to print on one line.
enum DistinguishedName {
  /// `Name ::= SEQUENCE OF SET OF SEQUENCE { type OBJECT IDENTIFIER, value ANY }`.
  static func description(of name: DERElement) throws(DERError) -> String {
    var relativeNames = try name.children()
    var parts: [String] = []
    while !relativeNames.isAtEnd {
      var attributes = try relativeNames.read(.set).children()
      guard !attributes.isAtEnd else { throw DERError(reason: "an empty relative distinguished name") }
      var pairs: [String] = []
      while !attributes.isAtEnd {
        var pair = try attributes.read(.sequence).children()
        let type = try pair.read(.objectIdentifier).objectIdentifier()
        let value = try pair.read()
        try pair.finish()
        pairs.append(try attribute(type: type, value: value))
      }
      // Within a multi-valued name too, as `openssl -nameopt RFC2253` writes it, so the text
      // reads the same as what openssl shows for the certificate.
      parts.append(pairs.reversed().joinedText(separator: "+"))
    }
    return parts.reversed().joinedText(separator: ",")
  }

  /// `CN=name`; as RFC 4514 section 2.4 specifies, an attribute without a short name is written
  /// by OID with its value as `#` and the hex of its DER, and so is a value that is not a string.
  private static func attribute(type: String, value: DERElement) throws(DERError) -> String {
    guard let short = shortName(type) else { return type + "=#" + Hex.encode(value.encoding) }
    guard value.isString else { return short + "=#" + Hex.encode(value.encoding) }
    return short + "=" + escaped(try value.string())
  }

  /// The names of RFC 4514 section 3, then the ones openssl uses for other common attributes.
  private static func shortName(_ oid: String) -> String? {
    switch oid {
    case "2.5.4.3": return "CN"
    case "2.5.4.7": return "L"
    case "2.5.4.8": return "ST"
    case "2.5.4.10": return "O"
    case "2.5.4.11": return "OU"
    case "2.5.4.6": return "C"
    case "2.5.4.9": return "STREET"
    case "0.9.2342.19200300.100.1.25": return "DC"
    case "0.9.2342.19200300.100.1.1": return "UID"
    case "2.5.4.4": return "SN"
    case "2.5.4.5": return "serialNumber"
    case "2.5.4.12": return "title"
    case "2.5.4.13": return "description"
    case "2.5.4.15": return "businessCategory"
    case "2.5.4.17": return "postalCode"
    case "2.5.4.42": return "GN"
    case "2.5.4.43": return "initials"
    case "2.5.4.44": return "generationQualifier"
    case "2.5.4.46": return "dnQualifier"
    case "2.5.4.65": return "pseudonym"
    case "2.5.4.97": return "organizationIdentifier"
    case "1.2.840.113549.1.9.1": return "emailAddress"
    default: return nil
    }
  }

  /// RFC 4514 section 2.4: the special characters get a backslash, a leading space or "#" and a
  /// trailing space too; control characters become `\XX`.
  private static func escaped(_ value: String) -> String {
    let scalars = Array(value.unicodeScalars)
    var out = ""
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\"", "+", ",", ";", "<", ">", "\\":
        out += "\\"
        out.unicodeScalars.append(scalar)
      case " " where index == 0 || index == scalars.count - 1, "#" where index == 0:
        out += "\\"
        out.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        out += "\\" + Hex.encode([UInt8(scalar.value)]).uppercased()
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
