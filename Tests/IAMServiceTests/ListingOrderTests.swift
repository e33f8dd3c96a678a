import IAMService
import Testing

@Suite struct ListingOrderTests {
  /// File names end in ".json", which sorts between "-" and "0": the listing must follow the
  /// names themselves, or a name that is a prefix of another would be paged out of order.
  @Test func listingsFollowNamesNotFileNames() throws {
    let h = try ServiceHarness()
    let names = ["a.b", "a-b", "ab", "a", "A0"]
    try h.call { iam in for name in names { _ = try iam.createUser(userName: name, path: nil) } }
    var seen: [String] = []
    var marker: String?
    repeat {
      let page = try h.call { try $0.listUsers(pathPrefix: nil, marker: marker, maxItems: 1) }
      seen += page.items.map(\.userName)
      marker = page.isTruncated ? page.marker : nil
    } while marker != nil
    #expect(seen == ["a", "a-b", "a.b", "A0", "ab"])
  }
}
