import Testing

@testable import IAMCLI

/// The command table is the one source of help, man pages and completions, so it must be complete,
/// and its legacy commands must declare exactly the options of IAMCli 1.5.0 (spec §6, decision D1).
@Suite struct CommandTableTests {
  /// Spec §6, "shown by -h as": `!` required, `*` repeatable, `~` a switch that takes no value.
  /// Options that are "one of" a pair (-f/-o, -c/-f, -f/-s) are optional to the parser.
  static let iamCli: [String: [String]] = [
    "accountaliascreate": ["-a ACCOUNTALIAS!"],
    "accountaliasdelete": ["-a ACCOUNTALIAS!"],
    "accountaliaslist": ["-i MAXITEMS", "-m MARKER"],
    "accountdelpasswordpolicy": [],
    "accountgetpasswordpolicy": [],
    "accountgetsummary": [],
    "accountmodpasswordpolicy": ["-a ALLOWUSERSTOCHANGEPASSWORD~", "-l REQUIRELOWERCASE~", "-m MINIMUMPASSWORDLENGTH", "-n REQUIRENUMBERS~", "-s REQUIRESYMBOLS~", "-u REQUIREUPPERCASE~"],
    "groupaddpolicy": ["-a ACTION!*", "-e EFFECT!", "-g GROUPNAME!", "-o~", "-p POLICYNAME!", "-r AMAZON RESOURCE NAME!*"],
    "groupadduser": ["-g GROUPNAME!", "-u USERNAME!*"],
    "groupcreate": ["-g GROUPNAME!", "-p PATH", "-v VERBOSE~"],
    "groupdel": ["-g GROUPNAME!", "-p~", "-r~"],
    "groupdelpolicy": ["-g GROUPNAME!", "-p POLICYNAME!"],
    "grouplistbypath": ["-i MAXITEMS", "-m MARKER", "-p PATH"],
    "grouplistpolicies": ["-g GROUPNAME!", "-i MAXITEMS", "-m MARKER", "-p POLICYNAME", "-v~"],
    "grouplistusers": ["-g GROUPNAME!", "-i MAXITEMS", "-m MARKER"],
    "groupmod": ["-g GROUPNAME!", "-n NEWGROUPNAME", "-p NEWPATH"],
    "groupremoveuser": ["-g GROUPNAME!", "-u USERNAME!*"],
    "groupuploadpolicy": ["-f POLICYDOCUMENTFILE", "-g GROUPNAME!", "-o POLICYDOCUMENT", "-p POLICYNAME!"],
    "useraddcert": ["-c CERTIFICATE", "-f CERTIFICATEFILE", "-u USERNAME"],
    "useraddkey": ["-u USERNAME"],
    "useraddloginprofile": ["-p PASSWORD!", "-u USERNAME!"],
    "useraddpolicy": ["-a ACTION!*", "-e EFFECT!", "-o~", "-p POLICYNAME!", "-r AMAZON RESOURCE NAME!*", "-u USERNAME!"],
    "userchangepassword": ["-n NEWPASSWORD!", "-o OLDPASSWORD!"],
    "usercreate": ["-g GROUPS*", "-k~", "-p PATH", "-u USERNAME!", "-v VERBOSE~"],
    "userdel": ["-p~", "-r~", "-u USERNAME!"],
    "userdelcert": ["-c CERTIFICATEID!", "-u USERNAME"],
    "userdelkey": ["-k ACCESSKEYID!", "-u USERNAME"],
    "userdelloginprofile": ["-u USERNAME!"],
    "userdelpolicy": ["-p POLICYNAME!", "-u USERNAME!"],
    "usergetattributes": ["-u USERNAME"],
    "usergetloginprofile": ["-u USERNAME!"],
    "userlistbypath": ["-i MAXITEMS", "-m MARKER", "-p PATH"],
    "userlistcerts": ["-i MAXITEMS", "-m MARKER", "-u USERNAME", "-v~"],
    "userlistgroups": ["-i MAXITEMS", "-m MARKER", "-u USERNAME!"],
    "userlistkeys": ["-i MAXITEMS", "-m MARKER", "-u USERNAME"],
    "userlistpolicies": ["-i MAXITEMS", "-m MARKER", "-p POLICYNAME", "-u USERNAME!", "-v~"],
    "usermod": ["-n NEWUSERNAME", "-p PATH", "-u USERNAME!"],
    "usermodcert": ["-c CERTIFICATEID!", "-s STATUS!", "-u USERNAME"],
    "usermodkey": ["-k ACCESSKEYID", "-s STATUS!", "-u USERNAME"],
    "usermodloginprofile": ["-p PASSWORD!", "-u USERNAME!"],
    "useruploadpolicy": ["-f POLICYDOCUMENTFILE", "-o POLICYDOCUMENT", "-p POLICYNAME!", "-u USERNAME!"],
    "userdeactivatemfadevice": ["-s SERIAL!", "-u USERNAME!"],
    "userenablemfadevice": ["-c1 CODE1!", "-c2 CODE2!", "-s SERIAL!", "-u USERNAME!"],
    "userlistmfadevices": ["-i MAXITEMS", "-m MARKER", "-u USERNAME"],
    "userresyncmfadevice": ["-c1 CODE1!", "-c2 CODE2!", "-s SERIAL!", "-u USERNAME!"],
    "roleaddpolicy": ["-a ACTION!*", "-c AMAZON RESOURCE NAME!*", "-e EFFECT!", "-o~", "-p POLICYNAME!", "-r ROLENAME!"],
    "rolecreate": ["-f POLICYDOCUMENTFILE", "-p PATH", "-r ROLENAME!", "-s SERVICE", "-v VERBOSE~"],
    "roledel": ["-c~", "-p~", "-r ROLENAME!"],
    "roledelpolicy": ["-p POLICYNAME!", "-r ROLENAME!"],
    "rolegetattributes": ["-r ROLENAME!"],
    "rolelistbypath": ["-i MAXITEMS", "-m MARKER", "-p PATHPREFIX"],
    "rolelistpolicies": ["-i MAXITEMS", "-m MARKER", "-p POLICYNAME", "-r ROLENAME!", "-v~"],
    "roleupdateassumepolicy": ["-f POLICYDOCUMENTFILE", "-o~", "-r ROLENAME!", "-s SERVICE"],
    "roleuploadpolicy": ["-f POLICYDOCUMENTFILE", "-o POLICYDOCUMENT", "-p POLICYNAME!", "-r ROLENAME!"],
    "instanceprofileaddrole": ["-r ROLENAME!", "-s INSTANCEPROFILENAME!"],
    "instanceprofilecreate": ["-p PATH", "-r ROLENAME", "-s INSTANCEPROFILENAME!"],
    "instanceprofiledel": ["-p~", "-r~", "-s INSTANCEPROFILENAME!"],
    "instanceprofilegetattributes": ["-r~", "-s INSTANCEPROFILENAME!"],
    "instanceprofilelistbypath": ["-i MAXITEMS", "-m MARKER", "-p PATHPREFIX"],
    "instanceprofilelistforrole": ["-i MAXITEMS", "-m MARKER", "-r ROLENAME!"],
    "instanceprofileremoverole": ["-r ROLENAME!", "-s INSTANCEPROFILENAME!"],
    "servercertdel": ["-s SERVERCERTNAME!"],
    "servercertgetattributes": ["-s SERVERCERTNAME!"],
    "servercertlistbypath": ["-i MAXITEMS", "-m MARKER", "-p PATHPREFIX"],
    "servercertmod": ["-n NEWSERVERCERTNAME", "-p NEWPATH", "-s SERVERCERTNAME!"],
    "servercertupload": ["-b CERTBODYFILE!", "-c CERTCHAINFILE", "-k PRIVATEKEYFILE!", "-p PATH", "-s SERVERCERTNAME!", "-v VERBOSE~"],
    "virtualmfadevicecreate": ["-b BOOTSTRAPMETHOD!", "-o OUTPUTFILE", "-p PATH", "-s DEVICENAME!"],
    "virtualmfadevicedel": ["-s SERIAL!"],
    "virtualmfadevicelist": ["-i MAXITEMS", "-m MARKER", "-t ASSIGNMENTSTATUS!", "-v~"],
  ]

