extension CommandSpec {
  static let userListMFADevices: CommandSpec = {
    let user = SharedOptions.userName(
      required: false, "User whose devices to list; without it, the user whose key runs the command.")
    return CommandSpec(
      name: "userlistmfadevices", family: .mfa,
      summary: "List the MFA devices enabled for a user.",
      description: "Lists the serial numbers of the MFA devices enabled for a user, or for the caller when -u is left out.",
      options: [SharedOptions.maxItems, SharedOptions.marker, user],
      output: "One serial number per line, then IsTruncated: false, or IsTruncated: true and a Marker: line.",
      examples: [Example("iam-userlistmfadevices -u alice", "List alice's devices.")]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listMFADevices(
          userName: arguments.value(user), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      return page.items.map(\.serialNumber) + ListOutput.footer(page)
    }
  }()
}
