/// Bytes appended for the cost of a store and a bounds check each, for writers that build their
/// output a few bytes at a time. `Array.append` checked the array's uniqueness through a call for
/// every byte, which made writing a record and the journal holding it a visible part of every
/// command that changes something.
///
/// The owner of a buffer must call `release()` once it is done with it, as with any memory it
/// allocates itself; `finish()` does so and returns the bytes.
struct ByteBuffer {
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int = 1024) {
    self.capacity = Swift.max(capacity, 16)
    storage = .allocate(capacity: self.capacity)
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    storage[count] = byte
    count += 1
  }

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
    (storage + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  mutating func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  mutating func append(repeating byte: UInt8, count repeats: Int) {
    guard repeats > 0 else { return }
    if count + repeats > capacity { grow(toHold: count + repeats) }
    (storage + count).initialize(repeating: byte, count: repeats)
    count += repeats
  }

  /// The bytes written; the buffer is released.
  mutating func finish() -> [UInt8] {
    let bytes = Array(UnsafeBufferPointer(start: storage, count: count))
    release()
    return bytes
  }

  func release() { storage.deallocate() }

  private mutating func grow(toHold needed: Int) {
    let newCapacity = Swift.max(needed, capacity * 2)
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    larger.initialize(from: storage, count: count)
    storage.deallocate()
    storage = larger
    capacity = newCapacity
  }
}
