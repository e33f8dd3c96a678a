import IAMEncoding
import IAMStore

/// Virtual MFA devices: CreateVirtualMFADevice, DeleteVirtualMFADevice, ListVirtualMFADevices,
/// and their use by users: EnableMFADevice, ResyncMFADevice, DeactivateMFADevice, ListMFADevices.
/// Codes are real TOTP codes of the device's seed, checked against the account's clock.
extension IAMAPI {
  /// MFA devices in use per user: AWS's limit since November 2022 (it was 1 before).
  static let mfaDevicesPerUserQuota = 8
  /// How many steps either side of the clock enable accepts, and resync, which exists for
  /// devices whose clocks have drifted, looks through.
  static let enableWindow = 1
  static let resyncWindow = 20

  public func createVirtualMFADevice(virtualMFADeviceName: String, path: String?) throws -> VirtualMFADevice {
    return try call("CreateVirtualMFADevice", [("VirtualMFADeviceName", virtualMFADeviceName), ("Path", path)]) {
      var check = ParameterValidation()
      check.name(virtualMFADeviceName, "virtualMFADeviceName", max: 226)
      check.path(path)
      try check.check()
      let path = path ?? "/"
      try authorize("iam:CreateVirtualMFADevice", on: arn(.mfaDevice, path: path, name: virtualMFADeviceName))
      try ensureRoom(for: MFADeviceRecord.self, named: virtualMFADeviceName, .mfaDevice, .mfaDevices)
      var updated = account
      // 40 bytes of secret, 64 base32 characters, as AWS's seeds are.
      let secret = ids.bytes(20, account: &updated) + ids.bytes(20, account: &updated)
      changeAccount { $0 = updated }
      count(.mfaDevices, 1)
      let record = MFADeviceRecord(
        name: virtualMFADeviceName, path: path, createDate: now.iso8601, seed: Base32.encode(secret))
      transaction.put(record)
      return VirtualMFADevice(serialNumber: serial(of: record), base32StringSeed: record.seed)
    }
  }

  public func deleteVirtualMFADevice(serialNumber: String) throws {
    try call("DeleteVirtualMFADevice", [("SerialNumber", serialNumber)]) {
      var check = ParameterValidation()
      check.serialNumber(serialNumber)
      try check.check()
      try authorize("iam:DeleteVirtualMFADevice", on: serialNumber)
      let device = try requireDevice(serialNumber)
      if device.userName != nil { throw IAMError.deleteConflict("deactivate the MFA device") }
      transaction.delete(MFADeviceRecord.self, named: device.name)
      count(.mfaDevices, -1)
    }
  }

  public func listVirtualMFADevices(assignmentStatus: String?, marker: String?, maxItems: Int?) throws
    -> Page<VirtualMFADeviceInfo>
  {
    return try call(
      "ListVirtualMFADevices",
      [("AssignmentStatus", assignmentStatus), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      if let assignmentStatus { check.enumeration(assignmentStatus, "assignmentStatus", ["Assigned", "Unassigned", "Any"]) }
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      try authorize("iam:ListVirtualMFADevices", on: "arn:aws:iam::\(account.accountId):mfa/")
      let wanted = assignmentStatus ?? "Any"
      let stems = try transaction.stems(of: MFADeviceRecord.self)
      return try Pagination.page(keys: stems, marker: marker, maxItems: maxItems) { stem in
        guard let device = try transaction.record(MFADeviceRecord.self, stem: stem) else { return nil }
        switch (wanted, device.userName) {
        case ("Assigned", nil), ("Unassigned", .some): return nil
        default: break
        }
        let user = try device.userName.map { name in
          describe(try self.user(named: name, holding: device))
        }
        return VirtualMFADeviceInfo(serialNumber: serial(of: device), user: user, enableDate: device.enableDate)
      }
    }
  }

  public func enableMFADevice(userName: String, serialNumber: String, authenticationCode1: String, authenticationCode2: String)
    throws
  {
    try call("EnableMFADevice", [("UserName", userName), ("SerialNumber", serialNumber)]) {
      try validate(userName, serialNumber, authenticationCode1, authenticationCode2)
      var user = try requireUser(userName, action: "iam:EnableMFADevice")
      var device = try requireDevice(serialNumber)
      if device.userName != nil { throw IAMError(.entityAlreadyExists, "MFA Device is already in use.") }
      guard user.mfaDevices.count < IAMAPI.mfaDevicesPerUserQuota else {
        throw IAMError.quota("MFADevicesPerUser", IAMAPI.mfaDevicesPerUserQuota)
      }
      try acceptConsecutive(authenticationCode1, authenticationCode2, on: &device, window: IAMAPI.enableWindow)
      device.userName = user.name
      device.enableDate = now.iso8601
      transaction.put(device)
      user.mfaDevices.append(device.name)
      transaction.put(user)
      count(.mfaDevicesInUse, 1)
    }
  }

  public func resyncMFADevice(userName: String, serialNumber: String, authenticationCode1: String, authenticationCode2: String)
    throws
  {
    try call("ResyncMFADevice", [("UserName", userName), ("SerialNumber", serialNumber)]) {
      try validate(userName, serialNumber, authenticationCode1, authenticationCode2)
      let user = try requireUser(userName, action: "iam:ResyncMFADevice")
      var device = try enabledDevice(serialNumber, of: user)
      try acceptConsecutive(authenticationCode1, authenticationCode2, on: &device, window: IAMAPI.resyncWindow)
      transaction.put(device)
    }
  }

  public func deactivateMFADevice(userName: String, serialNumber: String) throws {
    try call("DeactivateMFADevice", [("UserName", userName), ("SerialNumber", serialNumber)]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128)
      check.serialNumber(serialNumber)
      try check.check()
      var user = try requireUser(userName, action: "iam:DeactivateMFADevice")
      var device = try enabledDevice(serialNumber, of: user)
      device.userName = nil
      device.enableDate = nil
      transaction.put(device)
      user.mfaDevices.removeAll { $0 == device.name }
      transaction.put(user)
      count(.mfaDevicesInUse, -1)
    }
  }

