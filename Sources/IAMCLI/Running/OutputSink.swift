#if canImport(Glibc)
  import Glibc
#endif

/// Where a command's text goes: the process's standard streams, or a buffer in tests.
public protocol OutputSink: AnyObject {
  func write(_ text: String)
}

/// Collects everything in memory, for running commands in-process.
public final class BufferSink: OutputSink {
  public private(set) var text = ""

  public init() {}

  public func write(_ text: String) { self.text += text }
}

/// Writes to a file descriptor, all at once when flushed, so that a command costs one system
/// call per stream.
public final class FileDescriptorSink: OutputSink {
  private let fd: Int32
  private var pending: [UInt8] = []

  public init(fd: Int32) { self.fd = fd }

  public func write(_ text: String) { pending.append(contentsOf: text.utf8) }

  /// Writes what is pending; returns the errno of a failed write, or nil when all was written.
  @discardableResult
  public func flush() -> Int32? {
    defer { pending.removeAll() }
    var offset = 0
    while offset < pending.count {
      let n = pending.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += n
    }
    return nil
  }
}
