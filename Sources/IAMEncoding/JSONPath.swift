/// A place in a JSON document, named by how to reach it from the top, so that a checker working
/// on parsed values can say where in the text the value it refuses was written.
public struct JSONPath: Sendable, Equatable {
  public enum Step: Sendable, Equatable {
    /// The value of an object's member at this position, counting from 0.
    case member(Int)
    /// The value of an object's last member with this name.
    case named(String)
    /// A list's element at this position, counting from 0.
    case element(Int)
    /// A list's element at this position, or, when the value is not a list, the value itself as
    /// the only item: policy elements such as `"Action"` are written either way.
    case item(Int)
  }

  public var steps: [Step]
  /// Whether the place is the name of the member the last step reaches rather than its value.
  public var isMemberName: Bool

  public init(_ steps: [Step] = [], memberName: Bool = false) {
    self.steps = steps
    self.isMemberName = memberName
  }

  /// This path below the value `prefix` reaches.
  public func below(_ prefix: [Step]) -> JSONPath { JSONPath(prefix + steps, memberName: isMemberName) }
}

extension JSONParser {
  /// The byte offset in `bytes` where the value (or member name) at `path` starts, or nil when
  /// the text is not JSON or has nothing there. It parses the text again, so it is meant for
  /// reporting a problem, not for the common path.
  public static func offset(of path: JSONPath, in bytes: [UInt8]) -> Int? {
    var parser = JSONParser(recording: bytes)
    guard let root = try? parser.parseDocument(), let starts = parser.recordedStarts else { return nil }
    // Starts are recorded in document order: a value, then for each member its name and its
    // value's own starts, or each element's. Walking the path means skipping whole subtrees.
    var value = root
    var node = 0
    var nameNode: Int?
    for step in path.steps {
      nameNode = nil
      switch (step, value) {
      case (.member(let position), .object(let members)) where members.indices.contains(position):
        (nameNode, node, value) = enter(members, at: position, from: node)
      case (.named(let name), .object(let members)):
        guard let position = members.lastIndex(where: { $0.key == name }) else { return nil }
        (nameNode, node, value) = enter(members, at: position, from: node)
      case (.element(let index), .array(let elements)) where elements.indices.contains(index),
        (.item(let index), .array(let elements)) where elements.indices.contains(index):
        node += 1
        for element in elements[..<index] { node += nodeCount(element) }
        value = elements[index]
      case (.item(0), _):
        continue
      default:
        return nil
      }
    }
    let target = path.isMemberName ? nameNode : node
    return target.flatMap { starts.indices.contains($0) ? starts[$0] : nil }
  }

  /// The nodes of a member's name and value, and the value, for the object at `node`.
  private static func enter(_ members: [JSONMember], at position: Int, from node: Int) -> (Int, Int, JSONValue) {
    var name = node + 1
    for member in members[..<position] { name += 1 + nodeCount(member.value) }
    return (name, name + 1, members[position].value)
  }

  /// How many starts a value records: itself, and each member's name and each value below it.
  private static func nodeCount(_ value: JSONValue) -> Int {
    switch value {
    case .object(let members): return members.reduce(1) { $0 + 1 + nodeCount($1.value) }
    case .array(let elements): return elements.reduce(1) { $0 + nodeCount($1) }
    default: return 1
    }
  }
}
