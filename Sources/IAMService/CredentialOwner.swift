import IAMStore

/// Whose credentials an operation acts on. Access keys and signing certificates belong to a
/// user, or, when no user is named and the caller is the root user, to the account itself.
struct CredentialOwner {
  var user: UserRecord?
  /// The ids of the owner's credentials of the kind the operation deals with.
  var ids: [String]
}

/// Where each kind of credential is listed, for a user and for the root user.
struct CredentialKind: Sendable {
  let ofUser: WritableKeyPath<UserRecord, [String]> & Sendable
  let ofRoot: WritableKeyPath<AccountRecord, [String]> & Sendable

  static let accessKeys = CredentialKind(ofUser: \.accessKeys, ofRoot: \.rootAccessKeys)
  static let signingCertificates = CredentialKind(ofUser: \.signingCertificates, ofRoot: \.rootSigningCertificates)
}

extension IAMAPI {
  /// The named user, or the caller when `userName` is nil (the account for the root user),
  /// with `action` authorized on its ARN.
  func credentialOwner(_ userName: String?, action: String, _ kind: CredentialKind) throws -> CredentialOwner {
    guard let name = try userName ?? impliedUserName() else {
      try authorize(action, on: rootArn)
      return CredentialOwner(user: nil, ids: account[keyPath: kind.ofRoot])
    }
    let user = try requireUser(name, action: action)
    return CredentialOwner(user: user, ids: user[keyPath: kind.ofUser])
  }

  /// Stages the owner's list of `kind` as it now stands.
  func save(_ owner: CredentialOwner, _ kind: CredentialKind) {
    if var user = owner.user {
      user[keyPath: kind.ofUser] = owner.ids
      transaction.put(user)
    } else {
      changeAccount { $0[keyPath: kind.ofRoot] = owner.ids }
    }
  }

  func validateOptionalUser(_ userName: String?) throws {
    var check = ParameterValidation()
    check.name(userName, "userName", max: 128, required: false)
    try check.check()
  }
}
