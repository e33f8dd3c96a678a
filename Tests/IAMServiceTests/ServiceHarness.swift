import Foundation
import IAMService
import IAMStore
import Testing

/// A service over a fresh store in a temporary directory, with fixed ids and clock, and the root
/// user's credentials read back from the file the account was created with.
final class ServiceHarness {
  let directory: String
  let service: IAMService
  let root: AccessKeyPair
  /// Read once: a look-up inside another call's transaction would wait for that call's lock.
  let accountId: String

  /// Passwords are hashed with `passwordIterations` PBKDF2 iterations: a handful by default,
  /// because a debug build takes over a second for the real count.
  init(clock: Timestamp = Timestamp(seconds: 1_795_000_000), passwordIterations: Int = 10) throws {
    directory = NSTemporaryDirectory() + "iam-service-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let service = IAMService(
      configuration: ServiceConfiguration(
        store: StoreOptions(root: directory + "/store"), seed: "service-tests",
        fixedTime: clock, passwordIterations: passwordIterations))
    self.service = service
    try service.bootstrapIfNeeded(trace: Trace())
    let text = try String(contentsOfFile: service.rootCredentialsPath, encoding: .utf8)
    var values: [String: String] = [:]
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
      if parts.count == 2 { values[parts[0]] = parts[1] }
    }
    let root = AccessKeyPair(accessKeyId: values["AWSAccessKeyId"]!, secretAccessKey: values["AWSSecretKey"]!)
    self.root = root
    accountId = try service.perform(credentials: root, trace: Trace()) { $0.accountId }
  }

  deinit { try? FileManager.default.removeItem(atPath: directory) }

  /// The same store seen by a service whose clock says `clock`, as a later command would see it.
  func service(at clock: Timestamp) -> IAMService {
    var configuration = service.configuration
    configuration.fixedTime = clock
    return IAMService(configuration: configuration)
  }

  /// Runs one command's worth of operations as `caller` (the root user by default).
  @discardableResult
  func call<T>(as caller: AccessKeyPair? = nil, trace: Trace = Trace(), _ body: (IAMAPI) throws -> T) throws -> T {
    try service.perform(credentials: caller ?? root, trace: trace, body)
  }

  /// The error an operation fails with, or nil when it succeeds.
  func failure<T>(as caller: AccessKeyPair? = nil, _ body: (IAMAPI) throws -> T) -> String? {
    do {
      try call(as: caller, body)
      return nil
    } catch let error as IAMError {
      return error.line
    } catch {
      return "unexpected: \(error)"
    }
  }

  /// A user with an access key and the given inline policies, ready to act as a caller.
  func user(_ name: String, policies: [String: String] = [:]) throws -> AccessKeyPair {
    try call { iam in
      _ = try iam.createUser(userName: name, path: nil)
      for (policyName, document) in policies {
        try iam.putUserPolicy(userName: name, policyName: policyName, policyDocument: document)
      }
      let key = try iam.createAccessKey(userName: name)
      return AccessKeyPair(accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey)
    }
  }

  /// Sets an entity count in account.json directly, to reach a quota without creating thousands.
  func setCount(_ kind: String, to value: Int) throws {
    let path = directory + "/store/account.json"
    var object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
    var counts = object["counts"] as? [String: Any] ?? [:]
    counts[kind] = value
    object["counts"] = counts
    try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
  }
}

/// A one-statement policy document allowing (or denying) `action` on `resource`.
func statement(_ action: String, _ resource: String = "*", effect: String = "Allow") -> String {
  #"{"Version":"2012-10-17","Statement":[{"Effect":"\#(effect)","Action":"\#(action)","Resource":"\#(resource)"}]}"#
}
