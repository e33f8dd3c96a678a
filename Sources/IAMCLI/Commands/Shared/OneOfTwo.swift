/// Two options of which exactly one must be given, such as `-f FILE` and `-o TEXT` of the upload
/// commands. The command checks it itself, after parsing, with the legacy tool's own messages
/// (spec §5.4); the table's `exactlyOneOf` shows the choice in help and man pages.
struct OneOfTwo {
  enum Given {
    case first(String)
    case second(String)
  }

  let first: OptionSpec
  let second: OptionSpec
  /// What the legacy tool said when neither was given, and when both were.
  let neither: String
  let both: String
  /// Where the legacy message for both names the wrong option, the one legacy mode keeps.
  var legacyBoth: String?

  var names: [String] { [first.name, second.name] }

  func value(_ arguments: ParsedArguments, legacy: Bool) throws(CLIError) -> Given {
    switch (arguments.value(first), arguments.value(second)) {
    case (nil, nil): throw .usage(neither)
    case (.some, .some): throw .usage(legacy ? legacyBoth ?? both : both)
    case (.some(let value), nil): return .first(value)
    case (nil, .some(let value)): return .second(value)
    }
  }
}
