#if canImport(Glibc)
  import Glibc
#endif

/// Random bytes from the system's secure source, for ids, secrets and salts when the
/// deterministic mode (D8) is off. The standard library's generator reads the kernel's getrandom
/// on Linux, which is suitable for secrets.
public enum SystemEntropy {
  public static func bytes(_ count: Int) -> [UInt8] {
    // getentropy fills up to 256 bytes in one system call; the standard library's generator
    // makes one per byte drawn, twenty for an id.
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let chunk = min(256, count - filled)
      let done = bytes.withUnsafeMutableBytes { getentropy($0.baseAddress! + filled, chunk) == 0 }
      guard done else { break }
      filled += chunk
    }
    // getentropy cannot fail on a kernel with getrandom (3.17 and later); should it, the slow way.
    var generator = SystemRandomNumberGenerator()
    for index in filled..<count { bytes[index] = UInt8.random(in: .min ... .max, using: &generator) }
    return bytes
  }
}

/// The wall clock, in whole seconds and milliseconds since the epoch.
public enum SystemClock {
  public static func now() -> (seconds: Int, milliseconds: Int) {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return (Int(spec.tv_sec), Int(spec.tv_nsec / 1_000_000))
  }
}
