/// Python's standard library: its zlib is the reference inflater the DEFLATE writer is checked
/// against, and a few lines of it decode PNG files independently of this module.
enum Python {
  static let tool = ExternalTool("python3")

  static var isAvailable: Bool { tool.isAvailable }

  /// Runs `program` (saved as `check.py`) beside `inputs` and returns the files it leaves.
  static func run(_ program: String, inputs: [String: [UInt8]]) async throws -> [String: [UInt8]] {
    var files = inputs
    files["check.py"] = Array(program.utf8)
    return try await tool.run(script: "python3 check.py", inputs: files).get()
  }
}
