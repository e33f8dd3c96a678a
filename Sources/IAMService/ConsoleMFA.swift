import IAMStore

/// Whether a console sign-in needs an MFA code, and whether the code given is right.
///
/// The one place sign-in asks about MFA. Until the account can hold MFA devices every user is
/// `noDevice`, and a sign-in never asks for a code; once devices exist, this is where a user's
/// assigned device is found and the code checked against it.
enum ConsoleMFA: Equatable {
  /// The user has no MFA device: no code is needed, and one that is given is not looked at.
  case noDevice
  /// The user has a device and no code was given.
  case codeMissing
  case codeWrong
  case codeAccepted

  static func check(user: UserRecord, code: String?, now: Timestamp, in transaction: Transaction) -> ConsoleMFA {
    .noDevice
  }
}
