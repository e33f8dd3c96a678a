/// The commands iam adds, in IAMCli's style, for IAM operations that IAMCli 1.5.0 never had
/// (decision D9), each with the aws CLI names of the operations it performs, as `IAMCliCommands`
/// lists them for the legacy commands. `iam help` and the manual pages mark these as additions.
enum AddedCommands {
  static let all: [(name: String, awsOperations: [String])] = [
    ("groupattachpolicy", ["attach-group-policy"]),
    ("groupdetachpolicy", ["detach-group-policy"]),
    ("grouplistattachedpolicies", ["list-attached-group-policies"]),
    ("userattachpolicy", ["attach-user-policy"]),
    ("userdetachpolicy", ["detach-user-policy"]),
    ("userlistattachedpolicies", ["list-attached-user-policies"]),
    ("roleattachpolicy", ["attach-role-policy"]),
    ("roledetachpolicy", ["detach-role-policy"]),
    ("rolelistattachedpolicies", ["list-attached-role-policies"]),
    ("policycreate", ["create-policy"]),
    ("policydel", ["delete-policy"]),
    ("policyget", ["get-policy"]),
    ("policylistbypath", ["list-policies"]),
    ("policylistentities", ["list-entities-for-policy"]),
    ("policyversioncreate", ["create-policy-version"]),
    ("policyversiondel", ["delete-policy-version"]),
    ("policyversionget", ["get-policy-version"]),
    ("policyversionlist", ["list-policy-versions"]),
    ("policyversionsetdefault", ["set-default-policy-version"]),
    ("rolemod", ["update-role"]),
    ("assumerole", ["assume-role"]),
    ("getsessiontoken", ["get-session-token"]),
  ]

  static func contains(_ name: String) -> Bool { all.contains { $0.name == name } }
}
