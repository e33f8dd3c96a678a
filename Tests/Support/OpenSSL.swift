import Foundation

/// The real openssl, for making keys and certificates in tests: the fixtures are made at test
/// time, never committed. `.ci/run` installs it; where it is missing, the tests that need it
/// are skipped by their `.enabled(if: OpenSSL.isAvailable)` trait, which says so.
public enum OpenSSL {
  public static let path: String? = ["/usr/bin/openssl", "/bin/openssl", "/usr/local/bin/openssl"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  public static var isAvailable: Bool { path != nil }

  public struct Failure: Error, CustomStringConvertible {
    public let arguments: [String]
    public let status: Int32
    public let stderr: String
    public var description: String { "openssl \(arguments.joined(separator: " ")) exited \(status): \(stderr)" }
  }

  /// Runs openssl with `arguments` in `directory` and returns its standard output.
  @discardableResult
  public static func run(_ arguments: [String], in directory: String) throws -> Data {
    guard let path else { throw Failure(arguments: arguments, status: -1, stderr: "openssl is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.standardInput = FileHandle.nullDevice
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(
        arguments: arguments, status: process.terminationStatus, stderr: String(decoding: errors, as: UTF8.self))
    }
    return output
  }
}

/// Keys and certificates made by openssl in a temporary directory of their own.
public final class CertificateFixtures: @unchecked Sendable {
  public let directory: String

  public init() throws {
    directory = NSTemporaryDirectory() + "iam-certificate-fixtures-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: directory) }

  public func path(_ name: String) -> String { directory + "/" + name }

  public func text(_ name: String) throws -> String {
    try String(contentsOfFile: path(name), encoding: .utf8)
  }

  /// An RSA key in PKCS#8 form, as `openssl genrsa` writes it today.
  @discardableResult
  public func rsaKey(_ name: String, bits: Int = 2048) throws -> String {
    try OpenSSL.run(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:\(bits)", "-out", name], in: directory)
    return path(name)
  }

  /// An EC key on `curve` (prime256v1, secp384r1) in SEC 1 form.
  @discardableResult
  public func ecKey(_ name: String, curve: String = "prime256v1") throws -> String {
    try OpenSSL.run(["ecparam", "-name", curve, "-genkey", "-noout", "-out", name], in: directory)
    return path(name)
  }

  /// A self-signed certificate for `key`, valid from now for `days`.
  @discardableResult
  public func selfSigned(_ name: String, key: String, subject: String = "/CN=test", days: Int = 30) throws -> String {
    try OpenSSL.run(
      ["req", "-new", "-x509", "-nodes", "-key", key, "-out", name, "-subj", subject, "-days", String(days)],
      in: directory)
    return path(name)
  }

  /// A certificate for `key` signed by `issuerCertificate` and its `issuerKey`.
  @discardableResult
  public func signed(
    _ name: String, key: String, subject: String, issuerCertificate: String, issuerKey: String, days: Int = 30
  ) throws -> String {
    let request = name + ".csr"
    try OpenSSL.run(["req", "-new", "-key", key, "-out", request, "-subj", subject], in: directory)
    try OpenSSL.run(
      [
        "x509", "-req", "-in", request, "-CA", issuerCertificate, "-CAkey", issuerKey, "-CAcreateserial",
        "-out", name, "-days", String(days),
      ], in: directory)
    return path(name)
  }
}
