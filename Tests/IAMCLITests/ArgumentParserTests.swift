import Testing

@testable import IAMCLI

/// The parsing rules of spec §4.2, checked directly against the command table's own declarations.
@Suite struct ArgumentParserTests {
  // MARK: Helpers

  private func spec(_ command: String) -> CommandSpec {
    guard let spec = CommandTable.command(named: command) else {
      preconditionFailure("no command \(command) in the table")
    }
    return spec
  }

  private func option(_ command: String, _ name: String) -> OptionSpec {
    guard let option = spec(command).allOptions.first(where: { $0.name == name }) else {
      preconditionFailure("\(command) has no option \(name)")
    }
    return option
  }

  /// What the parser made of a line: the arguments, or why it refused them.
  private enum Result: Equatable {
    case run
    case help
    case usage(String)
  }

  /// Legacy mode unless told otherwise: most rules are the same in both modes, and where they
  /// differ the legacy one is IAMCli's (spec §4.2).
  private func outcome(_ command: String, _ words: [String], legacy: Bool = true) -> Result {
    switch ArgumentParser.parse(words, for: spec(command), legacy: legacy) {
    case .run: return .run
    case .help: return .help
    case .usageError(let message): return .usage(message)
    }
  }

  private func parsed(_ command: String, _ words: [String], sourceLocation: SourceLocation = #_sourceLocation)
    -> ParsedArguments?
  {
    switch ArgumentParser.parse(words, for: spec(command), legacy: false) {
    case .run(let arguments): return arguments
    case .help:
      Issue.record("\(words) asked for help", sourceLocation: sourceLocation)
    case .usageError(let message):
      Issue.record("\(words) was refused: \(message)", sourceLocation: sourceLocation)
    }
    return nil
  }

  // MARK: Values

  @Test func theNextWordIsTheValueEvenWhenItStartsWithADash() throws {
    let arguments = try #require(parsed("usercreate", ["-u", "-k", "-p", "-v"]))
    #expect(arguments.value(option("usercreate", "-u")) == "-k")
    #expect(arguments.value(option("usercreate", "-p")) == "-v")
    #expect(!arguments.flag(option("usercreate", "-k")))
    #expect(!arguments.flag(option("usercreate", "-v")))
  }

  @Test func anEmptyWordIsAValue() throws {
    let arguments = try #require(parsed("groupcreate", ["-g", ""]))
    #expect(arguments.value(option("groupcreate", "-g")) == "")
  }

  @Test func theLastValueOfASingleValuedOptionWins() throws {
    let arguments = try #require(parsed("usercreate", ["-u", "a1", "-p", "/x/", "-u", "a2"]))
    #expect(arguments.value(option("usercreate", "-u")) == "a2")
  }

  @Test func repeatableOptionsKeepEveryValueInOrder() throws {
    let arguments = try #require(parsed("groupadduser", ["-u", "zed", "-g", "G", "-u", "amy", "-u", "zed"]))
    #expect(arguments.values(option("groupadduser", "-u")) == ["zed", "amy", "zed"])
    let policy = try #require(
      parsed("useraddpolicy", ["-u", "x", "-p", "P", "-e", "Allow", "-a", "s3:b", "-r", "r2", "-a", "s3:a", "-r", "r1"]))
    #expect(policy.values(option("useraddpolicy", "-a")) == ["s3:b", "s3:a"])
    #expect(policy.values(option("useraddpolicy", "-r")) == ["r2", "r1"])
  }

  @Test func switchesTakeNoValueEvenWhenHelpShowsOne() {
    // -v is shown as "-v VERBOSE" but the next word is not its value.
    #expect(outcome("usercreate", ["-u", "x", "-v", "VERBOSE"]) == .usage("No argument is allowed: VERBOSE"))
    #expect(outcome("usercreate", ["-u", "x", "-v", "-k", "-v"]) == .run)
  }

  @Test func choicesIgnoreCaseAndAreStoredInTheirCanonicalSpelling() throws {
    let base = ["-u", "x", "-p", "P", "-a", "s3:*", "-r", "*", "-e"]
    for (typed, canonical) in [("allow", "Allow"), ("ALLOW", "Allow"), ("dEnY", "Deny"), ("Deny", "Deny")] {
      let arguments = try #require(parsed("useraddpolicy", base + [typed]))
      #expect(arguments.value(option("useraddpolicy", "-e")) == canonical)
    }
    #expect(outcome("useraddpolicy", base + ["Allowed"]) == .usage("\"Allowed\" is not a valid value for \"-e\""))
    #expect(outcome("useraddpolicy", base + [""]) == .usage("\"\" is not a valid value for \"-e\""))
    let status = try #require(parsed("usermodkey", ["-s", "inactive"]))
    #expect(status.value(option("usermodkey", "-s")) == "Inactive")
    #expect(outcome("usermodkey", ["-s", "Expired"]) == .usage("\"Expired\" is not a valid value for \"-s\""))
  }

