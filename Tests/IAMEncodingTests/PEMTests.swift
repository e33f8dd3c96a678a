import IAMEncoding
import Testing

@Suite struct PEMTests {
  @Test func readsABlockAndIgnoresTextAroundIt() throws {
    let text = """
      Certificate:
          Subject: CN = x
      -----BEGIN CERTIFICATE-----
      Zm9vYmFy
      -----END CERTIFICATE-----
      trailing notes
      """
    #expect(try PEM.blocks(in: text) == [PEMBlock(label: "CERTIFICATE", der: Array("foobar".utf8))])
  }

  @Test func readsSeveralBlocksInOrder() throws {
    let text = "-----BEGIN CERTIFICATE-----\nZm9v\n-----END CERTIFICATE-----\n"
      + "-----BEGIN CERTIFICATE-----\nYmFy\n-----END CERTIFICATE-----\n"
      + "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----"
    let blocks = try PEM.blocks(in: text)
    #expect(blocks.map(\.label) == ["CERTIFICATE", "CERTIFICATE", "EC PARAMETERS"])
    #expect(blocks.map(\.der) == [Array("foo".utf8), Array("bar".utf8), [6, 8, 42, 134, 72, 206, 61, 3, 1, 7]])
  }

  /// CRLF line ends, trailing blanks, a base64 body broken at odd places, blank lines inside it
  /// and indentation, as editors and mail programs leave PEM text.
  @Test func toleratesWhitespaceAsEditorsLeaveIt() throws {
    let text = "\r\n  -----BEGIN CERTIFICATE-----  \r\nZm9v\r\n\r\n  YmFy \t\r\nYm\r\nF6\r\n-----END CERTIFICATE-----\r\n"
    #expect(try PEM.blocks(in: text) == [PEMBlock(label: "CERTIFICATE", der: Array("foobarbaz".utf8))])
  }

  @Test func keepsRFC1421Headers() throws {
    let text = """
      -----BEGIN RSA PRIVATE KEY-----
      Proc-Type: 4,ENCRYPTED
      DEK-Info: AES-256-CBC,
       0011AABB

      Zm9v
      -----END RSA PRIVATE KEY-----
      """
    let block = try #require(try PEM.blocks(in: text).first)
    #expect(block.headers == ["Proc-Type": "4,ENCRYPTED", "DEK-Info": "AES-256-CBC, 0011AABB"])
    #expect(block.der == Array("foo".utf8))
  }

  @Test func findsNoBlocksInPlainText() throws {
    #expect(try PEM.blocks(in: "") == [])
    #expect(try PEM.blocks(in: "just some text\n-----END CERTIFICATE-----\n") == [])
  }

  @Test(arguments: [
    ("-----BEGIN CERTIFICATE-----\nZm9v\n", "the CERTIFICATE block has no END line"),
    (
      "-----BEGIN CERTIFICATE-----\nZm9v\n-----BEGIN CERTIFICATE-----\nZm9v\n-----END CERTIFICATE-----\n",
      "the CERTIFICATE block has no END line before the next BEGIN line"
    ),
    ("-----BEGIN CERTIFICATE-----\nZm9v\n-----END PRIVATE KEY-----\n", "the CERTIFICATE block ends with an END line for PRIVATE KEY"),
    ("-----BEGIN CERTIFICATE-----\nZm9v!\n-----END CERTIFICATE-----\n", "the CERTIFICATE block is not valid base64"),
    ("-----BEGIN CERTIFICATE-----\nZm9\n-----END CERTIFICATE-----\n", "the CERTIFICATE block is not valid base64"),
    ("-----BEGIN CERTIFICATE-----\nZg==Zg==\n-----END CERTIFICATE-----\n", "the CERTIFICATE block is not valid base64"),
    ("-----BEGIN CERTIFICATE-----\n\n-----END CERTIFICATE-----\n", "the CERTIFICATE block is empty"),
    ("-----BEGIN CERTIFICATE\nZm9v\n-----END CERTIFICATE-----\n", "the BEGIN line -----BEGIN CERTIFICATE does not end with five dashes"),
    ("-----BEGIN CERTIFICATE-----\nZm9v\n-----END CERTIFICATE\n", "the END line -----END CERTIFICATE does not end with five dashes"),
  ])
  func refusesBrokenArmour(text: String, reason: String) {
    #expect(throws: PEMError(reason: reason)) { try PEM.blocks(in: text) }
  }

  /// A two-megabyte chain, the most a command reads, in one pass.
  @Test func readsALargeChain() throws {
    let block = "-----BEGIN CERTIFICATE-----\n" + String(repeating: "QUJD\n", count: 200) + "-----END CERTIFICATE-----\n"
    let text = String(repeating: block, count: 2_000)
    let blocks = try PEM.blocks(in: text)
    #expect(blocks.count == 2_000)
    #expect(blocks.allSatisfy { $0.der.count == 600 })
  }
}
