import Foundation

/// The commands of one parallel worker, each with what it should print in status and what it
/// does to the account when it succeeds. Workers own their users, policies and private groups,
/// and share the groups `Shared1`-`Shared3` and `Race`, so that they constantly rewrite the same
/// files while the final state is still the plain union of their successful commands.
struct WorkloadStep: Sendable {
  let arguments: [String]
  /// The status the command must end with, or nil when it depends on how the workers interleave.
  let expectedStatus: Int32?
  /// The command's effect on the model when it succeeded; receives its stdout lines.
  let apply: @Sendable (inout AccountState, [String]) -> Void
}

enum ConcurrentWorkload {
  static let sharedGroups = ["Shared1", "Shared2", "Shared3"]
  static let raceGroup = "Race"

  static func document(effect: String, action: String, resource: String) -> String {
    #"{"Version":"2008-10-17","Statement":[{"Effect":""# + effect + #"","Action":[""# + action
      + #""],"Resource":[""# + resource + #""]}]}"#
  }

  static func steps(worker: Int) -> [WorkloadStep] {
    @Sendable func user(_ index: Int) -> String { "w\(worker)u\(index)" }
    var steps: [WorkloadStep] = []
    func step(
      _ arguments: [String], _ status: Int32?, _ apply: @escaping @Sendable (inout AccountState) -> Void = { _ in }
    ) { steps.append(WorkloadStep(arguments: arguments, expectedStatus: status) { state, _ in apply(&state) }) }
    /// A step whose effect depends on what it printed (a new access key's id).
    func printingStep(
      _ arguments: [String], _ apply: @escaping @Sendable (inout AccountState, [String]) -> Void
    ) { steps.append(WorkloadStep(arguments: arguments, expectedStatus: 0, apply: apply)) }

    // Every worker tries to create the same group at once: exactly one may win.
    // The model applies workers one after another, not in the order they really ran: an earlier
    // worker's joins may already have put Race into the model, and must survive its creation.
    step(["groupcreate", "-g", raceGroup], nil) { state in
      if state.groups[raceGroup] == nil { state.groups[raceGroup] = AccountState.Group() }
    }

    for index in 1...5 {
      let name = user(index)
      step(["usercreate", "-u", name, "-g", "Shared1"], 0) {
        $0.users[name] = AccountState.User()
        $0.join(name, "Shared1")
      }
      let second = "Shared\(2 + index % 2)"
      step(["groupadduser", "-g", second, "-u", name], 0) { $0.join(name, second) }
      let userPolicy = document(effect: "Allow", action: "iam:Get*", resource: "*")
      step(["useraddpolicy", "-u", name, "-p", "P\(index)", "-e", "Allow", "-a", "iam:Get*", "-r", "*"], 0) {
        $0.users[name]?.policies["P\(index)"] = userPolicy
      }
      for _ in 1...2 {
        printingStep(["useraddkey", "-u", name]) { state, output in state.users[name]?.keys[output.first ?? "?"] = "Active" }
      }
      // The third key is over the quota of two.
      step(["useraddkey", "-u", name], 1)
      let group = sharedGroups[(worker + index) % 3]
      let policyName = "w\(worker)p\(index)"
      let resource = "arn:aws:s3:::w\(worker)-\(index)"
      let groupPolicy = document(effect: "Deny", action: "s3:*", resource: resource)
      step(["groupaddpolicy", "-g", group, "-p", policyName, "-e", "Deny", "-a", "s3:*", "-r", resource], 0) {
        $0.groups[group]?.policies[policyName] = groupPolicy
      }
      // Fails only if no worker has created Race yet.
      step(["groupadduser", "-g", raceGroup, "-u", name], nil) { $0.join(name, raceGroup) }
    }

    step(["userdelpolicy", "-u", user(1), "-p", "P1"], 0) { $0.users[user(1)]?.policies["P1"] = nil }
    step(["groupremoveuser", "-g", "Shared1", "-u", user(2)], 0) { $0.leave(user(2), "Shared1") }
    // Refused while the user has keys; -r then removes everything it has.
    step(["userdel", "-u", user(3)], 1)
    step(["userdel", "-u", user(3), "-r"], 0) { $0.deleteUser(user(3)) }
    step(["usercreate", "-u", user(4)], 1)
    let lastGroup = sharedGroups[(worker + 5) % 3]
    step(["groupdelpolicy", "-g", lastGroup, "-p", "w\(worker)p5"], 0) {
      $0.groups[lastGroup]?.policies["w\(worker)p5"] = nil
    }
    let temporary = "w\(worker)tmp"
    printingStep(["usercreate", "-u", temporary, "-k"]) { state, output in
      state.users[temporary] = AccountState.User(keys: [output.first ?? "?": "Active"])
    }
    step(["userdel", "-u", temporary, "-r"], 0) { $0.deleteUser(temporary) }
    let privateGroup = "w\(worker)g"
    step(["groupcreate", "-g", privateGroup], 0) { $0.groups[privateGroup] = AccountState.Group() }
    step(["groupadduser", "-g", privateGroup, "-u", user(5)], 0) { $0.join(user(5), privateGroup) }
    step(["groupdel", "-g", privateGroup], 1)
    step(["groupdel", "-g", privateGroup, "-r"], 0) { $0.deleteGroup(privateGroup) }
    return steps
  }

  /// A shell script that runs the steps one after another and prints `<index> <status>` for
  /// each, keeping every command's stdout in `$OUT/<worker>-<index>.out`.
  static func script(worker: Int, steps: [WorkloadStep]) -> String {
    var lines = ["set -u"]
    for (index, step) in steps.enumerated() {
      let quoted = step.arguments.map { "'" + $0.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }
      lines.append(
        #""$IAM" "# + quoted.joined(separator: " ") + #" >"$OUT/\#(worker)-\#(index).out" 2>"$OUT/\#(worker)-\#(index).err"; "#
          + #"echo "\#(index) $?""#)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension AccountState {
  mutating func join(_ user: String, _ group: String) {
    users[user]?.groups.insert(group)
    groups[group, default: Group()].members.insert(user)
  }

  mutating func leave(_ user: String, _ group: String) {
    users[user]?.groups.remove(group)
    groups[group]?.members.remove(user)
  }

  mutating func deleteUser(_ user: String) {
    for group in users[user]?.groups ?? [] { groups[group]?.members.remove(user) }
    users[user] = nil
  }

  mutating func deleteGroup(_ group: String) {
    for member in groups[group]?.members ?? [] { users[member]?.groups.remove(group) }
    groups[group] = nil
  }
}
