/// The real openssl: it makes the keys and certificates these tests read, at test time, and gives
/// the answers the readers must agree with.
enum OpenSSL {
  static let tool = ExternalTool("openssl")

  static var isAvailable: Bool { tool.isAvailable }

  static func run(script: String, inputs: [String: [UInt8]] = [:]) async -> ShellScript.Outcome {
    await tool.run(script: script, inputs: inputs)
  }
}
