import IAMService
import Testing

@testable import IAMCLI

/// The credential file is read with `java.util.Properties` rules (spec §3.2); each expectation
/// below is what `Properties.load(InputStream)` gives for the same bytes.
@Suite struct CredentialFileTests {
  private func properties(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String: String] {
    do {
      return try CredentialFile.properties(in: text)
    } catch {
      Issue.record("refused: \(error)", sourceLocation: sourceLocation)
      return [:]
    }
  }

  // MARK: Keys and values

  @Test(arguments: [
    ("a=b", "b"), ("a:b", "b"), ("a b", "b"), ("a\tb", "b"), ("a\u{0C}b", "b"),
    ("a = b", "b"), ("a\t:\tb", "b"), ("   a=b", "b"), ("a   b", "b"),
    ("a==b", "=b"), ("a:=b", "=b"), ("a = = b", "= b"), ("a =:b", ":b"), ("a b c", "b c"),
    ("a=b  ", "b  "), ("a=", ""), ("a", ""), ("a   ", ""), ("a=b # not a comment", "b # not a comment"),
    ("a=x/y+z=", "x/y+z="),
  ])
  func separatorsAndBlanks(_ line: String, _ value: String) {
    #expect(properties(line) == ["a": value])
  }

  @Test func aSessionTokenLineGoesWithTheKeyAndAnEmptyOneIsNone() throws {
    let pair = try CredentialFile.parse(Array("AWSAccessKeyId=ASIAX\nAWSSecretKey=s\nAWSSessionToken=t/o+k=\n".utf8))
    #expect(pair == AccessKeyPair(accessKeyId: "ASIAX", secretAccessKey: "s", sessionToken: "t/o+k="))
    let empty = try CredentialFile.parse(Array("AWSAccessKeyId=AKIAX\nAWSSecretKey=s\nAWSSessionToken=\n".utf8))
    #expect(empty.sessionToken == nil)
  }