  /// The devices enabled for a user, or for the caller when no user is named (none for the
  /// root user, whose MFA the API cannot enable).
  public func listMFADevices(userName: String?, marker: String?, maxItems: Int?) throws -> Page<MFADevice> {
    return try call("ListMFADevices", [("UserName", userName), ("Marker", marker), ("MaxItems", maxItems.map(String.init))]) {
      var check = ParameterValidation()
      check.name(userName, "userName", max: 128, required: false)
      check.marker(marker)
      check.maxItems(maxItems)
      try check.check()
      guard let name = try userName ?? impliedUserName() else {
        try authorize("iam:ListMFADevices", on: rootArn)
        return Page(items: [], isTruncated: false, marker: nil)
      }
      let user = try requireUser(name, action: "iam:ListMFADevices")
      let stems = ListingOrder.sorted(user.mfaDevices.map { MFADeviceRecord.fileStem(for: $0) })
      return try Pagination.page(keys: stems, marker: marker, maxItems: maxItems) { stem in
        let device = try storedDevice(stem: stem, of: user)
        return MFADevice(userName: user.name, serialNumber: serial(of: device), enableDate: device.enableDate ?? "")
      }
    }
  }

  // MARK: Shared by the MFA operations

  func serial(of device: MFADeviceRecord) -> String { arn(.mfaDevice, path: device.path, name: device.name) }

  private func validate(_ userName: String, _ serial: String, _ code1: String, _ code2: String) throws {
    var check = ParameterValidation()
    check.name(userName, "userName", max: 128)
    check.serialNumber(serial)
    check.authenticationCode(code1, "authenticationCode1")
    check.authenticationCode(code2, "authenticationCode2")
    try check.check()
  }

  /// The virtual device a serial number names: its ARN in this account, path and name included.
  /// Anything else (another account's ARN, a hardware token's serial) names no device here.
  func requireDevice(_ serialNumber: String) throws -> MFADeviceRecord {
    let prefix = "arn:aws:iam::\(account.accountId):mfa/"
    guard serialNumber.hasPrefix(prefix), let slash = serialNumber.lastIndex(of: "/"),
      let device = try lookUp(MFADeviceRecord.self, String(serialNumber[serialNumber.index(after: slash)...])),
      serial(of: device) == serialNumber
    else { throw EntityKind.mfaDevice.notFound(serialNumber) }
    return device
  }

  /// A device enabled for `user`; any other serial is not found for that user.
  private func enabledDevice(_ serialNumber: String, of user: UserRecord) throws -> MFADeviceRecord {
    let device = try? requireDevice(serialNumber)
    guard let device, device.userName == user.name, user.mfaDevices.contains(device.name) else {
      throw IAMError(.noSuchEntity, "MFA Device with serial number \(serialNumber) is not enabled for user \(user.name).")
    }
    return device
  }

  private func storedDevice(stem: String, of user: UserRecord) throws -> MFADeviceRecord {
    try MFACodes.device(stem: stem, of: user, in: transaction)
  }

  /// The user a device is assigned to; a device whose user is gone is damage.
  private func user(named name: String, holding device: MFADeviceRecord) throws -> UserRecord {
    guard let user = try transaction.record(UserRecord.self, named: name), user.mfaDevices.contains(device.name) else {
      throw StoreError.damaged(
        path: transaction.absolutePath(MFADeviceRecord.directory + "/" + MFADeviceRecord.fileStem(for: device.name) + ".json"),
        reason: "the device is assigned to user \(name), who does not hold it")
    }
    return user
  }

  /// Accepts `code` if it is what one of `user`'s enabled devices shows now (see `MFACodes`).
  func acceptCode(_ code: String, of user: UserRecord, serialNumber: String? = nil) throws -> Bool {
    try MFACodes.accept(code, of: user, now: now, in: transaction) { serialNumber == nil || serial(of: $0) == serialNumber }
  }

  /// Accepts two consecutive codes, `first` for a step and `second` for the next, with the
  /// second step within `window` steps of where the device's clock is thought to be, and not
  /// before a step already used. The device then remembers its drift and the step used.
  private func acceptConsecutive(_ first: String, _ second: String, on device: inout MFADeviceRecord, window: Int) throws {
    guard let secret = Base32.decode(device.seed) else {
      throw StoreError.damaged(
        path: transaction.absolutePath(MFADeviceRecord.directory + "/" + MFADeviceRecord.fileStem(for: device.name) + ".json"),
        reason: "the seed is not base32")
    }
    let current = OneTimePassword.counter(at: now.seconds)
    // The nearest steps first, so that a match close to the clock wins over a distant one.
    let offsets = [0] + (1...window).flatMap { [$0, -$0] }
    for offset in offsets {
      let step = current + device.drift + offset
      if let used = device.lastUsedStep, step - 1 <= used { continue }
      if OneTimePassword.hotp(secret: secret, counter: step - 1) == first
        && OneTimePassword.hotp(secret: secret, counter: step) == second
      {
        device.drift = step - current
        device.lastUsedStep = step
        return
      }
    }
    throw IAMError(.invalidAuthenticationCode, "Authentication code for device is not valid.")
  }
}
