import IAMStore

/// Whose credentials an operation acts on. Access keys and signing certificates belong to a
/// user, or, when no user is named and the caller is the root user, to the account itself.
struct CredentialOwner {
  var user: UserRecord?
  /// The ids of the owner's credentials of the kind the operation deals with.
  var ids: [String]
}

/// Where each kind of credential is listed, for a user and for the root user. Spelled out case
/// by case: key paths are built at run time on first use, which cost more than the operation.
enum CredentialKind: Sendable {
  case accessKeys
  case signingCertificates

  func ids(of user: UserRecord) -> [String] {
    switch self {
    case .accessKeys: user.accessKeys
    case .signingCertificates: user.signingCertificates
    }
  }

  func ids(of account: AccountRecord) -> [String] {
    switch self {
    case .accessKeys: account.rootAccessKeys
    case .signingCertificates: account.rootSigningCertificates
    }
  }

  func set(_ ids: [String], of user: inout UserRecord) {
    switch self {
    case .accessKeys: user.accessKeys = ids
    case .signingCertificates: user.signingCertificates = ids
    }
  }

  func set(_ ids: [String], of account: inout AccountRecord) {
    switch self {
    case .accessKeys: account.rootAccessKeys = ids
    case .signingCertificates: account.rootSigningCertificates = ids
    }
  }
}

extension IAMAPI {
  /// The named user, or the caller when `userName` is nil (the account for the root user),
  /// with `action` authorized on its ARN.
  func credentialOwner(_ userName: String?, action: String, _ kind: CredentialKind) throws -> CredentialOwner {
    guard let name = try userName ?? impliedUserName() else {
      try authorize(action, on: rootArn)
      return CredentialOwner(user: nil, ids: kind.ids(of: account))
    }
    let user = try requireUser(name, action: action)
    return CredentialOwner(user: user, ids: kind.ids(of: user))
  }

  /// Stages the owner's list of `kind` as it now stands.
  func save(_ owner: CredentialOwner, _ kind: CredentialKind) {
    if var user = owner.user {
      kind.set(owner.ids, of: &user)
      transaction.put(user)
    } else {
      changeAccount { kind.set(owner.ids, of: &$0) }
    }
  }

  func validateOptionalUser(_ userName: String?) throws {
    var check = ParameterValidation()
    check.name(userName, "userName", max: 128, required: false)
    try check.check()
  }
}
