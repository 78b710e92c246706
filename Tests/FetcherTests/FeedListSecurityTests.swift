import Foundation
import Testing
import Fetcher

/// `allow_private` in feeds.yaml: off unless a feed says so, and only `true` or `false`.
@Suite struct FeedListSecurityTests {
    let base = URL(fileURLWithPath: "/srv/herald")

    @Test func feedsAreRefusedPrivateAddressesUnlessTheyAskForThem() throws {
        let list = try FeedList.parse(yaml: """
        feeds:
          - https://news.example/rss
          - url: http://intranet.local/feed
            name: Intranet
            allow_private: true
          - url: http://other.example/feed
            allow_private: false
        """, baseDirectory: base)
        #expect(list.feeds.map(\.allowsPrivateAddresses) == [false, true, false])
        #expect(list.feeds[1].name == "Intranet")
    }

    @Test(arguments: ["yes please", "[true]", "1"])
    func anAllowanceThatIsNotABooleanIsAnError(value: String) {
        let yaml = "feeds:\n  - url: http://intranet.local/feed\n    allow_private: \(value)\n"
        #expect(throws: FeedListError.invalidEntry(
            source: "feed list", number: 1, reason: "`allow_private` must be true or false")) {
            try FeedList.parse(yaml: yaml, baseDirectory: base)
        }
    }

    @Test func aFeedSourceStoredBeforeTheAllowanceExistedDecodesAsRefused() throws {
        let stored = Data(#"{"url":"https:\/\/news.example\/rss","name":"News"}"#.utf8)
        let source = try JSONDecoder().decode(FeedSource.self, from: stored)
        #expect(source.allowsPrivateAddresses == false)
        let roundTrip = try JSONDecoder().decode(FeedSource.self, from: JSONEncoder().encode(
            FeedSource(url: source.url, allowsPrivateAddresses: true)))
        #expect(roundTrip.allowsPrivateAddresses)
    }
}
