import IAMEncoding
import IAMService

extension CommandSpec {
  static let trail: CommandSpec = {
    let user = OptionSpec(
      "--user", "USER", completion: .users,
      help: "Only the calls this IAM user made, with its own keys or in a session it started.")
    let role = OptionSpec("--role", "ROLE", completion: .roles, help: "Only the calls made in sessions of this role.")
    let action = OptionSpec(
      "--action", "ACTION", help: "Only the calls of this action: CreateUser, or with its service, iam:CreateUser.")
    let errors = OptionSpec.flag("--errors", help: "Only the calls that were refused or failed.")
    let since = OptionSpec(
      "--since", "TIME", help: "Only the calls made at or after TIME, such as 2026-12-01T00:00:00Z.")
    let until = OptionSpec("--until", "TIME", help: "Only the calls made at or before TIME.")
    let json = OptionSpec.flag(
      "--json", help: "Print each record as the trail holds it, CloudTrail's JSON, one object per line.")
    return CommandSpec(
      name: "trail", family: .tool,
      summary: "Show who called what in the account, and how each call ended.",
      description: """
        Reads the account's audit trail. Every call that reaches the simulated service is recorded there as \
        CloudTrail records it, whoever made it and however it ended: allowed, refused, or failed, and a call \
        that succeeded inside a command that then failed is marked as rolled back. Sign-ins checked with iam \
        signin are recorded as ConsoleLogin events. The options narrow the list; given together, a record must \
        match them all. Reading the trail is itself a call, cloudtrail:LookupEvents, which the caller's policies \
        must allow (the root user may always), and it is recorded too.
        """,
      options: [user, role, action, errors, since, until, json, CommonOptions.credentialFile, CommonOptions.debug],
      output: """
        Oldest first, a table with a header line and one line per call: TIME, IDENTITY (root, user/NAME or \
        assumed-role/ROLE/SESSION), EVENT (service:Action), RESULT (ok, ok, rolled back, or the error code) and \
        the request's PARAMETERS as name=value words. With --json, the records themselves, one per line.
        """,
      examples: [
        Example("iam trail --user bob --errors", "What bob tried and was refused, or got wrong."),
        Example("iam trail --action iam:DeleteUser", "Who deleted users, and which."),
        Example(
          "iam trail --json --since 2026-12-01T00:00:00Z",
          "The records of the calls made since the first of December, one JSON object per line for jq."),
      ],
      isLegacy: false, storeAccess: .asCaller
    ) { arguments, context in
      func time(_ option: OptionSpec) throws -> Timestamp? {
        guard let text = arguments.value(option) else { return nil }
        guard let time = Timestamp(parsing: text) else {
          throw CLIError.usage(
            "\(option.name) takes a UTC time such as 2026-12-01T00:00:00Z or a number of seconds since 1970, "
              + "not '\(text)'")
        }
        return time
      }
      let query = TrailQuery(
        userName: arguments.value(user), roleName: arguments.value(role), action: arguments.value(action),
        errorsOnly: arguments.flag(errors), startTime: try time(since), endTime: try time(until))
      let lookup = try context.iam { try $0.lookupEvents(query) }
      for place in lookup.damagedLines {
        context.note("skipped \(place): it is not a record of the trail (the file was edited or damaged)")
      }
      if arguments.flag(json) { return lookup.entries.map(\.line) }
      return TrailTable.lines(lookup.entries)
    }
  }()
}

/// The trail as a person reads it: parameters last because they vary most.
enum TrailTable {
  static func lines(_ entries: [TrailEntry]) -> [String] {
    ColumnTable.lines(
      header: ["TIME", "IDENTITY", "EVENT", "RESULT", "PARAMETERS"],
      rows: entries.map { [$0.time.iso8601, $0.identity, $0.event, $0.result, $0.parameters.joinedText(separator: " ")] })
  }
}
