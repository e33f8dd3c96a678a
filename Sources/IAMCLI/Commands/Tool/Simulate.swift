import IAMEncoding
import IAMService

extension CommandSpec {
  static let simulate: CommandSpec = {
    let user = SharedOptions.userName(required: false, "Simulate as this user: its policies and those of its groups.")
    let group = OptionSpec("-g", "GROUPNAME", completion: .groups, help: "Simulate with this group's policies.")
    let role = OptionSpec("--role", "ROLENAME", completion: .roles, help: "Simulate with this role's policies.")
    let subject = OptionSpec(
      "--as", "CREDENTIALFILE", kind: .file,
      help: "Simulate as whoever this credential file's key is, a session key with its role and MFA included.")
    let file = OptionSpec(
      "-f", "POLICYFILE", kind: .file, repeatable: true,
      help: "A policy document to evaluate; alone, only the documents given count, as SimulateCustomPolicy does.")
    let action = OptionSpec(
      "-a", "ACTION", repeatable: true, completion: .policyActions, help: "An action to decide, such as iam:CreateUser.")
    let assumeRole = OptionSpec(
      "--assume-role", "ROLENAME", completion: .roles,
      help: "Also decide whether the user or credentials may assume this role: its trust policy, then their own.")
    let resource = OptionSpec(
      "-r", "RESOURCE", repeatable: true, help: "A resource ARN to decide each action on; * when none is given.")
    let context = OptionSpec(
      "--context", "KEY=VALUES", repeatable: true, completion: .values(SimulationContextOption.keys),
      help: "A condition key of the request: KEY=VALUE, or KEY=VALUE,VALUE for several, then :TYPE if wanted.")
    let expect = OptionSpec(
      "--expect", "DECISION", kind: .choice(SimulationDecision.all),
      help: "Exit with status 1 unless every decision is this one: allowed, explicitDeny or implicitDeny.")
    let json = OptionSpec.flag("--json", help: "Print AWS's EvaluationResults as JSON instead of a table.")
    return CommandSpec(
      name: "simulate", family: .tool,
      summary: "Decide actions on resources the way the account's policies would, without doing them.",
      description: """
        Evaluates the policies of a user (with its groups'), a group, a role, or whoever a credential file's key \
        is (--as, a session included), and any documents given with -f, \
        for each action on each resource, and says what IAM would decide and which statement decided: where it \
        is written in its policy, by line and column. Nothing is changed. Condition keys the request would carry \
        (aws:username, aws:CurrentTime...) are set as for a request of the principal; --context adds or replaces \
        them. A --context value list is split at commas; TYPE is one of AWS's context key types (string, \
        stringList, numeric, boolean, date, ip, binary, and their List forms), string or stringList when left out. \
        --assume-role asks a role's trust policy, as AssumeRole does, whether the user (-u) or the credentials \
        (--as) may assume it, which AWS's own simulator does not: it adds an sts:AssumeRole line. \
        With -d, every statement considered is listed under its decision with the reason it applies or not, \
        and each condition's verdict. Simulating needs iam:SimulatePrincipalPolicy on the principal, or \
        iam:SimulateCustomPolicy for documents alone, as AWS's simulator does.
        """,
      options: [
        user, group, role, subject, file, action, assumeRole, resource, context, expect, json, CommonOptions.credentialFile,
        CommonOptions.debug,
      ],
      output: """
        A table with a header line and one line per action and resource: ACTION, RESOURCE, DECISION (allowed, \
        explicitDeny or implicitDeny) and BY, the statement that decided, or for an implicit deny the context \
        keys that conditions looked for and the request lacked. With --json, {"EvaluationResults": [...]} in the \
        shape of AWS's API.
        """,
      examples: [
        Example(
          "iam simulate -u bob -a iam:CreateUser -a iam:ListUsers -r 'arn:aws:iam::123456789012:user/*'",
          "What bob may do of the two, and which statement says so."),
        Example(
          "iam simulate -f candidate.json -a ec2:TerminateInstances --expect implicitDeny",
          "Check, in a script, that a policy being written does not allow terminating instances."),
        Example(
          "iam simulate --role s3-readonly -a s3:GetObject -r arn:aws:s3:::bucket/key --context aws:MultiFactorAuthPresent=true:boolean",
          "Decide a request made with MFA."),
      ],
      isLegacy: false, storeAccess: .asCaller
    ) { arguments, commandContext in
      let chosen = [user, group, role, subject].filter { arguments.value($0) != nil }
      guard chosen.count <= 1 else {
        throw CLIError.usage("give one of -u, -g, --role and --as: the simulation is of one principal")
      }
      let principal: SimulationPrincipal
      if let name = arguments.value(user) {
        principal = .user(name)
      } else if let name = arguments.value(group) {
        principal = .group(name)
      } else if let name = arguments.value(role) {
        principal = .role(name)
      } else if let file = arguments.value(subject) {
        principal = .credentials(try CredentialSource.pair(in: file, invocation: commandContext.invocation))
      } else if !arguments.values(file).isEmpty {
        principal = .documentsOnly
      } else {
        throw CLIError.usage("say whose policies to simulate: -u, -g, --role, --as, or documents with -f")
      }
      let entries = try arguments.values(context).map(SimulationContextOption.parse)
      guard !arguments.values(action).isEmpty || arguments.value(assumeRole) != nil else {
        throw CLIError.usage("say what to decide: actions with -a, or a role to assume with --assume-role")
      }
      let documents = try arguments.values(file).map { try commandContext.readDocument($0) }
      let input = SimulationInput(
        actions: arguments.values(action), resources: arguments.values(resource), context: entries,
        documents: documents, assumeRole: arguments.value(assumeRole))
      let results = try commandContext.iam { try $0.simulate(principal, input) }
      let lines = arguments.flag(json) ? [SimulationOutput.json(results)] : SimulationOutput.table(results)
      if let wanted = arguments.value(expect) {
        let other = results.filter { $0.decision != wanted }
        if let first = other.first {
          throw CLIError.unexpected(
            output: lines,
            message: "expected \(wanted), but \(first.action) on \(first.resource) is \(first.decision)"
              + (other.count > 1 ? " (and \(other.count - 1) more)" : ""))
        }
      }
      return lines
    }
  }()
}

/// The three decisions of IAM's simulator.
enum SimulationDecision {
  static let all = ["allowed", "explicitDeny", "implicitDeny"]
}
