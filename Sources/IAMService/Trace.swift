/// What one command did, for `-d`: the operations it called, who called them, each authorization
/// decision and the store it used. Operations never print; they append here and the CLI decides.
public final class Trace {
  public private(set) var debugLines: [String] = []
  /// Messages the user should see even without `-d`, such as the creation of a new account.
  public private(set) var notices: [String] = []

  public init() {}

  public func debug(_ line: String) { debugLines.append(line) }

  func notice(_ line: String) { notices.append(line) }
}
