import IAMEncoding
import IAMService
import Testing

/// Virtual MFA devices with real codes: the harness's clock is fixed, so the codes a device shows
/// are computed here from the seed the service hands out.
@Suite struct MFADeviceTests {
  let h: ServiceHarness
  let now = 1_795_000_000

  init() throws {
    h = try ServiceHarness()
    try h.call { iam in
      _ = try iam.createUser(userName: "alice", path: nil)
      _ = try iam.createUser(userName: "bob", path: nil)
    }
  }

  private func device(_ name: String = "alice-phone") throws -> (serial: String, secret: [UInt8]) {
    let device = try h.call { try $0.createVirtualMFADevice(virtualMFADeviceName: name, path: nil) }
    return (device.serialNumber, try #require(Base32.decode(device.base32StringSeed)))
  }

  private func code(_ secret: [UInt8], step offset: Int = 0) -> String {
    OneTimePassword.hotp(secret: secret, counter: OneTimePassword.counter(at: now) + offset)
  }

  private func enable(_ user: String, _ serial: String, _ first: String, _ second: String) -> String? {
    h.failure {
      try $0.enableMFADevice(userName: user, serialNumber: serial, authenticationCode1: first, authenticationCode2: second)
    }
  }

  static let invalid = "403 InvalidAuthenticationCode Authentication code for device is not valid."

  @Test func aDeviceIsCreatedWithA64CharacterSeedAndItsARNAsSerial() throws {
    let created = try h.call { try $0.createVirtualMFADevice(virtualMFADeviceName: "phone", path: "/team/") }
    #expect(created.serialNumber == "arn:aws:iam::\(h.accountId):mfa/team/phone")
    #expect(created.base32StringSeed.count == 64)
    #expect(
      h.failure { try $0.createVirtualMFADevice(virtualMFADeviceName: "PHONE", path: nil) }
        == "409 EntityAlreadyExists MFADevice entity at the same path and name already exists.")
  }

  @Test func twoConsecutiveCodesEnableADevice() throws {
    let (serial, secret) = try device()
    #expect(enable("alice", serial, code(secret, step: -1), code(secret)) == nil)
    let listed = try h.call { try $0.listMFADevices(userName: "alice", marker: nil, maxItems: nil) }
    #expect(listed.items.map(\.serialNumber) == [serial])
    let assigned = try h.call { try $0.listVirtualMFADevices(assignmentStatus: "Assigned", marker: nil, maxItems: nil) }
    #expect(assigned.items.map(\.user?.userName) == ["alice"])
    #expect(try h.call { try $0.listVirtualMFADevices(assignmentStatus: "Unassigned", marker: nil, maxItems: nil) }.items.isEmpty)
  }

  @Test(arguments: ["swapped", "stale", "wrong", "same twice"])
  func codesThatAreNotTwoConsecutiveOnesAreRefused(_ kind: String) throws {
    let (serial, secret) = try device()
    let (first, second): (String, String)
    switch kind {
    case "swapped": (first, second) = (code(secret), code(secret, step: -1))
    case "stale": (first, second) = (code(secret, step: -11), code(secret, step: -10))
    case "wrong": (first, second) = ("000000", "111111")
    default: (first, second) = (code(secret), code(secret))
    }
    #expect(enable("alice", serial, first, second) == Self.invalid)
    #expect(try h.call { try $0.listMFADevices(userName: "alice", marker: nil, maxItems: nil) }.items.isEmpty)
  }

  @Test func aDeviceEnabledForOneUserCannotBeEnabledForAnother() throws {
    let (serial, secret) = try device()
    #expect(enable("alice", serial, code(secret, step: -1), code(secret)) == nil)
    #expect(enable("bob", serial, code(secret), code(secret, step: 1)) == "409 EntityAlreadyExists MFA Device is already in use.")
  }

  /// Resync finds a device whose clock has drifted by minutes; the codes it used are spent.
  @Test func resyncFollowsADriftedClockAndCodesAreGoodOnce() throws {
    let (serial, secret) = try device()
    #expect(enable("alice", serial, code(secret, step: -1), code(secret)) == nil)
    let resync = { (first: String, second: String) in
      self.h.failure {
        try $0.resyncMFADevice(userName: "alice", serialNumber: serial, authenticationCode1: first, authenticationCode2: second)
      }
    }
    // Ten steps (five minutes) ahead: beyond enable's window, within resync's.
    #expect(resync(code(secret, step: 9), code(secret, step: 10)) == nil)
    #expect(resync(code(secret, step: 9), code(secret, step: 10)) == Self.invalid)
    #expect(resync(code(secret, step: 40), code(secret, step: 41)) == Self.invalid)
  }

  @Test func anAssignedDeviceCannotBeDeletedUntilDeactivated() throws {
    let (serial, secret) = try device()
    #expect(enable("alice", serial, code(secret, step: -1), code(secret)) == nil)
    #expect(
      h.failure { try $0.deleteVirtualMFADevice(serialNumber: serial) }
        == "409 DeleteConflict Cannot delete entity, must deactivate the MFA device first.")
    #expect(
      h.failure { try $0.deleteUser(userName: "alice") }
        == "409 DeleteConflict Cannot delete entity, must delete MFA device first.")
    try h.call { try $0.deactivateMFADevice(userName: "alice", serialNumber: serial) }
    try h.call { try $0.deleteVirtualMFADevice(serialNumber: serial) }
    #expect(
      h.failure { try $0.deleteVirtualMFADevice(serialNumber: serial) }
        == "404 NoSuchEntity VirtualMFADevice with serial number \(serial) doesn't exist.")
  }

  @Test func aSerialOfAnotherAccountOrAHardwareTokenNamesNoDevice() throws {
    _ = try device()
    for serial in ["arn:aws:iam::000000000000:mfa/alice-phone", "GAHT12345678"] {
      #expect(enable("alice", serial, "123456", "654321") == "404 NoSuchEntity VirtualMFADevice with serial number \(serial) doesn't exist.")
    }
  }

  @Test func codesMustBeSixDigits() throws {
    let (serial, _) = try device()
    #expect(enable("alice", serial, "12345", "abcdef")?.hasPrefix("400 ValidationError 2 validation errors detected") == true)
  }

  @Test func listingsPage() throws {
    for index in 0..<3 { _ = try device("d\(index)") }
    let first = try h.call { try $0.listVirtualMFADevices(assignmentStatus: "Any", marker: nil, maxItems: 2) }
    #expect(first.items.count == 2 && first.isTruncated)
    let rest = try h.call { try $0.listVirtualMFADevices(assignmentStatus: nil, marker: first.marker, maxItems: 2) }
    #expect(rest.items.map(\.serialNumber) == ["arn:aws:iam::\(h.accountId):mfa/d2"])
  }
}
