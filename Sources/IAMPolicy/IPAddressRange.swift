/// An IPv4 (4 bytes) or IPv6 (16 bytes) address.
struct IPAddress: Equatable {
  var bytes: [UInt8]

  /// Reads dotted-quad IPv4 or RFC 4291 text IPv6 (with `::` and an optional IPv4 tail).
  init?(_ text: Substring) {
    if text.contains(":") {
      guard let bytes = IPAddress.ipv6(text) else { return nil }
      self.bytes = bytes
    } else {
      guard let bytes = IPAddress.ipv4(text) else { return nil }
      self.bytes = bytes
    }
  }

  private static func ipv4(_ text: Substring) -> [UInt8]? {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(4)
    for part in parts {
      guard (1...3).contains(part.utf8.count), part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
        let value = UInt8(part)
      else { return nil }
      bytes.append(value)
    }
    return bytes
  }

  private static func ipv6(_ text: Substring) -> [UInt8]? {
    let halves = splitOnDoubleColon(text)
    guard halves.count <= 2 else { return nil }
    guard var head = groups(halves[0], ipv4Tail: halves.count == 1) else { return nil }
    if halves.count == 1 {
      return head.count == 16 ? head : nil
    }
    guard let tail = groups(halves[1], ipv4Tail: true), head.count + tail.count <= 14 else { return nil }
    head.append(contentsOf: repeatElement(0, count: 16 - head.count - tail.count))
    head.append(contentsOf: tail)
    return head
  }

  /// The bytes of colon-separated hex groups, the last of which may be a dotted IPv4 address.
  private static func groups(_ text: Substring, ipv4Tail: Bool) -> [UInt8]? {
    if text.isEmpty { return [] }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    var bytes: [UInt8] = []
    for (i, part) in parts.enumerated() {
      if ipv4Tail, i == parts.count - 1, part.contains(".") {
        guard let v4 = ipv4(part) else { return nil }
        bytes.append(contentsOf: v4)
        continue
      }
      guard (1...4).contains(part.utf8.count), let value = UInt16(part, radix: 16) else { return nil }
      bytes.append(UInt8(value >> 8))
      bytes.append(UInt8(value & 0xFF))
    }
    return bytes
  }

  /// Splits on `::`, the IPv6 zero-run marker.
  private static func splitOnDoubleColon(_ text: Substring) -> [Substring] {
    var result: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let next = text.index(after: index)
      if text[index] == ":", next < text.endIndex, text[next] == ":" {
        result.append(text[start..<index])
        start = text.index(after: next)
        index = start
        continue
      }
      index = next
    }
    result.append(text[start..<text.endIndex])
    return result
  }
}

/// A CIDR block such as `203.0.113.0/24` or `2001:db8::/32`; a bare address is a block of one.
struct IPAddressRange {
  var network: IPAddress
  var prefixLength: Int

  init?(_ text: String) {
    let pieces = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    guard let address = IPAddress(pieces[0]) else { return nil }
    let bits = address.bytes.count * 8
    if pieces.count == 2 {
      guard (1...3).contains(pieces[1].utf8.count), pieces[1].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
        let length = Int(pieces[1]), length <= bits
      else { return nil }
      prefixLength = length
    } else {
      prefixLength = bits
    }
    network = address
  }

  /// Whether `address` lies in the block; addresses of the other family never do.
  func contains(_ address: IPAddress) -> Bool {
    guard address.bytes.count == network.bytes.count else { return false }
    var remaining = prefixLength
    for (mine, theirs) in zip(network.bytes, address.bytes) where remaining > 0 {
      let mask: UInt8 = remaining >= 8 ? 0xFF : ~(0xFF >> UInt8(remaining))
      if mine & mask != theirs & mask { return false }
      remaining -= 8
    }
    return true
  }
}
