extension CommandSpec {
  static let userModKey: CommandSpec = {
    // Not required by the parser, as in IAMCli: without it the service rejects the request.
    let key = OptionSpec("-k", "ACCESSKEYID", completion: .accessKeys, help: "Id of the access key to change.")
    let status = OptionSpec(
      "-s", "STATUS", kind: .choice(["Active", "Inactive"]), required: true,
      help: "Active or Inactive. An inactive key is refused until it is made active again.")
    let user = SharedOptions.userName(
      required: false, "Owner of the key; without it, the user whose key runs the command.")
    return CommandSpec(
      name: "usermodkey", family: .accessKeys,
      summary: "Activate or deactivate an access key.",
      description: "Sets an access key to Active or Inactive. Requests signed with an inactive key are refused.",
      options: [key, status, user],
      output: "Nothing.",
      examples: [
        Example("iam-usermodkey -u alice -k AKIAIOSFODNN7EXAMPLE -s Inactive", "Suspend one of alice's keys.")
      ]
    ) { arguments, context in
      try context.iam {
        try $0.updateAccessKey(
          userName: arguments.value(user), accessKeyId: arguments.value(key), status: arguments.required(status))
      }
      return []
    }
  }()
}
