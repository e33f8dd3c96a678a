import IAMService
import IAMStore

/// The environment variables that configure the simulated account (see iam(1), ENVIRONMENT).
enum EnvironmentSettings {
  static let home = "AWS_SIM_HOME"
  static let seed = "AWS_SIM_SEED"
  static let clock = "AWS_SIM_CLOCK"
  static let fsync = "AWS_SIM_FSYNC"
  /// Test hook of the crash tests: die at this step of the commit.
  static let crashAtStep = "AWS_SIM_CRASH_AT_STEP"
  /// Test hook of the full-disk tests: this step of the commit fails with ENOSPC.
  static let failAtStep = "AWS_SIM_FAIL_AT_STEP"
  /// Test hook: PBKDF2 iterations for new passwords, for test suites running a debug build,
  /// which takes over a second for the real count.
  static let passwordIterations = "AWS_SIM_PBKDF2_ITERATIONS"

  static func serviceConfiguration(_ invocation: Invocation) throws(CLIError) -> ServiceConfiguration {
    let environment = invocation.environment
    let root: String
    if let home = try invocation.pathVariable(home) {
      root = FileSystem.resolve(home, against: invocation.workingDirectory)
    } else if let userHome = try invocation.pathVariable("HOME") {
      root = userHome + "/.aws-sim"
    } else {
      throw .environment("neither AWS_SIM_HOME nor HOME is set, so there is no place for the account store")
    }
    let fixedTime = try fixedTime(invocation)
    let store = StoreOptions(
      root: root, durable: environment[fsync] == "1",
      crashAtStep: environment[crashAtStep].flatMap { Int($0) },
      failAtStep: environment[failAtStep].flatMap { Int($0) })
    let seedValue = environment[seed].flatMap { $0.isEmpty ? nil : $0 }
    var iterations = PasswordHashing.defaultIterations
    if let text = environment[passwordIterations], !text.isEmpty {
      guard let count = Int(text), PasswordHashRecord.iterationRange.contains(count) else {
        throw .environment(
          "\(passwordIterations) must be a number of iterations from 1 to \(PasswordHashRecord.iterationRange.upperBound), not '\(text)'")
      }
      iterations = count
    }
    return ServiceConfiguration(store: store, seed: seedValue, fixedTime: fixedTime, passwordIterations: iterations)
  }

  /// The time AWS_SIM_CLOCK fixes, or nil when it is not set.
  static func fixedTime(_ invocation: Invocation) throws(CLIError) -> Timestamp? {
    guard let text = invocation.environment[clock], !text.isEmpty else { return nil }
    guard let time = Timestamp(parsing: text) else {
      throw .environment(
        "AWS_SIM_CLOCK must be a UTC time from 1970 to 9999 such as 2026-01-01T00:00:00Z, or a number of seconds since 1970, not '\(text)'")
    }
    return time
  }

  /// AWS_SIM_CLOCK's time, or the system clock's.
  static func now(_ invocation: Invocation) throws(CLIError) -> Timestamp {
    try fixedTime(invocation) ?? Timestamp(seconds: SystemClock.now().seconds)
  }
}
