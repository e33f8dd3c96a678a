import IAMEncoding

/// The documents the legacy `*addpolicy` commands and `iam-rolecreate -s` build from options.
public enum PolicyGenerator {
  /// The one-line document the legacy *addpolicy commands generate, byte for byte:
  /// `{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":["a1","a2"],"Resource":["r1"]}]}`
  ///
  /// Values are JSON-escaped. IAMCli 1.5.0 inserted them raw, which produced invalid JSON for a
  /// `"` or `\`; for every other value the output is the same as the original's.
  public static func permissionPolicy(effect: PolicyEffect, actions: [String], resources: [String]) -> String {
    var out = #"{"Version":"2008-10-17","Statement":[{"Effect":"#
    JSONWriter.appendQuoted(effect.rawValue, to: &out)
    out += #","Action":"#
    appendList(actions, to: &out)
    out += #","Resource":"#
    appendList(resources, to: &out)
    out += "}]}"
    return out
  }

  /// The trust policy for `-s SERVICE`:
  /// `{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":["ec2.amazonaws.com"]},"Action":["sts:AssumeRole"]}]}`
  public static func serviceTrustPolicy(service: String) -> String {
    var out = #"{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"#
    appendList([service], to: &out)
    out += #"},"Action":["sts:AssumeRole"]}]}"#
    return out
  }

  private static func appendList(_ values: [String], to out: inout String) {
    out += "["
    for (index, value) in values.enumerated() {
      if index > 0 { out += "," }
      JSONWriter.appendQuoted(value, to: &out)
    }
    out += "]"
  }
}
