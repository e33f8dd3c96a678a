import Foundation
import Testing

@testable import IAMCLI

/// The program reads its own environment one variable at a time, when a command asks.
@Suite struct EnvironmentTests {
  @Test func readsTheProcessEnvironmentWhenAsked() {
    let expected = ProcessInfo.processInfo.environment
    #expect(expected["PATH"] != nil)
    #expect(Environment.process["PATH"] == expected["PATH"])
    #expect(Environment.process["IAM_SIM_NO_SUCH_VARIABLE"] == nil)
    #expect(Environment.process["IAM_SIM_NO_SUCH_VARIABLE", default: "unset"] == "unset")
    #expect(Environment.process.isUTF8("IAM_SIM_NO_SUCH_VARIABLE"))
  }

  @Test func aFixedSetTellsWhichValuesWereNotUTF8() throws {
    let environment = Environment(["AWS_SIM_HOME": "/tmp/caf\u{FFFD}"], undecodable: ["AWS_SIM_HOME"])
    #expect(!environment.isUTF8("AWS_SIM_HOME"))
    let invocation = Invocation(arguments: ["iam"], environment: environment)
    #expect(throws: CLIError.self) { try invocation.pathVariable("AWS_SIM_HOME") }
    let plain: Environment = ["HOME": "/home/user"]
    #expect(plain.isUTF8("HOME") && plain["HOME"] == "/home/user")
  }
}
