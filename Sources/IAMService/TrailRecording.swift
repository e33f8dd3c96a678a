import IAMEncoding
import IAMStore

/// Who made a call, as the trail's `userIdentity` names them.
enum TrailIdentity {
  static func root(account: AccountRecord, accessKeyId: String?) -> JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "type", value: .string("Root")),
      JSONMember(key: "principalId", value: .string(account.accountId)),
      JSONMember(key: "arn", value: .string("arn:aws:iam::\(account.accountId):root")),
      JSONMember(key: "accountId", value: .string(account.accountId)),
    ]
    if let accessKeyId { members.append(JSONMember(key: "accessKeyId", value: .string(accessKeyId))) }
    return .object(members)
  }

  /// An IAM user, found or not: a console sign-in with an unknown name is recorded under the
  /// name CloudTrail uses to keep what someone typed out of the log.
  static func user(_ user: UserRecord?, account: AccountRecord, accessKeyId: String?) -> JSONValue {
    guard let user else {
      return .object([
        JSONMember(key: "type", value: .string("IAMUser")),
        JSONMember(key: "accountId", value: .string(account.accountId)),
        JSONMember(key: "userName", value: .string("HIDDEN_DUE_TO_SECURITY_REASONS")),
      ])
    }
    var members: [JSONMember] = [
      JSONMember(key: "type", value: .string("IAMUser")),
      JSONMember(key: "principalId", value: .string(user.id)),
      JSONMember(key: "arn", value: .string("arn:aws:iam::\(account.accountId):user\(user.path)\(user.name)")),
      JSONMember(key: "accountId", value: .string(account.accountId)),
    ]
    if let accessKeyId { members.append(JSONMember(key: "accessKeyId", value: .string(accessKeyId))) }
    members.append(JSONMember(key: "userName", value: .string(user.name)))
    return .object(members)
  }
}

extension Transaction {
  /// Adds one record per event to the trail, all made by `identity` at the context's time.
  /// `rolledBack` marks the calls that succeeded inside a command that then failed.
  func record(
    _ events: [TrailEvent], by identity: JSONValue, context: TrailContext, rolledBack: Bool = false
  ) throws {
    guard !events.isEmpty else { return }
    var ids = TrailIdentifiers(
      seed: context.seed, time: context.time, position: context.seed == nil ? "" : try trailPosition())
    for var event in events {
      event.rolledBack = rolledBack && event.error == nil
      appendToTrail(event.record(identity: identity, context: context, ids: ids.next()))
    }
  }
}
