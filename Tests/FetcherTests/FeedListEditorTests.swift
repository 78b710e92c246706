import Foundation
import Testing
@testable import Fetcher

@Suite struct FeedListEditorTests {
    let base = URL(fileURLWithPath: "/srv/herald/Feeds", isDirectory: true)

    let commented = """
    # Our feeds.
    feeds:
      # Wire services
      - url: https://wire.example/rss
        name: Wire
        interval: 30m

      - https://bare.example/feed.xml   # a bare address
      # Last, the local sample
      - url: file:sample/local.xml
    other_setting: kept
    """

    func editor(_ yaml: String) throws -> FeedListEditor {
        try FeedListEditor(yaml: yaml, baseDirectory: base)
    }

    @Test func addingAppendsAtTheEndOfTheListAndKeepsEverythingElse() throws {
        var editor = try editor(commented)
        try editor.add(address: "https://new.example/atom", name: "New: the \"best\" # feed")
        let list = try editor.feedList()
        #expect(list.feeds.map(\.url.absoluteString).last == "https://new.example/atom")
        #expect(list.feeds.last?.name == "New: the \"best\" # feed")
        #expect(list.feeds.count == 4)
        #expect(list.feeds.first?.interval == 1_800)
        for line in commented.split(separator: "\n") {
            #expect(editor.yaml.contains(line), "lost: \(line)")
        }
        let lines = editor.yaml.split(separator: "\n").map(String.init)
        let added = try #require(lines.firstIndex { $0.contains("https://new.example/atom") })
        #expect(lines[added].hasPrefix("  - url: "))
        #expect(lines[added + 2] == "other_setting: kept")
    }

    @Test(arguments: [
        "https://WIRE.example:443/rss", "https://wire.example/rss/", "https://wire.example/rss?utm_source=x",
        "https://wire.example/rss#top", "sample/local.xml", "file:sample/local.xml",
    ])
    func aFeedAlreadyListedIsRefused(address: String) throws {
        var editor = try editor(commented)
        #expect(throws: FeedListEditError.self) { try editor.add(address: address) }
        #expect(editor.yaml == commented)
    }

    @Test(arguments: [false, true])
    func anAddedFeedIsAllowedPrivateAddressesOnlyWhenAsked(allowed: Bool) throws {
        var editor = try editor(commented)
        try editor.add(address: "http://10.1.2.3/intranet.xml", name: "Intranet", allowsPrivateAddresses: allowed)
        let added = try #require(try editor.feedList().feeds.last)
        #expect(added.url.absoluteString == "http://10.1.2.3/intranet.xml")
        #expect(added.name == "Intranet")
        #expect(added.allowsPrivateAddresses == allowed)
        #expect(try editor.feedList().feeds.dropLast().allSatisfy { !$0.allowsPrivateAddresses })
    }

    @Test func aDifferentFeedOnTheSameSiteIsNotADuplicate() throws {
        var editor = try editor(commented)
        try editor.add(address: "https://wire.example/rss?section=markets")
        #expect(try editor.feedList().feeds.count == 4)
    }

    @Test(arguments: ["", "ftp://example.com/feed", "   "])
    func aBadAddressIsRefused(address: String) throws {
        var editor = try editor(commented)
        #expect(throws: FeedListEditError.self) { try editor.add(address: address) }
    }

    @Test func removingTakesTheEntryAndItsLinesButNotTheCommentsOfTheNext() throws {
        var editor = try editor(commented)
        let removed = try editor.remove(URL(string: "https://bare.example/feed.xml")!)
        #expect(removed.url.absoluteString == "https://bare.example/feed.xml")
        #expect(!editor.yaml.contains("bare.example"))
        #expect(editor.yaml.contains("# Last, the local sample"))
        #expect(try editor.feedList().feeds.map(\.url.absoluteString) == [
            "https://wire.example/rss", "file:///srv/herald/Feeds/sample/local.xml",
        ])

        try editor.remove(URL(string: "https://wire.example/rss?utm_medium=rss")!)
        #expect(!editor.yaml.contains("interval: 30m"))
        #expect(editor.yaml.contains("# Wire services"))
        try editor.remove(URL(fileURLWithPath: "/srv/herald/Feeds/sample/local.xml"))
        #expect(try editor.feedList().feeds.isEmpty)
        #expect(editor.yaml.contains("other_setting: kept"))
        // An emptied list takes new feeds again.
        try editor.add(address: "https://again.example/rss")
        #expect(try editor.feedList().feeds.map(\.url.absoluteString) == ["https://again.example/rss"])
    }

    @Test func removingAFeedNotListedIsRefused() throws {
        var editor = try editor(commented)
        #expect(throws: FeedListEditError.notListed("https://nowhere.example/rss")) {
            try editor.remove(URL(string: "https://nowhere.example/rss")!)
        }
        #expect(editor.yaml == commented)
    }

    @Test(arguments: ["feeds:\n", "feeds: []\n", "feeds: ~\n", "# header\nfeeds:   # none yet\n"])
    func anEmptyListTakesItsFirstFeed(yaml: String) throws {
        var editor = try editor(yaml)
        try editor.add(address: "https://first.example/rss", name: "First")
        try editor.add(address: "https://second.example/rss")
        let list = try editor.feedList()
        #expect(list.feeds.map(\.url.absoluteString) == ["https://first.example/rss", "https://second.example/rss"])
        #expect(list.feeds.map(\.name) == ["First", nil])
    }

    @Test func aFlowStyleListIsNotRewrittenBehindTheUsersBack() throws {
        let yaml = "feeds: [https://a.example/rss, https://b.example/rss]\n"
        var editor = try editor(yaml)
        #expect(throws: FeedListEditError.unsupportedLayout("feed list")) {
            try editor.add(address: "https://c.example/rss")
        }
        #expect(editor.yaml == yaml)
    }

    @Test func anInvalidListCannotBeEdited() {
        #expect(throws: FeedListError.self) { try FeedListEditor(yaml: "feeds: [unclosed", baseDirectory: base) }
    }

    @Test(arguments: [
        "plain", "with: colon", "#hash", "it's", "yes", "12", "- dash", "  spaced  ", "tab\there", "new\nline",
        "back\\slash", "ünïcödé ✓", "[bracket]", "{brace}", "*star", "&amp", "!bang", "%percent", "@at", "`tick",
        "ends:", "a #b",
    ])
    func namesOfAnyKindReadBackAsWritten(name: String) throws {
        var editor = try editor("feeds:\n")
        try editor.add(address: "https://n.example/rss", name: name)
        let expected = name.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try editor.feedList().feeds.first?.name == expected)
    }
}
