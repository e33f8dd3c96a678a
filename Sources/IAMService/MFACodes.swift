import IAMEncoding
import IAMStore

/// The check of a single MFA code, as a sign-in or a session request makes it: is it what one of
/// the user's enabled devices shows now?
enum MFACodes {
  /// Accepts `code` if one of `user`'s devices that `isWanted` shows it at `now`, within a step
  /// either side of the device's clock. A code is good once: the step it belongs to, and every
  /// step before, cannot be used again, so the device remembers it.
  static func accept(
    _ code: String, of user: UserRecord, now: Timestamp, in transaction: Transaction,
    isWanted: (MFADeviceRecord) -> Bool = { _ in true }
  ) throws -> Bool {
    let current = OneTimePassword.counter(at: now.seconds)
    for name in user.mfaDevices {
      var device = try device(stem: MFADeviceRecord.fileStem(for: name), of: user, in: transaction)
      guard isWanted(device), let secret = Base32.decode(device.seed) else { continue }
      for offset in [0, -1, 1] {
        let step = current + device.drift + offset
        if let used = device.lastUsedStep, step <= used { continue }
        if OneTimePassword.hotp(secret: secret, counter: step) == code {
          device.lastUsedStep = step
          transaction.put(device)
          return true
        }
      }
    }
    return false
  }

  /// A device that `user`'s record lists; one that is missing, or enabled for someone else, is damage.
  static func device(stem: String, of user: UserRecord, in transaction: Transaction) throws -> MFADeviceRecord {
    guard let device = try transaction.record(MFADeviceRecord.self, stem: stem), device.userName == user.name else {
      throw StoreError.damaged(
        path: transaction.absolutePath(MFADeviceRecord.directory + "/" + stem + ".json"),
        reason: "user \(user.name) lists this MFA device, but it is missing or enabled for someone else")
    }
    return device
  }
}
