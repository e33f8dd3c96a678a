extension CommandSpec {
  static let virtualMFADeviceList: CommandSpec = {
    // Not a choice for the parser: IAMCli passed the value on, and the service judged it.
    let status = OptionSpec(
      "-t", "ASSIGNMENTSTATUS", required: true, completion: .values(["Assigned", "Unassigned", "Any"]),
      help: "Assigned, Unassigned or Any: which devices to list.")
    let verbose = OptionSpec.flag("-v", help: "For each assigned device, also print its user's ARN and unique id.")
    return CommandSpec(
      name: "virtualmfadevicelist", family: .mfa,
      summary: "List the virtual MFA devices of the account.",
      description: "Lists the account's virtual MFA devices: those enabled for a user, those that are not, or all.",
      options: [SharedOptions.maxItems, SharedOptions.marker, status, verbose],
      output: """
        One serial number per line, with -v followed for an assigned device by its user's ARN and unique id; \
        then IsTruncated: false, or IsTruncated: true and a Marker: line.
        """,
      examples: [Example("iam-virtualmfadevicelist -t Assigned -v", "List the devices in use and their users.")]
    ) { arguments, context in
      let page = try context.iam {
        try $0.listVirtualMFADevices(
          assignmentStatus: arguments.required(status), marker: arguments.value(SharedOptions.marker),
          maxItems: arguments.integer(SharedOptions.maxItems))
      }
      let showUsers = arguments.flag(verbose)
      return page.items.flatMap { device in
        [device.serialNumber] + (showUsers ? device.user.map { [$0.arn, $0.userId] } ?? [] : [])
      } + ListOutput.footer(page)
    }
  }()
}
