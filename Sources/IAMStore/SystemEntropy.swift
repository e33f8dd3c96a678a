#if canImport(Glibc)
  import Glibc
#endif

/// Random bytes from the system's secure source, for ids, secrets and salts when the
/// deterministic mode (D8) is off. The standard library's generator reads the kernel's getrandom
/// on Linux, which is suitable for secrets.
public enum SystemEntropy {
  public static func bytes(_ count: Int) -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
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