  @Test func theFileOfTemporaryCredentialsReadsBackAsThem() throws {
    let credentials = Credentials(
      accessKeyId: "ASIAEXAMPLEEXAMPLE22", secretAccessKey: "a+b/c=", sessionToken: "x=y+z/w",
      expiration: "2026-11-23T13:00:00Z")
    let text = CredentialFile.text(for: credentials, of: "arn:aws:sts::123456789012:assumed-role/r/s")
    #expect(text.hasPrefix("# Temporary credentials of arn:aws:sts::123456789012:assumed-role/r/s"))
    #expect(
      try CredentialFile.parse(Array(text.utf8))
        == AccessKeyPair(accessKeyId: "ASIAEXAMPLEEXAMPLE22", secretAccessKey: "a+b/c=", sessionToken: "x=y+z/w"))
  }

  @Test func theLastOfEqualKeysWinsAndKeysAreCaseSensitive() {
    #expect(properties("a=1\nA=2\na=3\n") == ["a": "3", "A": "2"])
  }

  // MARK: Comments and line ends

  @Test func commentsAndBlankLines() {
    let text = "# one\n! two\n   # indented\n\t! tab\n\n   \n\u{0C}\na=1\n#a=2\n"
    #expect(properties(text) == ["a": "1"])
  }

  @Test func everyKindOfLineEnd() {
    #expect(properties("a=1\r\nb=2\rc=3\nd=4") == ["a": "1", "b": "2", "c": "3", "d": "4"])
    #expect(properties("a=1\r\n\r\n\rb=2\r") == ["a": "1", "b": "2"])
  }

  // MARK: Continuation lines

  @Test func aFinalOddBackslashContinuesTheLineWithoutItsLeadingBlanks() {
    #expect(properties("a=one\\\n    two\\\n\tthree\n") == ["a": "onetwothree"])
    #expect(properties("a=one\\\r\n  two") == ["a": "onetwo"])
    #expect(properties("AWSAccess\\\n  KeyId=X") == ["AWSAccessKeyId": "X"])
    #expect(properties("a=\\\n  b") == ["a": "b"])
  }

  @Test func anEvenNumberOfBackslashesDoesNotContinue() {
    #expect(properties("a=one\\\\\nb=two") == ["a": "one\\", "b": "two"])
    #expect(properties("a=one\\\\\\\nb=two") == ["a": "one\\b=two"])
  }

  @Test func aContinuedLineIsNeverAComment() {
    #expect(properties("a=one\\\n  #two") == ["a": "one#two"])
    #expect(properties("a=one\\\n!two") == ["a": "one!two"])
  }

  @Test func aCommentIsNeverContinued() {
    #expect(properties("# note \\\na=1") == ["a": "1"])
  }

  @Test func anEmptyLineEndsAContinuation() {
    #expect(properties("a=one\\\n\nb=two") == ["a": "one", "b": "two"])
    #expect(properties("a=one\\\n   \nb=two") == ["a": "one", "b": "two"])
  }

  @Test func aBackslashAtTheEndOfTheFileIsDropped() {
    #expect(properties("a=one\\") == ["a": "one"])
  }

  // MARK: Escapes

  @Test func escapesInValues() {
    #expect(properties("a=x\\ty\\nz\\rw\\fv") == ["a": "x\ty\nz\rw\u{0C}v"])
    #expect(properties("a=\\q\\\\\\=\\:\\ \\#") == ["a": "q\\=: #"])
    #expect(properties("a=\\u0041\\u00e9\\u20AC") == ["a": "Aé€"])
    #expect(properties("a=\\uD83D\\uDE00!") == ["a": "😀!"])
    #expect(properties("a=\\uD83Dx\\uDE00") == ["a": "\u{FFFD}x\u{FFFD}"])
  }

  @Test func escapedSeparatorsBelongToTheKey() {
    #expect(properties("my\\ key=v") == ["my key": "v"])
    #expect(properties("my\\=key=v") == ["my=key": "v"])
    #expect(properties("my\\:key:v") == ["my:key": "v"])
    #expect(properties("a\\\\=b") == ["a\\": "b"])
    #expect(properties("k\\u003Dx=v") == ["k=x": "v"])
  }

  @Test(arguments: ["a=\\u12", "a=\\u", "a=\\uZZZZ", "a=\\u+041", "a=\\u-041", "a=\\u 041", "a=\\u12G4"])
  func malformedUnicodeEscapesAreRefused(_ line: String) {
    #expect(throws: CLIError.credentials(detail: "it has a malformed \\u escape")) {
      try CredentialFile.properties(in: line)
    }
  }

  // MARK: The credential file itself

  @Test func theTwoKeysMakeAKeyPair() throws {
    let text = "# template\nAWSAccessKeyId=AKIAEXAMPLE0000000001\nAWSSecretKey = s3cr3t/with+slash\n"
    #expect(
      try CredentialFile.parse(Array(text.utf8))
        == AccessKeyPair(accessKeyId: "AKIAEXAMPLE0000000001", secretAccessKey: "s3cr3t/with+slash"))
  }

  @Test func bytesAreLatin1NotUTF8() throws {
    // é as one Latin-1 byte is é; its two UTF-8 bytes are two characters.
    let latin1: [UInt8] = Array("AWSAccessKeyId=a".utf8) + [0xE9] + Array("\nAWSSecretKey=s".utf8) + [0xC3, 0xA9]
    #expect(
      try CredentialFile.parse(latin1) == AccessKeyPair(accessKeyId: "aé", secretAccessKey: "sÃ©"))
  }

  @Test func aMissingKeyIsNamed() {
    #expect(throws: CLIError.credentials(detail: "it has no AWSAccessKeyId")) {
      try CredentialFile.parse(Array("AWSSecretKey=s\n".utf8))
    }
    #expect(throws: CLIError.credentials(detail: "it has no AWSSecretKey")) {
      try CredentialFile.parse(Array("AWSAccessKeyId=a\nawssecretkey=s\n".utf8))
    }
    #expect(throws: CLIError.credentials(detail: "it has no AWSAccessKeyId")) {
      try CredentialFile.parse([])
    }
  }

  @Test func anEmptyValueIsStillAValue() throws {
    #expect(
      try CredentialFile.parse(Array("AWSAccessKeyId\nAWSSecretKey=\n".utf8))
        == AccessKeyPair(accessKeyId: "", secretAccessKey: ""))
  }
}
