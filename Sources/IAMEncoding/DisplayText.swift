/// Text from a request or a document as an error message shows it: control characters would
/// corrupt the one-line message or the terminal, so they are shown as `\uXXXX` escapes.
public enum DisplayText {
  public static func escapingControls(_ value: String) -> String {
    var out = ""
    for scalar in value.unicodeScalars {
      if scalar.value < 0x20 || scalar.value == 0x7F {
        out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// `U+00E9`: a character's code point as Unicode writes it, four hex digits at least.
  public static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// `value` in double quotes, escaped.
  public static func quoted(_ value: String) -> String { "\"" + escapingControls(value) + "\"" }
}
