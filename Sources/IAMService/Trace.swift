/// What one command did, for `-d`: the operations it called, who called them, each authorization
/// decision and the store it used. Operations never print; they append here and the CLI decides.
public final class Trace {
  public private(set) var debugLines: [String] = []
  /// Messages the user should see even without `-d`, such as the creation of a new account.
  public private(set) var notices: [String] = []
  /// Whether debug lines are kept. Without `-d` nobody reads them, and building them (paths made
  /// absolute, parameters joined) was a visible part of every command's work.
  public let keepsDebugLines: Bool

  public init(keepsDebugLines: Bool = true) {
    self.keepsDebugLines = keepsDebugLines
  }

  public func debug(_ line: @autoclosure () throws -> String) rethrows {
    if keepsDebugLines { debugLines.append(try line()) }
  }

  func notice(_ line: String) { notices.append(line) }
}
