extension CommandSpec {
  static let userDelKey: CommandSpec = {
    let key = OptionSpec(
      "-k", "ACCESSKEYID", required: true, completion: .accessKeys, help: "Id of the access key to delete.")
    let user = SharedOptions.userName(
      required: false, "Owner of the key; without it, the user whose key runs the command.")
    return CommandSpec(
      name: "userdelkey", family: .accessKeys,
      summary: "Delete an access key.",
      description: "Deletes an access key; requests signed with it are refused from then on.",
      options: [key, user],
      output: "Nothing.",
      examples: [Example("iam-userdelkey -u alice -k AKIAIOSFODNN7EXAMPLE", "Delete one of alice's keys.")]
    ) { arguments, context in
      try context.iam { try $0.deleteAccessKey(userName: arguments.value(user), accessKeyId: arguments.required(key)) }
      return []
    }
  }()
}