  /// Options that IAMCli lacked, for what IAM added later: long options only, so that they can
  /// never take a letter an old script uses.
  static let extensions: [String: [String]] = [
    "accountmodpasswordpolicy": ["--hard-expiry~", "--max-password-age DAYS", "--password-reuse-prevention COUNT"],
    "useraddloginprofile": ["--password-reset-required~"],
    "virtualmfadevicecreate": ["--show-qr~", "-t is -b"],
    "usermodloginprofile": ["--password-reset-required~"],
    "rolecreate": ["--max-session-duration SECONDS"],
  ]

  /// An option as the spec lists it; an alias, which IAMCli never had, is declared apart.
  private static func signature(_ option: OptionSpec) -> String {
    ([option.name] + (option.metavar.map { [$0] } ?? [])).joined(separator: " ") + (option.kind == .flag ? "~" : "")
      + (option.isRequired ? "!" : "") + (option.isRepeatable ? "*" : "")
  }

  private static func signatures(_ option: OptionSpec) -> [String] {
    [signature(option)] + (option.alias.map { ["\($0) is \(option.name)"] } ?? [])
  }

  @Test func theSpecListsAll69Commands() {
    #expect(Self.iamCli.count == 69)
  }

  @Test func legacyCommandsDeclareExactlyTheOptionsOfIAMCli() {
    for command in CommandTable.all where command.isLegacy && !command.isAddition {
      guard let expected = Self.iamCli[command.name] else {
        Issue.record("\(command.name) is not an IAMCli 1.5.0 command")
        continue
      }
      let declared = command.options.flatMap(Self.signatures).sorted()
      #expect(declared == (expected + Self.extensions[command.name, default: []]).sorted(), "\(command.name)")
    }
  }

