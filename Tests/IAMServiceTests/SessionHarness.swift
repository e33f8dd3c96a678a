import IAMEncoding
import IAMService
import Testing

/// What the session tests need beyond `ServiceHarness`: roles with trust policies, MFA devices
/// with their codes, and calls at other times than the harness's clock.
extension ServiceHarness {
  static let start = 1_795_000_000

  /// A trust policy of one Allow statement for `sts:AssumeRole`.
  static func trust(_ principal: String, condition: String? = nil) -> String {
    let conditionMember = condition.map { #","Condition":\#($0)"# } ?? ""
    return #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":\#(principal),"Action":"sts:AssumeRole"\#(conditionMember)}]}"#
  }

  func userArn(_ name: String) -> String { "arn:aws:iam::\(accountId):user/\(name)" }
  func roleArn(_ name: String) -> String { "arn:aws:iam::\(accountId):role/\(name)" }
  func sessionArn(_ role: String, _ session: String) -> String { "arn:aws:sts::\(accountId):assumed-role/\(role)/\(session)" }

  /// A role with the given trust policy and inline policies.
  @discardableResult
  func role(_ name: String, trust: String, policies: [String: String] = [:], maxSessionDuration: Int? = nil) throws -> Role {
    try call { iam in
      let role = try iam.createRole(
        roleName: name, path: nil, assumeRolePolicyDocument: trust, maxSessionDuration: maxSessionDuration)
      for (policyName, document) in policies {
        try iam.putRolePolicy(roleName: name, policyName: policyName, policyDocument: document)
      }
      return role
    }
  }

  /// A virtual MFA device enabled for `user` at the harness's clock, its serial and its secret.
  func enabledDevice(for user: String) throws -> (serial: String, secret: [UInt8]) {
    try call { iam in
      let device = try iam.createVirtualMFADevice(virtualMFADeviceName: user + "-phone", path: nil)
      let secret = try #require(Base32.decode(device.base32StringSeed))
      try iam.enableMFADevice(
        userName: user, serialNumber: device.serialNumber, authenticationCode1: Self.code(secret, step: -1),
        authenticationCode2: Self.code(secret))
      return (device.serialNumber, secret)
    }
  }

  /// The code a device shows `step` steps after the one of `seconds`.
  static func code(_ secret: [UInt8], at seconds: Int = start, step: Int = 0) -> String {
    OneTimePassword.hotp(secret: secret, counter: OneTimePassword.counter(at: seconds) + step)
  }

  /// One command's worth of operations at `seconds`, as a later command would run them.
  @discardableResult
  func call<T>(as caller: AccessKeyPair, at seconds: Int, trace: Trace = Trace(), _ body: (IAMAPI) throws -> T) throws -> T {
    try service(at: Timestamp(seconds: seconds)).perform(credentials: caller, trace: trace, body)
  }

  /// The error line of operations run at `seconds`, or nil when they succeed.
  func failure<T>(as caller: AccessKeyPair, at seconds: Int, _ body: (IAMAPI) throws -> T) -> String? {
    do {
      try call(as: caller, at: seconds, body)
      return nil
    } catch let error as IAMError {
      return error.line
    } catch {
      return "unexpected: \(error)"
    }
  }
}

extension Credentials {
  /// The credentials as a credential file gives them, session token included.
  var pair: AccessKeyPair {
    AccessKeyPair(accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken)
  }
}
