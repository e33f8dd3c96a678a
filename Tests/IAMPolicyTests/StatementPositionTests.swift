import IAMPolicy
import Testing

/// Statements are located as the policy simulator locates them: first and last character.
@Suite struct StatementPositionTests {
  static let document = """
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "Read",
          "Effect": "Allow",
          "Action": "iam:Get*",
          "Resource": "*"
        },
        {"Effect": "Deny", "Action": "iam:Delete*", "Resource": "arn:aws:iam::*:user/{admin}\\"]"}
      ]
    }
    """

  @Test func eachStatementFromItsBraceToItsBrace() {
    #expect(StatementPosition.of(statement: 0, in: Self.document)?.description == "4:5-9:5")
    // Brackets and quotes inside strings do not end a statement early.
    #expect(StatementPosition.of(statement: 1, in: Self.document)?.description == "10:5-10:93")
    #expect(StatementPosition.of(statement: 2, in: Self.document) == nil)
  }

  @Test func aSingleStatementObjectIsStatementOne() {
    let text = #"{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#
    #expect(StatementPosition.of(statement: 0, in: text)?.description == "1:14-1:59")
    #expect(StatementPosition.of(statement: 1, in: text) == nil)
  }

  @Test func columnsCountCharactersNotBytes() {
    let text = #"{"Id":"é","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
    #expect(StatementPosition.of(statement: 0, in: text)?.description == "1:24-1:69")
  }

  /// Only the document's own Statement counts, not a member of that name deeper down or a
  /// string that reads like one.
  @Test func onlyTheTopLevelStatementIsRead() {
    let text = #"{"Id":"\"Statement\":","Condition":{"Statement":[{"x":1}]},"Statement":[{"Effect":"Allow"}]}"#
    #expect(StatementPosition.all(in: text).map(\.description) == ["1:73-1:90"])
  }

  /// A parser keeps the last of repeated names, and so does the search for statements.
  @Test func theLastStatementMemberIsTheOneRead() {
    let text = #"{"Statement":[{"Effect":"Deny"}],"Statement":{"Effect":"Allow","Condition":{"Bool":{"k":["t"]}}}}"#
    #expect(StatementPosition.all(in: text).map(\.description) == ["1:46-1:96"])
  }

  /// Lists and objects inside a statement do not end it, nor does the end of the list.
  @Test func nestedListsAndObjectsStayInsideTheirStatement() {
    let text = #"{"Statement":[{"Action":["a:B","c:D"],"Condition":{"X":{"k":[]}}},{}],"Id":"x"}"#
    #expect(StatementPosition.all(in: text).map(\.description) == ["1:15-1:65", "1:67-1:68"])
  }
}
