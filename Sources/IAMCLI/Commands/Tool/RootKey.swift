import IAMEncoding
import IAMService
import IAMStore

extension CommandSpec {
  static let rootKey: CommandSpec = {
    let reset = OptionSpec.flag(
      "--reset",
      help: "Replace every access key of the root user with a new one, written into the store's root-credentials file.")
    return CommandSpec(
      name: "rootkey", family: .tool,
      summary: "Show the root user's access keys, or get root access back with --reset.",
      description: """
        Lists the access keys of the account's root user and says which one the store's root-credentials file \
        holds. Commands run as the root user when no credential file is named, so if that key was deactivated \
        or deleted they are refused; iam rootkey --reset replaces all the root user's keys with one new, active \
        key and writes it into root-credentials. The store is yours: this needs no credentials, and works \
        whatever the account's policies say.
        """,
      options: [reset],
      output: """
        Without --reset, one line per root access key: its id, its status (Active or Inactive) and, for the key \
        the root-credentials file holds, the words "in root-credentials". With --reset, the id of the new key.
        """,
      examples: [
        Example("iam rootkey", "See whether the root credential file still holds an active key."),
        Example("iam rootkey --reset", "Replace the root user's keys with a new one in root-credentials."),
      ],
      isLegacy: false, storeAccess: .asOwner
    ) { arguments, context in
      try context.owner { service, trace in
        if arguments.flag(reset) {
          let result = try service.resetRootAccessKeys(trace: trace)
          let replaced = result.replaced.isEmpty ? "" : " replaces \(result.replaced.joinedText(separator: " and ")) and"
          context.note("the new root access key\(replaced) is in \(service.rootCredentialsPath)")
          return [result.newKeyId]
        }
        let keys = try service.rootAccessKeys(trace: trace)
        let inFile = try service.store.readUnlocked(StoreLayout.rootCredentials)
          .flatMap { try? CredentialFile.parse($0.bytes).accessKeyId }
        if !keys.contains(where: { $0.accessKeyId == inFile && $0.status == "Active" }) {
          context.note(
            "\(service.rootCredentialsPath) holds no active root access key, so commands run without a credential file are refused; iam rootkey --reset gives you a new one")
        }
        return keys.map { "\($0.accessKeyId) \($0.status)" + ($0.accessKeyId == inFile ? " in root-credentials" : "") }
      }
    }
  }()
}
