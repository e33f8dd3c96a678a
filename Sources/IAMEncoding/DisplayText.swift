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

  /// `value` in double quotes, escaped.
  public static func quoted(_ value: String) -> String { "\"" + escapingControls(value) + "\"" }
}
