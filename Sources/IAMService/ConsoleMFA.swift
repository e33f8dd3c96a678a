import IAMStore

/// Whether a console sign-in needs an MFA code, and whether the code given is right.
///
/// The one place sign-in asks about MFA: a user with an enabled device must give the code it
/// shows now, and a code is good for one sign-in.
enum ConsoleMFA: Equatable {
  /// The user has no MFA device: no code is needed, and one that is given is not looked at.
  case noDevice
  /// The user has a device and no code was given.
  case codeMissing
  case codeWrong
  case codeAccepted

  static func check(user: UserRecord, code: String?, now: Timestamp, in transaction: Transaction) throws -> ConsoleMFA {
    guard !user.mfaDevices.isEmpty else { return .noDevice }
    guard let code else { return .codeMissing }
    return try MFACodes.accept(code, of: user, now: now, in: transaction) ? .codeAccepted : .codeWrong
  }
}
