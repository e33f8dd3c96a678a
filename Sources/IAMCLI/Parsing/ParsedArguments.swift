/// The options found on a command line, read through the `OptionSpec` values that declared them
/// so that a command never looks an option up by a string.
public struct ParsedArguments: Sendable {
  private var values: [String: [String]] = [:]
  /// Words that are not options, for the tool commands that take them.
  public private(set) var operands: [String] = []

  init() {}

  mutating func addOperand(_ word: String) { operands.append(word) }

  mutating func add(_ option: OptionSpec, _ value: String) {
    values[option.name, default: []].append(value)
  }

  public func flag(_ option: OptionSpec) -> Bool { values[option.name] != nil }

  /// The value of a single-valued option; given twice, the last one wins.
  public func value(_ option: OptionSpec) -> String? { values[option.name]?.last }

  /// The value of an option the parser has already required.
  public func required(_ option: OptionSpec) -> String {
    guard let value = value(option) else { preconditionFailure("\(option.name) is not declared as required") }
    return value
  }

  /// Every value of a repeatable option, in command-line order.
  public func values(_ option: OptionSpec) -> [String] { values[option.name] ?? [] }

  /// The value of an integer option (already checked by the parser).
  public func integer(_ option: OptionSpec) -> Int? { value(option).flatMap(JavaInteger.parse) }
}

/// Integers as Java's `Integer.parseInt` reads them: an optional sign, decimal digits, 32 bits.
enum JavaInteger {
  static func parse(_ text: String) -> Int? {
    var digits = Substring(text)
    var negative = false
    if let sign = digits.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    var value = 0
    for digit in digits.utf8 {
      value = value * 10 + Int(digit - 0x30)
      if value > Int(Int32.max) + 1 { return nil }
    }
    value = negative ? -value : value
    return value >= Int(Int32.min) && value <= Int(Int32.max) ? value : nil
  }
}
