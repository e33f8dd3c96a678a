import IAMEncoding
import IAMStore

extension UserIdentity {
  /// `userIdentity` as CloudTrail writes it, its members in CloudTrail's order.
  var trailRecord: JSONValue {
    var members: [JSONMember] = [
      JSONMember(key: "type", value: .string(type.rawValue)),
      JSONMember(key: "principalId", value: .string(principalId)),
      JSONMember(key: "arn", value: .string(arn)),
      JSONMember(key: "accountId", value: .string(accountId)),
      JSONMember(key: "accessKeyId", value: .string(accessKeyId)),
    ]
    if let userName { members.append(JSONMember(key: "userName", value: .string(userName))) }
    if let sessionContext {
      var context: [JSONMember] = []
      if let issuer = sessionContext.sessionIssuer {
        context.append(
          JSONMember(
            key: "sessionIssuer",
            value: .object([
              "type": .string(issuer.type), "principalId": .string(issuer.principalId), "arn": .string(issuer.arn),
              "accountId": .string(issuer.accountId), "userName": .string(issuer.userName),
            ])))
      }
      context.append(
        JSONMember(
          key: "attributes",
          value: .object([
            "creationDate": .string(sessionContext.creationDate),
            "mfaAuthenticated": .string(sessionContext.mfaAuthenticated ? "true" : "false"),
          ])))
      members.append(JSONMember(key: "sessionContext", value: .object(context)))
    }
    return .object(members)
  }
}

/// Who signed in at the console, as the trail's `userIdentity` names them.
enum TrailIdentity {
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