  @Test(arguments: [
    ("0", 0), ("-5", -5), ("+7", 7), ("0010", 10), ("2147483647", 2_147_483_647), ("-2147483648", -2_147_483_648),
  ])
  func integersAreReadAsJavaReadsThem(_ text: String, _ value: Int) throws {
    let arguments = try #require(parsed("userlistbypath", ["-i", text]))
    #expect(arguments.integer(option("userlistbypath", "-i")) == value)
  }

  @Test(arguments: ["2147483648", "-2147483649", "", "ten", "1e3", " 5", "5 ", "0x10", "-", "+", "1.0"])
  func otherWordsAreNotIntegers(_ text: String) {
    #expect(outcome("userlistbypath", ["-i", text]) == .usage("\"\(text)\" is not a valid value for \"-i\""))
  }

  // MARK: Help

  @Test func dashHAnywhereAsksForHelp() {
    #expect(outcome("usercreate", ["-h"]) == .help)
    #expect(outcome("usercreate", ["-u", "-h"]) == .help)
    #expect(outcome("usercreate", ["--bogus", "stray", "-h"]) == .help)
    #expect(outcome("useraddpolicy", ["-e", "Maybe", "-h"]) == .help)
    #expect(outcome("help", ["-h"]) == .help)
  }

  @Test func onlyTheExactWordAsksForHelp() {
    #expect(outcome("usercreate", ["-u", "x", "-H"]) == .usage("\"-H\" is not a valid option"))
    #expect(outcome("usercreate", ["-u", "x", "--help"]) == .usage("\"--help\" is not a valid option"))
    #expect(outcome("usercreate", ["-u", "x", "-hv"]) == .usage("\"-hv\" is not a valid option"))
  }

  // MARK: Errors

  @Test(arguments: [
    "--help", "--region", "--show-empty-fields", "--headers", "--connection-timeout", "-H", "--", "-kv",
    "--url=http://x", "-U", "--user-name", "-", "-c1",
  ])
  func unknownOptionsAreRefused(_ word: String) {
    #expect(outcome("usercreate", ["-u", "x", word]) == .usage("\"\(word)\" is not a valid option"))
  }

