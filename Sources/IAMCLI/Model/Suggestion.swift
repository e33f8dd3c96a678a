import IAMEncoding

/// What a name that is not a command most likely meant: people type the aws CLI's names
/// (`create-user`), IAMCli's with the words apart or swapped (`user-create`, `create_user`), and
/// plain typos. A name that belongs to an IAMCli command iam lacks is said to be one, rather than
/// matched to a command that merely looks alike (`useraddcert` is not `useraddkey`).
enum Suggestion: Equatable {
  /// One of `available`.
  case command(String)
  /// An IAMCli command that iam does not implement yet.
  case notImplemented(String)

  /// What iam says of `name`, which is not a command, typed as `iam <name>` or, when `invokedAs`
  /// is not `iam`, run through a link `iam-<name>`.
  static func lines(for name: String, invokedAs: String) -> [String] {
    let shown = DisplayText.escapingControls(name)
    var lines = ["iam: '\(shown)' is not an iam command."]
    switch meaning(of: name, among: CommandTable.documented.map(\.name)) {
    case .command(let meant):
      // A tool command has no iam- form, whichever way the mistake was made.
      let legacyForm = invokedAs != "iam" && CommandTable.command(named: meant)?.isLegacy == true
      lines.append(legacyForm ? "Did you mean 'iam-\(meant)'?" : "Did you mean 'iam \(meant)'?")
    case .notImplemented(let meant) where meant == name:
      lines = ["iam: '\(shown)' is an IAMCli command that iam does not implement yet."]
    case .notImplemented(let meant):
      lines.append("It would be IAMCli's '\(meant)', which iam does not implement yet.")
    case nil:
      break
    }
    return lines + ["Run 'iam help' for the list of commands."]
  }

  /// The meaning of `typed`, given the names of the commands that can be run as typed.
  static func meaning(of typed: String, among available: [String]) -> Suggestion? {
    let missing = IAMCliCommands.notImplemented
    func classify(_ name: String) -> Suggestion? {
      if available.contains(name) { return .command(name) }
      return missing.contains(name) ? .notImplemented(name) : nil
    }
    var words = typed.lowercased().split { $0 == "-" || $0 == "_" || $0 == " " }.map(String.init)
    if words.count > 1, words.first == "iam" { words.removeFirst() }
    let joined = words.joined()
    if let exact = classify(joined) { return exact }
    if let operation = awsOperations[joined], let known = classify(operation) { return known }
    // IAMCli names put the entity before the verb; other tools put the verb first.
    if words.count > 1, words.count <= 4 {
      for order in permutations(words) {
        if let found = classify(order.joined()) { return found }
      }
    }
    for split in joined.indices.dropFirst() {
      if let found = classify(String(joined[split...] + joined[..<split])) { return found }
    }
    return nearest(to: joined, among: available + missing).flatMap(classify)
  }

  /// The one name within a typo or two of `typed`: one for a name of up to nine letters, two for
  /// a longer one, counting a swap of neighbours as one. Names such as `groupget` and `groupdel`
  /// are two apart and mean different things, so a longer distance, or two names at the same
  /// distance, give nothing.
  private static func nearest(to typed: String, among names: [String]) -> String? {
    let spellings = names.map { ($0, $0) } + awsOperations.map { ($0.key, $0.value) }
    let allowed = typed.count < 10 ? 1 : 2
    var best: [String] = []
    var bestDistance = allowed
    for (spelling, name) in spellings {
      let distance = editDistance(Array(typed.utf8), Array(spelling.utf8))
      guard distance <= allowed else { continue }
      if distance < bestDistance || best.isEmpty {
        best = [name]
        bestDistance = distance
      } else if distance == bestDistance, !best.contains(name) {
        best.append(name)
      }
    }
    return best.count == 1 ? best[0] : nil
  }

  /// The aws CLI's operation names, without their hyphens, and the iam command each means.
  private static let awsOperations: [String: String] = {
    var map: [String: String] = [:]
    for command in IAMCliCommands.all + AddedCommands.all {
      for operation in command.awsOperations { map[operation.replacing("-", with: "")] = command.name }
    }
    return map
  }()

  private static func permutations(_ words: [String]) -> [[String]] {
    guard words.count > 1 else { return [words] }
    var result: [[String]] = []
    for (index, word) in words.enumerated() {
      var rest = words
      rest.remove(at: index)
      result += permutations(rest).map { [word] + $0 }
    }
    return result
  }

  /// Levenshtein distance, with a swap of two neighbouring characters counted as one edit.
  static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + [Int](repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      beforePrevious = previous
      previous = current
    }
    return previous[b.count]
  }
}
