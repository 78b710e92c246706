import Archive
import Extractor
import Foundation
import Generator
import Hummingbird
import HummingbirdTesting
import Review
import TestFolders
import Testing
@testable import ReviewWeb

/// A store, rulebook and output folder in a fresh folder, filled with news we write ourselves, and a review
/// server over them.
struct ReviewWebBench {
    let folder: URL
    let store: ArchiveStore
    let rulebook: RulebookFile
    let now = Date(timeIntervalSince1970: 1_950_000_000)

    init() throws {
        folder = try TemporaryFolder.make("web")
        store = try ArchiveStore(path: folder.appendingPathComponent("herald.sqlite").path)
        rulebook = RulebookFile(folder.appendingPathComponent("rules.yaml"))
    }

    /// The server over this bench's store, on loopback unless told otherwise.
    func server(address: String = "127.0.0.1:0", token: String? = nil, staticFolder: URL? = nil) throws -> ReviewServer {
        try ReviewServer(ReviewServerConfiguration(
            address: ListenAddress(parsing: address), accessToken: token, store: store, rulebook: rulebook,
            outputFolder: folder, reviewer: "tester", staticFolder: staticFolder
        ))
    }

    /// Files an article whose text holds `sentence` as its second paragraph, between `lead` and `close`, with
    /// the actor, the place and the date marked as the analysis would; returns the draft ids it touched and the
    /// article's id.
    @discardableResult
    func file(
        _ sentence: String, lead: String = "Lead paragraph.", close: String = "Closing paragraph.",
        title: String? = nil, site: String = "Ledger", url: String? = nil, published: String = "2031-04-10",
        actor: String = "Harbor", place: (name: String, code: String) = ("Osterland", "OL"),
        date: (text: String, value: String)? = ("May 1", "2031-05-01"),
        action: PolicyAction = .prohibit, subjects: [PolicySubject] = [.lending]
    ) throws -> (drafts: [String], article: Int64) {
        let text = "\(lead)\n\n\(sentence)\n\n\(close)"
        let address = url ?? "https://\(slug(site)).example/\(slug(sentence))"
        let page = ArticlePage(title: title ?? sentence, published: published, siteName: site,
                               canonicalURL: address, text: text)
        let start = Self.offset(of: sentence, in: text) ?? 0
        var entities = [Entity]()
        if let at = Self.offset(of: actor, in: text) {
            entities.append(Entity(name: actor, type: .organization,
                                   mentions: [TextSpan(start: at, end: at + actor.unicodeScalars.count)]))
        }
        if let at = Self.offset(of: place.name, in: text) {
            entities.append(Entity(name: place.name, type: .location, code: place.code,
                                   mentions: [TextSpan(start: at, end: at + place.name.unicodeScalars.count)]))
        }
        var dates = [TemporalExpression]()
        if let date, let at = Self.offset(of: date.text, in: text) {
            dates.append(TemporalExpression(text: date.text, value: date.value, start: at,
                                            end: at + date.text.unicodeScalars.count, role: .effective))
        }
        let analysis = TextAnalysis(
            entities: entities, dates: dates,
            statements: [PolicyStatement(text: sentence, start: start, end: start + sentence.unicodeScalars.count,
                                         actor: actor, action: action, status: .announced, object: "",
                                         effective: date?.value)],
            announcements: [Announcement(actor: actor, action: action, status: .announced, subjects: subjects,
                                         jurisdiction: place.code, effective: date?.value, enforcement: nil,
                                         statementIndices: [0])]
        )
        let outcome = try store.ingest(ArticleRecord(guid: address, url: address, page: page, fetchedAt: now),
                                       analysis: analysis, rulebook: rulebook.load(), now: now)
        guard case let .archived(article, created, updated) = outcome else {
            throw BenchError(description: "the article was not archived: \(outcome)")
        }
        return (created + updated, article)
    }

    /// A ban on lending in Osterland, reported by one outlet.
    func fileBan() throws -> String {
        try #require(try file("Harbor will stop crypto lending in Osterland from May 1.").drafts.first)
    }

    /// An article written to attack the page: markup, event handlers and `javascript:` links in every field a
    /// page shows.
    func fileHostileArticle() throws -> (draft: String, article: Int64) {
        let filed = try file(
            "Harbor will stop <b>crypto</b> staking in Osterland from June 2 <script>alert('quote')</script>.",
            lead: "Lead <img src=x onerror=alert(1)> and a <a href=\"javascript:alert(2)\">link</a>.",
            close: "Closing <svg onload=alert(3)></svg> \" onmouseover=\"alert(4) words.",
            title: "Staking <script>alert('title')</script> ends",
            site: "Ledger\" onmouseover=\"alert(5)", url: "javascript:alert(6)//staking",
            actor: "Harbor", date: ("June 2", "2031-06-02"), subjects: [.staking]
        )
        return (try #require(filed.drafts.first), filed.article)
    }

    /// The scalar offset of the first occurrence of `part` in `text`.
    static func offset(of part: String, in text: String) -> Int? {
        guard let range = text.range(of: part) else { return nil }
        return text.unicodeScalars[..<range.lowerBound].count
    }

    struct BenchError: Error, CustomStringConvertible {
        var description: String
    }
}

/// Helpers to read responses.
enum Page {
    static func text(_ response: TestResponse) -> String {
        String(buffer: response.body)
    }

    /// The form token a page's forms carry.
    static func formToken(in html: String) throws -> String {
        let match = try #require(html.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/))
        return String(match.1)
    }

    /// Every start tag of a page: its name and its attributes' names and values.
    static func tags(in html: String) -> [(name: String, attributes: [(String, String)])] {
        html.matches(of: /<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/).map { match in
            let attributes = String(match.2).matches(of: /([^\s=>]+)(?:="([^"]*)")?/).map {
                (String($0.1).lowercased(), String($0.2 ?? ""))
            }
            return (String(match.1).lowercased(), attributes)
        }
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: String(Layout.query(fields).dropFirst()))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
}