  @Test func anOptionAtTheEndWithoutItsValue() {
    #expect(outcome("usercreate", ["-u"]) == .usage("Option \"-u\" takes an operand"))
    #expect(outcome("usercreate", ["-u", "x", "--url"]) == .usage("Option \"--url\" takes an operand"))
    #expect(outcome("usercreate", ["-u", "x", "--aws-credential-file"])
      == .usage("Option \"--aws-credential-file\" takes an operand"))
    #expect(outcome("userlistbypath", ["-i"]) == .usage("Option \"-i\" takes an operand"))
  }

  @Test func positionalWordsAreRefused() {
    #expect(outcome("groupcreate", ["-g", "G", "extra"]) == .usage("No argument is allowed: extra"))
    #expect(outcome("groupcreate", ["-g", "G", ""]) == .usage("No argument is allowed: "))
    #expect(outcome("usercreate", ["-u", "x", "-g", "A", "B"]) == .usage("No argument is allowed: B"))
    #expect(outcome("groupadduser", ["-g", "G", "-u", "a", "b"]) == .usage("No argument is allowed: b"))
  }

  @Test func legacyModeReportsTheFirstRequiredOptionMissingInHelpOrder() {
    #expect(outcome("groupcreate", []) == .usage("Option \"-g\" is required"))
    #expect(outcome("useraddpolicy", []) == .usage("Option \"-a\" is required"))
    #expect(outcome("useraddpolicy", ["-a", "s3:*"]) == .usage("Option \"-e\" is required"))
    #expect(outcome("useraddpolicy", ["-a", "s3:*", "-e", "Allow", "-r", "*", "-u", "x"])
      == .usage("Option \"-p\" is required"))
    #expect(outcome("useraddpolicy", ["-a", "s3:*", "-e", "Allow", "-p", "P", "-r", "*"])
      == .usage("Option \"-u\" is required"))
  }

  @Test func legacyModeReportsTheFirstProblemFromTheLeftAndRequiredOptionsLast() {
    #expect(outcome("groupcreate", ["extra", "-x"]) == .usage("No argument is allowed: extra"))
    #expect(outcome("groupcreate", ["-x", "extra"]) == .usage("\"-x\" is not a valid option"))
    #expect(outcome("userlistbypath", ["-i", "abc", "-x"]) == .usage("\"abc\" is not a valid value for \"-i\""))
    #expect(outcome("useraddpolicy", ["-e", "Maybe"]) == .usage("\"Maybe\" is not a valid value for \"-e\""))
    #expect(outcome("useraddpolicy", ["-x"]) == .usage("\"-x\" is not a valid option"))
  }

  // MARK: Errors in the default mode: everything at once

  @Test func everyMissingRequiredOptionIsNamedInOneMessage() {
    #expect(outcome("groupcreate", [], legacy: false) == .usage("Option \"-g\" is required"))
    #expect(
      outcome("useraddpolicy", [], legacy: false)
        == .usage("Options \"-a\", \"-e\", \"-p\", \"-r\" and \"-u\" are required"))
    #expect(
      outcome("useraddpolicy", ["-a", "s3:*", "-r", "*"], legacy: false)
        == .usage("Options \"-e\", \"-p\" and \"-u\" are required"))
  }

  @Test func aChoiceOfOptionsOfWhichOneIsNeededCountsAsMissing() {
    #expect(
      outcome("useruploadpolicy", [], legacy: false)
        == .usage("Options \"-p\" and \"-u\" are required, and one of \"-f\" and \"-o\""))
    #expect(outcome("rolecreate", [], legacy: false) == .usage("Option \"-r\" is required, and one of \"-f\" and \"-s\""))
    #expect(outcome("useruploadpolicy", ["-u", "x", "-p", "P"], legacy: false) == .usage("One of \"-f\" and \"-o\" is required"))
    #expect(outcome("useruploadpolicy", ["-u", "x", "-p", "P", "-o", "{}"], legacy: false) == .run)
    // Legacy mode leaves the choice to the command, which words it as IAMCli did.
    #expect(outcome("useruploadpolicy", ["-u", "x", "-p", "P"]) == .run)
  }

  @Test func everyWrongWordIsNamedOnItsOwnLineBeforeWhatIsMissing() {
    #expect(
      outcome("useraddpolicy", ["-e", "Permit", "-x", "stray", "-u", "bob"], legacy: false)
        == .usage(
          """
          "Permit" is not a valid value for "-e": use Allow or Deny
          "-x" is not a valid option
          No argument is allowed: stray
          Options "-a", "-p" and "-r" are required
          """))
    #expect(
      outcome("groupcreate", ["extra", "-x", "-g"], legacy: false)
        == .usage(
          """
          No argument is allowed: extra
          "-x" is not a valid option
          Option "-g" takes an operand
          """))
  }

  @Test func aRefusedValueListsTheValuesThatWouldDo() {
    #expect(
      outcome("useraddpolicy", ["-u", "x", "-p", "P", "-a", "s3:*", "-r", "*", "-e", "Permit"], legacy: false)
        == .usage("\"Permit\" is not a valid value for \"-e\": use Allow or Deny"))
    #expect(
      outcome("usermodkey", ["-s", "Expired"], legacy: false)
        == .usage("\"Expired\" is not a valid value for \"-s\": use Active or Inactive"))
    #expect(
      outcome("userlistbypath", ["-i", "ten"], legacy: false)
        == .usage("\"ten\" is not a valid value for \"-i\": use a whole number from -2147483648 to 2147483647"))
  }

  @Test func optionsAreMatchedByTheExactWord() {
    #expect(outcome("groupcreate", ["-G", "x"]) == .usage("\"-G\" is not a valid option"))
    #expect(outcome("groupcreate", ["-gx"]) == .usage("\"-gx\" is not a valid option"))
    #expect(outcome("groupcreate", ["-g=x"]) == .usage("\"-g=x\" is not a valid option"))
  }

  // MARK: Common options and tool commands

  @Test func debugHasTwoSpellings() throws {
    for word in ["-d", "--debug"] {
      let arguments = try #require(parsed("groupcreate", ["-g", "G", word]))
      #expect(arguments.flag(CommonOptions.debug))
    }
  }

  /// Every legacy command accepts the five common options, given with its required options (and
  /// the first of a choice of which one is needed).
  @Test func everyLegacyCommandAcceptsTheCommonOptions() throws {
    for command in CommandTable.all where command.isLegacy {
      var words = ["--aws-credential-file", "f", "--client-config-file", "c", "--url", "u", "-d"]
      let firstAlternative = command.allOptions.first { command.exactlyOneOf.contains($0.name) }
      for option in command.options where option.isRequired || option.name == firstAlternative?.name {
        words.append(option.name)
        switch option.kind {
        case .flag: break
        case .choice(let choices): words.append(choices[0])
        case .integer: words.append("1")
        case .text, .file: words.append("x")
        }
      }
      let arguments = try #require(parsed(command.name, words), "\(command.name)")
      #expect(arguments.value(CommonOptions.credentialFile) == "f", "\(command.name)")
      #expect(arguments.value(CommonOptions.url) == "u", "\(command.name)")
      #expect(arguments.flag(CommonOptions.debug), "\(command.name)")
    }
  }

  @Test func toolCommandsTakeOperandsButNotTheLegacyOptions() throws {
    let arguments = try #require(parsed("help", ["usercreate"]))
    #expect(arguments.operands == ["usercreate"])
    #expect(outcome("help", ["--url", "x"]) == .usage("\"--url\" is not a valid option"))
    #expect(outcome("help", ["-x"]) == .usage("\"-x\" is not a valid option"))
  }
}
