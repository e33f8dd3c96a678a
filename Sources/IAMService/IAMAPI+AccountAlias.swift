import IAMStore

/// CreateAccountAlias, DeleteAccountAlias and ListAccountAliases. An account has at most one
/// alias: creating another replaces it, as IAM does (spec §2 and §3.4).
extension IAMAPI {
  public func createAccountAlias(_ alias: String) throws {
    try call("CreateAccountAlias", [("AccountAlias", alias)]) {
      var check = ParameterValidation()
      check.accountAlias(alias)
      try check.check()
      try authorize("iam:CreateAccountAlias", on: "*")
      // The pattern admits twelve digits, which the sign-in page would read as an account id.
      if alias.utf8.count == 12 && alias.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
        throw IAMError(.invalidInput, "An account alias cannot be a 12-digit number, which reads as an account id.")
      }
      // Aliases are unique across AWS; offline, the only alias known to be taken is this account's own.
      if account.alias == alias { throw IAMError(.entityAlreadyExists, "The account alias \(alias) already exists.") }
      changeAccount { $0.alias = alias }
    }
  }

  public func deleteAccountAlias(_ alias: String) throws {
    try call("DeleteAccountAlias", [("AccountAlias", alias)]) {
      var check = ParameterValidation()
      check.accountAlias(alias)
      try check.check()
      try authorize("iam:DeleteAccountAlias", on: "*")
      guard account.alias == alias else {
        throw IAMError(.noSuchEntity, "The account alias \(alias) cannot be found.")
      }
      changeAccount { $0.alias = nil }
    }
  }

  public func listAccountAliases(marker: String?, maxItems: Int?) throws -> Page<String> {
    return try call("ListAccountAliases", [("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      try authorize("iam:ListAccountAliases", on: "*")
      return try Pagination.page(keys: account.alias.map { [$0] } ?? [], marker: marker, maxItems: maxItems) { $0 }
    }
  }
}
