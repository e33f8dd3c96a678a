import Testing

@testable import IAMCLI

/// The `-h` layout of spec §4.5: description, usage line, one block per option sorted by display
/// name, a 37-column label, the text cut every 39 characters, a final empty line. That is the
/// legacy mode's layout; the default one wraps between words and says which options are required.
@Suite struct HelpRendererTests {
  private func help(_ command: String, legacy: Bool = true) -> [String] {
    guard let spec = CommandTable.command(named: command) else { preconditionFailure("no command \(command)") }
    return HelpRenderer.lines(for: spec, legacy: legacy)
  }

  private static let commonBlock = [
    " --aws-credential-file CREDENTIALFILE  : Read the access key from this file inst",
    "                                         ead of the one AWS_CREDENTIAL_FILE name",
    "                                         s.",
    " --client-config-file CLIENTCONFIGFILE : Accepted for old scripts; there is no p",
    "                                         roxy to configure, so it changes nothin",
    "                                         g.",
    " --url SERVICEENDPOINT                 : Accepted for old scripts; every call go",
    "                                         es to the local store, so it changes no",
    "                                         thing.",
  ]

  private static let debugBlock = [
    " -d (--debug)                          : Describe on standard error what the com",
    "                                         mand does: calls, caller, access decisi",
    "                                         ons, store.",
  ]

  @Test func groupDelPolicy() {
    let expected =
      [
        "Deletes one inline policy of the group; the access it granted ends at once.",
        "iam-groupdelpolicy [options...] arguments...",
      ] + Self.commonBlock + Self.debugBlock + [
        " -g GROUPNAME                          : Name of the group.",
        " -h                                    : Print this help and exit.",
        " -p POLICYNAME                         : Name of the policy to delete.",
        "",
      ]
    #expect(help("groupdelpolicy") == expected)
  }

  /// A metavar with spaces, a switch without metavar, chunks that begin or end with a space, and
  /// `-d (--debug)` sorted between `-a` and `-e`.
  @Test func userAddPolicy() {
    let expected =
      [
        "Builds a policy with one statement from the effect, actions and resources on",
        "the command line and stores it as an inline policy of the user, replacing any",
        "policy of the same name.",
        "iam-useraddpolicy [options...] arguments...",
      ] + Self.commonBlock + [
        " -a ACTION                             : An action such as ec2:DescribeInstances",
        "                                          or s3:*; repeat -a for each action.",
      ] + Self.debugBlock + [
        " -e EFFECT                             : Allow or Deny: whether the statement gr",
        "                                         ants the actions or forbids them. Case ",
        "                                         does not matter.",
        " -h                                    : Print this help and exit.",
        " -o                                    : Print the generated policy document onc",
        "                                         e it is stored.",
        " -p POLICYNAME                         : Name of the policy; a policy of that na",
        "                                         me is replaced.",
        " -r AMAZON RESOURCE NAME               : The ARN of a resource the statement cov",
        "                                         ers, or *; repeat -r for each resource.",
        " -u USERNAME                           : Name of the user.",
        "",
      ]
    #expect(help("useraddpolicy") == expected)
  }

  // MARK: The rules, on a made-up tool command (whose only common option is -h)

  private func command(description: String, options: [OptionSpec]) -> CommandSpec {
    CommandSpec(
      name: "testcommand", family: .users, summary: "s", description: description, options: options,
      output: "", examples: [], isLegacy: false
    ) { _, _ in [] }
  }

  @Test func descriptionsBreakAtNewlinesAndWrapBetweenWordsWithin79Columns() {
    let long = (1...30).map { "word\($0)" }.joined(separator: " ")
    let lines = HelpRenderer.lines(for: command(description: "First line.\n\n" + long, options: []), legacy: true)
    #expect(
      Array(lines.prefix(6)) == [
        "First line.",
        "",
        "word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12",
        "word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23",
        "word24 word25 word26 word27 word28 word29 word30",
        "iam testcommand [options...]",
      ])
  }

  @Test func aLineOfExactly79CharactersIsNotBroken() {
    let exact = String(repeating: "x", count: 39) + " " + String(repeating: "y", count: 39)
    let lines = HelpRenderer.lines(for: command(description: exact + " z", options: []), legacy: true)
    #expect(Array(lines.prefix(2)) == [exact, "z"])
  }

  @Test func optionTextIsCutEvery39CharactersRegardlessOfWords() {
    let text39 = String(repeating: "a", count: 38) + "."
    let text40 = text39 + "b"
    let option39 = OptionSpec("-x", "VALUE", help: text39)
    let option40 = OptionSpec("-y", help: text40)
    let option78 = OptionSpec("-z", "Z", help: text39 + text39 + " ")
    let lines = HelpRenderer.lines(for: command(description: "D", options: [option78, option40, option39]), legacy: true)
    let indent = String(repeating: " ", count: 41)
    #expect(
      lines.filter { $0.hasPrefix(" -x") || $0.hasPrefix(" -y") || $0.hasPrefix(" -z") || $0.hasPrefix(indent) }
        == [
          " -x VALUE                              : " + text39,
          " -y                                    : " + text39,
          indent + "b",
          " -z Z                                  : " + text39,
          indent + text39,
          indent + " ",
        ])
  }

  // MARK: Every command

  @Test func everyCommandFollowsTheLayout() {
    for spec in CommandTable.documented {
      let lines = HelpRenderer.lines(for: spec, legacy: true)
      let usage = spec.isLegacy ? "\(spec.legacyName) [options...] arguments..." : nil
      guard let usageIndex = lines.firstIndex(where: { $0.hasPrefix(spec.isLegacy ? "iam-" : "iam ") }) else {
        Issue.record("\(spec.name): no usage line")
        continue
      }
      if let usage { #expect(lines[usageIndex] == usage, "\(spec.name)") }
      #expect(lines.last == "", "\(spec.name): help ends with an empty line")
      #expect(lines.allSatisfy { $0.count <= 80 }, "\(spec.name): a line is wider than 80 columns")
      // Rebuild each option's text from its block: label column, " : ", then 39-character chunks.
      var texts: [(label: String, text: String)] = []
      for line in lines[(usageIndex + 1)...].dropLast() {
        if line.hasPrefix(String(repeating: " ", count: 41)), !texts.isEmpty {
          texts[texts.count - 1].text += line.dropFirst(41)
        } else {
          let label = String(line.dropFirst().prefix(37))
          #expect(line.dropFirst(38).hasPrefix(" : "), "\(spec.name): \(line)")
          texts.append((label.trimmingTrailingSpaces, String(line.dropFirst(41))))
        }
      }
      let options = spec.allOptions
      #expect(texts.map(\.label) == options.map(\.usageLabel), "\(spec.name): labels or their order")
      #expect(texts.map(\.text) == options.map(\.help), "\(spec.name): option texts")
      #expect(options.map(\.displayName) == options.map(\.displayName).sorted(), "\(spec.name): option order")
    }
  }
}

