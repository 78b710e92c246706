import Foundation
import Testing
@testable import Fetcher

/// Compares `NormalizedFeed` with feedparser's output over `../shared/conformance/feeds`,
/// field by field, on the files feedparser parses without complaint. Skips when the corpus is absent.
@Suite struct ConformanceTests {
    static let corpus: URL? = {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = packageRoot.appendingPathComponent("../shared/conformance/feeds").standardizedFileURL
        return FileManager.default.fileExists(atPath: corpus.appendingPathComponent("expected").path) ? corpus : nil
    }()

    @Test(.enabled(if: corpus != nil, "../shared/conformance/feeds is absent"))
    func agreesWithFeedparserOnAtLeast98PercentOfFields() throws {
        let corpus = try #require(Self.corpus)
        let tally = try ConformanceTally(corpus: corpus)
        let summary = tally.fields.sorted { $0.key < $1.key }
            .map { "\($0.key) \($0.value.agree)/\($0.value.total)" }.joined(separator: ", ")
        print("conformance: \(tally.agree)/\(tally.total) fields agree (\(tally.percentage)%) on \(tally.files) files; \(summary)")
        #expect(tally.files > 200)
        #expect(tally.percentage >= 98, "\(summary)")
    }
}

/// Field agreement over the corpus.
struct ConformanceTally {
    var fields: [String: (agree: Int, total: Int)] = [:]
    var files = 0

    var agree: Int { fields.values.map(\.agree).reduce(0, +) }
    var total: Int { fields.values.map(\.total).reduce(0, +) }
    var percentage: Double { total == 0 ? 0 : (Double(agree) * 10000 / Double(total)).rounded() / 100 }

    init(corpus: URL) throws {
        let manager = FileManager.default
        let filesDirectory = corpus.appendingPathComponent("files")
        for group in try manager.contentsOfDirectory(atPath: filesDirectory.path).sorted() {
            for name in try manager.contentsOfDirectory(atPath: filesDirectory.appendingPathComponent(group).path).sorted() {
                let input = filesDirectory.appendingPathComponent(group).appendingPathComponent(name)
                let expectedURL = corpus.appendingPathComponent("expected").appendingPathComponent(group)
                    .appendingPathComponent(name + ".json")
                guard let expectedData = manager.contents(atPath: expectedURL.path),
                      let expected = try JSONSerialization.jsonObject(with: expectedData) as? [String: Any],
                      let bytes = manager.contents(atPath: input.path) else { continue }
                let ours = NormalizedFeed(parsing: [UInt8](bytes))
                guard expected["bozo"] as? Bool == false else { continue }
                files += 1
                compare(expected, ours)
            }
        }
    }

    private mutating func count(_ field: String, _ agrees: Bool) {
        var current = fields[field] ?? (0, 0)
        current.total += 1
        if agrees { current.agree += 1 }
        fields[field] = current
    }

    private mutating func compare(_ expected: [String: Any], _ ours: NormalizedFeed) {
        let expectedFormat = expected["format"] as? String
        count("format", expectedFormat == ours.format
            || (Set([expectedFormat, ours.format]) == Set(["rss091n", "rss091u"])))
        let feed = expected["feed"] as? [String: Any] ?? [:]
        count("feed.title", feed["title"] as? String == ours.feed.title)
        count("feed.link", feed["link"] as? String == ours.feed.link)
        count("feed.updated", feed["updated"] as? String == ours.feed.updated)
        let entries = expected["entries"] as? [[String: Any]] ?? []
        count("entries", entries.count == ours.entries.count)
        for (theirs, mine) in zip(entries, ours.entries) {
            count("id", theirs["id"] as? String == mine.id)
            count("title", theirs["title"] as? String == mine.title)
            count("link", theirs["link"] as? String == mine.link)
            count("published", theirs["published"] as? String == mine.published)
            count("updated", theirs["updated"] as? String == mine.updated)
            count("author", theirs["author"] as? String == mine.author)
            count("summary_text", theirs["summary_text"] as? String == mine.summaryText)
            count("content_text", theirs["content_text"] as? String == mine.contentText)
        }
    }
}
