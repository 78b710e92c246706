import Foundation
import Testing
@testable import Fetcher

/// `Feeds/crypto-news.yaml`, the starter list of real feeds: a valid feed list, and each entry it marks as verified
/// offline matches its captured copy in `../shared/conformance/feeds` (skipped when the corpus is absent).
@Suite struct CryptoNewsFeedsTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let listFile = packageRoot.appendingPathComponent("Feeds/crypto-news.yaml")
    static let capturedFeeds = packageRoot
        .appendingPathComponent("../shared/conformance/feeds/files/syspulse-crypto").standardizedFileURL

    /// An entry the list marks `[verified offline]`: its address, the captured file and the entries it claims.
    struct VerifiedEntry {
        var url: String
        var file: String
        var entries: Int
    }

    static func verifiedEntries() throws -> [VerifiedEntry] {
        let lines = try String(contentsOf: listFile, encoding: .utf8).split(separator: "\n").map(String.init)
        var found: [VerifiedEntry] = []
        for (index, line) in lines.enumerated() where index > 0 && line.contains("name:")
            && line.contains("[verified offline]") {
            let url = lines[index - 1].replacingOccurrences(of: "- url:", with: "").trimmingCharacters(in: .whitespaces)
            let note = line[line.range(of: "[verified offline]")!.upperBound...]
            let words = note.split(whereSeparator: { " ,()".contains($0) })
            guard let countIndex = words.firstIndex(of: "entries"), countIndex > 0, let count = Int(words[countIndex - 1]),
                  let file = words.last else { continue }
            found.append(VerifiedEntry(url: url, file: String(file), entries: count))
        }
        return found
    }

    @Test func theListIsAValidFeedListOfNamedWebFeeds() throws {
        let list = try FeedList.load(from: Self.listFile)
        #expect(list.feeds.count >= 15)
        for feed in list.feeds {
            #expect(feed.url.scheme == "https", "\(feed.url)")
            #expect(feed.name?.isEmpty == false, "\(feed.url)")
            #expect(feed.interval.map { $0 >= 600 } ?? true, "\(feed.url)")
        }
        let hosts = list.feeds.compactMap { $0.url.host }
        #expect(Set(hosts).count == hosts.count, "one feed a host")
        let sites = hosts.map(ArticleURL.registrableDomain(of:))
        // Regulators and central banks, the primary sources, are there.
        for host in ["sec.gov", "cftc.gov", "fca.org.uk", "europa.eu", "bis.org"] {
            #expect(sites.contains(host), "\(host)")
        }
    }

    @Test func everyEntryMarkedVerifiedSaysHowFarAndEveryOtherSaysItIsNot() throws {
        let text = try String(contentsOf: Self.listFile, encoding: .utf8)
        let names = text.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("name:") }
        #expect(names.count == (try FeedList.load(from: Self.listFile)).feeds.count)
        for name in names {
            #expect(name.contains("[verified offline]") != name.contains("[not verified]"), "\(name)")
        }
        #expect(try Self.verifiedEntries().count == names.filter { $0.contains("[verified offline]") }.count)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: capturedFeeds.path), "../shared is absent"))
    func eachVerifiedEntryMatchesItsCapturedCopy() throws {
        let entries = try Self.verifiedEntries()
        #expect(entries.count >= 4)
        for entry in entries {
            let bytes = try [UInt8](Data(contentsOf: Self.capturedFeeds.appendingPathComponent(entry.file)))
            #expect(String(decoding: bytes, as: UTF8.self).contains(entry.url), "\(entry.file) is not \(entry.url)")
            let feed = try FeedParser.parse(bytes, url: try #require(URL(string: entry.url)))
            #expect(feed.format == .rss20, "\(entry.file)")
            #expect(feed.entries.count == entry.entries, "\(entry.file)")
            #expect(feed.entries.allSatisfy { $0.link?.scheme == "https" }, "\(entry.file)")
        }
    }
}