// MARK: The default layout

extension HelpRendererTests {
  @Test func theDefaultLayoutWrapsBetweenWordsAndMarksRequiredOptions() {
    let expected =
      [
        "Builds a policy with one statement from the effect, actions and resources on",
        "the command line and stores it as an inline policy of the user, replacing any",
        "policy of the same name.",
        "iam-useraddpolicy [options...] arguments...",
        " --aws-credential-file CREDENTIALFILE  : Read the access key from this file",
        "                                         instead of the one AWS_CREDENTIAL_FILE",
        "                                         names.",
        " --client-config-file CLIENTCONFIGFILE : Accepted for old scripts; there is no",
        "                                         proxy to configure, so it changes",
        "                                         nothing.",
        " --url SERVICEENDPOINT                 : Accepted for old scripts; every call",
        "                                         goes to the local store, so it changes",
        "                                         nothing.",
        " -a ACTION                             : Required. An action such as",
        "                                         ec2:DescribeInstances or s3:*; repeat",
        "                                         -a for each action.",
        " -d (--debug)                          : Describe on standard error what the",
        "                                         command does: calls, caller, access",
        "                                         decisions, store.",
        " -e EFFECT                             : Required. Allow or Deny: whether the",
        "                                         statement grants the actions or forbids",
        "                                         them. Case does not matter.",
        " -h                                    : Print this help and exit.",
        " -o                                    : Print the generated policy document",
        "                                         once it is stored.",
        " -p POLICYNAME                         : Required. Name of the policy; a policy",
        "                                         of that name is replaced.",
        " -r AMAZON RESOURCE NAME               : Required. The ARN of a resource the",
        "                                         statement covers, or *; repeat -r for",
        "                                         each resource.",
        " -u USERNAME                           : Required. Name of the user.",
        "",
      ]
    #expect(help("useraddpolicy", legacy: false) == expected)
  }

  @Test func optionsOfWhichOneIsNeededSayWhichOtherWouldDo() {
    let lines = help("useruploadpolicy", legacy: false)
    #expect(lines.contains(" -f POLICYDOCUMENTFILE                 : Required unless -o is given. Read the"))
    #expect(lines.contains(" -o POLICYDOCUMENT                     : Required unless -f is given. The policy"))
  }

  @Test func aWordLongerThanTheColumnIsCut() {
    let long = String(repeating: "w", count: 45)
    let lines = HelpRenderer.optionLines(OptionSpec("-x", help: "a " + long + " b"), of: command(description: "", options: []))
    let indent = String(repeating: " ", count: 41)
    #expect(
      lines == [
        " -x                                    : a", indent + String(long.prefix(39)), indent + "wwwwww", indent + "b",
      ])
  }

  /// Every command's help fits 80 columns, breaks only between words, and says of each option
  /// whether it is required, before its own text.
  @Test func everyCommandFollowsTheDefaultLayout() {
    for spec in CommandTable.documented {
      let lines = HelpRenderer.lines(for: spec, legacy: false)
      #expect(lines.allSatisfy { $0.count <= 80 }, "\(spec.name): a line is wider than 80 columns")
      guard let usageIndex = lines.firstIndex(where: { $0.hasPrefix(spec.isLegacy ? "iam-" : "iam ") }) else {
        Issue.record("\(spec.name): no usage line")
        continue
      }
      var texts: [String] = []
      for line in lines[(usageIndex + 1)...].dropLast() {
        if line.hasPrefix(String(repeating: " ", count: 41)), !texts.isEmpty {
          texts[texts.count - 1] += " " + line.dropFirst(41)
        } else {
          texts.append(String(line.dropFirst(41)))
        }
      }
      let expected = spec.allOptions.map { option in
        let alternatives = spec.exactlyOneOf.filter { $0 != option.name }
        if option.isRequired { return "Required. " + option.help }
        if spec.exactlyOneOf.contains(option.name) {
          return "Required unless \(alternatives.joined(separator: " or ")) is given. " + option.help
        }
        return option.help
      }
      #expect(texts == expected, "\(spec.name)")
    }
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