  @Test func everyCommandIsDescribed() {
    for command in CommandTable.documented {
      #expect(!command.summary.isEmpty && !command.summary.contains("\n"), "\(command.name): summary")
      #expect(!command.description.isEmpty, "\(command.name): description")
      #expect(!command.output.isEmpty, "\(command.name): output")
      #expect(!command.examples.isEmpty, "\(command.name): examples")
      for example in command.examples {
        #expect(!example.explanation.isEmpty, "\(command.name): \(example.command) is not explained")
      }
      for option in command.allOptions {
        #expect(!option.help.isEmpty, "\(command.name): \(option.name) has no help")
      }
    }
  }

  @Test func namesAreUnique() {
    let names = CommandTable.all.map(\.name)
    #expect(Set(names).count == names.count, "two commands share a name")
    for command in CommandTable.all {
      let spellings = command.allOptions.flatMap { [$0.name] + ($0.alias.map { [$0] } ?? []) }
      #expect(Set(spellings).count == spellings.count, "\(command.name): two options share a name: \(spellings)")
    }
  }

  /// The lookup by name lists the commands a second time, so that it builds only the one asked for.
  @Test func everyCommandIsFoundByItsName() {
    for command in CommandTable.all {
      #expect(CommandTable.command(named: command.name)?.name == command.name, "\(command.name)")
    }
    #expect(CommandTable.command(named: "nosuchcommand") == nil)
    #expect(CommandTable.command(named: "iam-usercreate") == nil)
  }

  @Test func legacyCommandsAreNeverHidden() {
    for command in CommandTable.all where command.isLegacy {
      #expect(!command.isHidden, "\(command.name)")
    }
  }

  @Test func iamHelpListsEveryDocumentedCommandOnceWithItsSummary() {
    let overview = HelpRenderer.overview(CommandTable.all)
    #expect(overview.allSatisfy { $0.count <= 79 }, "the overview must fit an 80-column terminal")
    for command in CommandTable.all {
      // Additions are marked with a + where the others have a space.
      let mark = command.isAddition ? "+ " : "  "
      let starts = overview.indices.filter { overview[$0].hasPrefix(mark + command.name + " ") }
      #expect(starts.count == (command.isHidden ? 0 : 1), "\(command.name)")
      guard let start = starts.first else { continue }
      // A long summary continues on the following, further indented lines.
      var words = overview[start].split(separator: " ").dropFirst(command.isAddition ? 2 : 1).map(String.init)
      for line in overview[(start + 1)...] {
        guard line.hasPrefix("    ") else { break }
        words += line.split(separator: " ").map(String.init)
      }
      #expect(words.joined(separator: " ") == command.summary, "\(command.name)")
    }
  }

  /// What `iam` prints alone, `iam help` prints too.
  @Test func iamAloneShowsTheOverview() {
    let sandbox = Sandbox()
    let alone = sandbox.run(["iam"])
    #expect(alone == sandbox.run(["iam", "help"]))
    #expect(alone.status == 0)
    #expect(alone.stdout == HelpRenderer.overview(CommandTable.all).map { $0 + "\n" }.joined())
  }

  /// Every example in the table, which the man pages print, is a command line the parser accepts.
  @Test func examplesAreValidCommandLines() {
    for command in CommandTable.documented {
      for example in command.examples {
        // An example may pipe the output on; the part before the pipe is the command.
        var words = Array(ShellWords.split(example.command).prefix { $0 != "|" })
        if words.first == "iam" { words.removeFirst() } else if words.first == "iam-" + command.name {
          words[0] = command.name
        }
        guard words.first == command.name else {
          Issue.record("\(command.name): example does not run the command: \(example.command)")
          continue
        }
        switch ArgumentParser.parse(Array(words.dropFirst()), for: command, legacy: false) {
        case .run: break
        case .help: Issue.record("\(command.name): example asks for help: \(example.command)")
        case .usageError(let message): Issue.record("\(command.name): \(example.command): \(message)")
        }
      }
    }
  }
}

extension CommandTableTests {
  /// The "exactly one of" groups name optional options of their own command, and the commands
  /// that the legacy synopsis writes as (A | B) have one.
  @Test func alternativesAreOptionalOptionsOfTheirCommand() {
    for command in CommandTable.all where !command.exactlyOneOf.isEmpty {
      let own = Dictionary(uniqueKeysWithValues: command.options.map { ($0.name, $0) })
      #expect(command.exactlyOneOf.count >= 2, "\(command.name)")
      for name in command.exactlyOneOf {
        #expect(own[name] != nil && own[name]?.isRequired == false, "\(command.name) \(name)")
      }
    }
    let grouped = CommandTable.all.filter { !$0.exactlyOneOf.isEmpty }.map(\.name).sorted()
    #expect(
      grouped == [
        "groupuploadpolicy", "policycreate", "policyversioncreate", "rolecreate", "roleupdateassumepolicy", "roleuploadpolicy", "useraddcert",
        "useruploadpolicy",
      ])
  }

  @Test func theManPageSynopsisShowsAlternativesTogether() throws {
    let page = try #require(GeneratedFiles.manPages().first { $0.path == "man/iam-rolecreate.1" })
    #expect(page.content.contains(".Pq Fl f Ar POLICYDOCUMENTFILE | Fl s Ar SERVICE\n"))
  }
}
