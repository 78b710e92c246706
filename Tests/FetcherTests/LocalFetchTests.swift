import Foundation
import Testing
@testable import Fetcher

@Suite struct LocalFetchTests {
    @Test func fetchesFilesAndParsesRelativeLinksAgainstThem() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("local-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("wire.xml")
        try "<rss version=\"2.0\"><channel><item><link>articles/x.html</link></item></channel></rss>"
            .write(to: file, atomically: true, encoding: .utf8)
        let fetcher = Fetcher()
        let response = try await fetcher.fetchFeed(file)
        let page = try await fetcher.fetchPage(directory.appendingPathComponent("wire.xml"))
        await fetcher.shutdown()
        #expect(response.statusCode == 200)
        #expect(response.contentType == "application/xml")
        #expect(page.body == response.body)
        let feed = try FeedParser.parse(response.body, url: response.finalURL)
        #expect(feed.entries.first?.link == directory.appendingPathComponent("articles/x.html"))
    }

    @Test func reportsMissingFilesAndUnsupportedSchemes() async throws {
        let fetcher = Fetcher()
        await #expect(throws: FetchError.self) { try await fetcher.fetchFeed(URL(fileURLWithPath: "/nonexistent/feed.xml")) }
        await #expect(throws: FetchError.unsupportedScheme(URL(string: "ftp://x.example/f")!)) {
            try await fetcher.fetchFeed(URL(string: "ftp://x.example/f")!)
        }
        await fetcher.shutdown()
    }

    @Test func capsTheSizeOfLocalFiles() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).xml")
        try Data(repeating: 0x20, count: 2048).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let fetcher = Fetcher(configuration: FetcherConfiguration(maximumBodyBytes: 1024))
        await #expect(throws: FetchError.bodyTooLarge(file, limit: 1024)) { try await fetcher.fetchFeed(file) }
        await fetcher.shutdown()
    }
}
