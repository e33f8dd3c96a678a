import Testing

@testable import IAMCLI

/// What a name that is not a command is taken to mean: the aws CLI's names, IAMCli's names
/// written apart or the other way round, typos, and IAMCli commands iam has not got yet.
@Suite struct SuggestionTests {
  private static let available = CommandTable.documented.map(\.name)

  private func meaning(_ typed: String) -> Suggestion? { Suggestion.meaning(of: typed, among: Self.available) }

  @Test func theInventoryIsIAMClisSixtyNineCommandsAndHoldsEveryLegacyCommandOfTheTable() {
    #expect(IAMCliCommands.all.map(\.name).sorted() == CommandTableTests.iamCli.keys.sorted())
    let inventory = Set(IAMCliCommands.all.map(\.name))
    for command in CommandTable.all where command.isLegacy && !command.isAddition {
      #expect(inventory.contains(command.name), "\(command.name) is not an IAMCli command")
    }
    let legacy = CommandTable.all.filter { $0.isLegacy && !$0.isAddition }
    #expect(IAMCliCommands.notImplemented.count == 69 - legacy.count)
  }

  /// Every addition is in the table, and none shares a name with an IAMCli command.
  @Test func theAdditionsAreCommandsIAMCliDidNotHave() {
    let inventory = Set(IAMCliCommands.all.map(\.name))
    for entry in AddedCommands.all {
      #expect(!inventory.contains(entry.name), "\(entry.name) is an IAMCli command")
      #expect(CommandTable.command(named: entry.name)?.isAddition == true, "\(entry.name)")
    }
    #expect(meaning("attach-user-policy") == .command("userattachpolicy"))
    #expect(meaning("list-policies") == .command("policylistbypath"))
    #expect(meaning("assume-role") == .command("assumerole"))
    #expect(meaning("update-role") == .command("rolemod"))
  }

  @Test(arguments: [
    ("create-user", "usercreate"), ("list-users", "userlistbypath"), ("put-group-policy", "groupuploadpolicy"),
    ("get-user-policy", "userlistpolicies"), ("add-user-to-group", "groupadduser"),
    ("list-instance-profiles-for-role", "instanceprofilelistforrole"), ("update-assume-role-policy", "roleupdateassumepolicy"),
    ("CreateUser", "usercreate"), ("create_user", "usercreate"), ("createuser", "usercreate"),
  ])
  func theAwsCLIsNamesMeanTheirIAMCliCommand(_ typed: String, _ command: String) {
    #expect(meaning(typed) == .command(command))
  }

  /// Every aws CLI name the inventory knows leads to its command, implemented or not.
  @Test func everyAwsNameIsUnderstood() {
    for entry in IAMCliCommands.all {
      let implemented = CommandTable.command(named: entry.name) != nil
      for operation in entry.awsOperations {
        #expect(meaning(operation) == (implemented ? .command(entry.name) : .notImplemented(entry.name)), "\(operation)")
      }
    }
  }

  @Test(arguments: [
    ("user-create", "usercreate"), ("User-Create", "usercreate"), ("iam-usercreate", "usercreate"),
    ("del-user", "userdel"), ("deluser", "userdel"), ("key-user-del", "userdelkey"), ("policy_upload_group", "groupuploadpolicy"),
    ("usercreat", "usercreate"), ("usrecreate", "usercreate"), ("instanceprofilecreat", "instanceprofilecreate"),
    ("vresion", "version"),
  ])
  func wordsApartSwappedOrMistypedMeanTheCommand(_ typed: String, _ command: String) {
    #expect(meaning(typed) == .command(command))
  }

  @Test func everyIAMCliCommandIsImplemented() {
    #expect(IAMCliCommands.notImplemented.isEmpty)
  }

  /// Once a command exists, its name, its near misses and its aws CLI name lead to it, never to a
  /// neighbour.
  @Test func implementedCommandsAreFoundByTheirNamesAndNearMisses() {
    #expect(meaning("userenablemfadevice") == .command("userenablemfadevice"))
    #expect(meaning("userenablemfadevic") == .command("userenablemfadevice"))
    #expect(meaning("enable-mfa-device") == .command("userenablemfadevice"))
    #expect(meaning("useraddcert") == .command("useraddcert"))
    #expect(meaning("useraddcer") == .command("useraddcert"))
    #expect(meaning("upload-signing-certificate") == .command("useraddcert"))
    #expect(meaning("create-account-alias") == .command("accountaliascreate"))
    #expect(meaning("create-virtual-mfa-device") == .command("virtualmfadevicecreate"))
  }

  /// A name two edits from a short command, or as close to two commands, is not a typo of either.
  @Test(arguments: ["groupget", "userget", "frobnicate", "user", "list", "userlist", "delete", "iam"])
  func anUnrelatedNameGetsNoSuggestion(_ typed: String) {
    #expect(meaning(typed) == nil)
  }

  @Test func swapsOfNeighboursCountAsOneEdit() {
    #expect(Suggestion.editDistance(Array("ab".utf8), Array("ba".utf8)) == 1)
    #expect(Suggestion.editDistance(Array("groupget".utf8), Array("groupdel".utf8)) == 2)
    #expect(Suggestion.editDistance(Array("".utf8), Array("abc".utf8)) == 3)
    #expect(Suggestion.editDistance(Array("abc".utf8), Array("".utf8)) == 3)
    #expect(Suggestion.editDistance(Array("kitten".utf8), Array("sitting".utf8)) == 3)
  }
}
