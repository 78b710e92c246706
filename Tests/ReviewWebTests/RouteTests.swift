import Foundation
import Generator
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReviewWeb

/// Every route over HTTP, through the router.
@Suite struct RouteTests {
    @Test func theDraftListShowsPendingDraftsWithCountsAndFilters() async throws {
        let bench = try ReviewWebBench()
        let ban = try bench.fileBan()
        try bench.file("Quay will require licences for crypto custody in Westmark from July 3.", site: "Wire",
                       actor: "Quay", place: ("Westmark", "WM"), date: ("July 3", "2031-07-03"), action: .require,
                       subjects: [.custody])
        let banTitle = try #require(try bench.store.draft(id: ban)?.rule.title)
        let licenceTitle = try #require(try bench.store.drafts().first { $0.id != ban }?.rule.title)
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = Page.text(response)
                #expect(html.contains(">\(escapeHTML(banTitle))</a>"))
                #expect(html.contains(">\(escapeHTML(licenceTitle))</a>"))
                #expect(html.contains("“Harbor will stop crypto lending in Osterland from May 1.”"))
                #expect(html.contains("/drafts/\(ban)"))
                #expect(html.contains("prohibit (1)"))
                #expect(html.contains("require (1)"))
                #expect(html.contains("OL (1)"))
                #expect(html.contains("2 drafts"))
            }
            try await client.execute(uri: "/?action=require", method: .get) { response in
                let html = Page.text(response)
                #expect(html.contains(escapeHTML(licenceTitle)))
                #expect(!html.contains(escapeHTML(banTitle)))
                #expect(html.contains("1 of 2 drafts match the filters"))
            }
            try await client.execute(uri: "/?jurisdiction=ol&subject=lending", method: .get) { response in
                let html = Page.text(response)
                #expect(html.contains(escapeHTML(banTitle)))
                #expect(!html.contains(escapeHTML(licenceTitle)))
            }
            try await client.execute(uri: "/?from=2031-05-01", method: .get) { response in
                #expect(Page.text(response).contains("No drafts match."))
            }
            try await client.execute(uri: "/?confidence=1.5&from=not-a-day", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/?state=approved", method: .get) { response in
                #expect(Page.text(response).contains("No drafts match."))
            }
            try await client.execute(uri: "/drafts", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/")
            }
        }
    }

    @Test func aDraftPageShowsTheRuleAndEachQuoteMarkedInItsArticle() async throws {
        let bench = try ReviewWebBench()
        let id = try bench.fileBan()
        let title = try #require(try bench.store.draft(id: id)?.rule.title)
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/drafts/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                let html = Page.text(response)
                #expect(html.contains("<h1>\(escapeHTML(title))</h1>"))
                #expect(html.contains("<p id=\"quote-1\">"))
                #expect(html.contains("""
                    <mark class="quote"><span class="entity organization" title="organization: Harbor">Harbor</span>\
                     will stop crypto lending in \
                    <span class="entity location" title="location: Osterland">Osterland</span> from \
                    <time class="date" title="date: 2031-05-01">May 1</time>.</mark>
                    """))
                #expect(html.contains("<p>Lead paragraph.</p>"))
                #expect(html.contains("name=\"csrf\""))
                #expect(html.contains("action=\"/drafts/\(id)/approve\""))
                #expect(html.contains("<th>effective</th><td>2031-05-01</td>"))
            }
            try await client.execute(uri: "/drafts/no-such-draft", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(Page.text(response).contains("There is no draft no-such-draft."))
            }
        }
    }

    @Test func approvingNeedsTheFormTokenAndAppliesTheDraftOnce() async throws {
        let bench = try ReviewWebBench()
        let id = try bench.fileBan()
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            let token = try await client.execute(uri: "/drafts/\(id)", method: .get) { try Page.formToken(in: Page.text($0)) }
            // A token one character off: the first character changed to one it is not.
            let forged = (token.first == "0" ? "1" : "0") + token.dropFirst()
            for form in [[("reason", "ok")], [("csrf", forged), ("reason", "ok")]] {
                try await client.execute(uri: "/drafts/\(id)/approve", method: .post, headers: Page.formHeaders,
                                         body: Page.form(form)) { response in
                    #expect(response.status == .forbidden)
                }
            }
            try await client.execute(uri: "/drafts/\(id)/approve", method: .get) { response in
                #expect(response.status == .notFound || response.status == .methodNotAllowed)
            }
            #expect(try bench.rulebook.load().rules.isEmpty)

            try await client.execute(uri: "/drafts/\(id)/approve", method: .post, headers: Page.formHeaders,
                                     body: Page.form([("csrf", token), ("reason", "one good source")])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/drafts/\(id)?done=approved")
            }
            let rules = try bench.rulebook.load().rules
            #expect(rules.map(\.id) == ["ol-harbor-lending"])
            #expect(rules.first?.history.first?.reviewer == "tester")
            #expect(try bench.store.decisions(draftID: id).first?.reason == "one good source")
            #expect(FileManager.default.fileExists(atPath: bench.folder.appendingPathComponent("drafts/\(id).yaml").path))

            try await client.execute(uri: "/drafts/\(id)?done=approved", method: .get) { response in
                let html = Page.text(response)
                #expect(html.contains("Approved and applied to the rulebook."))
                #expect(html.contains("<span class=\"state approved\">approved</span>"))
                #expect(!html.contains("action=\"/drafts/\(id)/approve\""))
                #expect(html.contains("one good source"))
            }
            try await client.execute(uri: "/drafts/\(id)/approve", method: .post, headers: Page.formHeaders,
                                     body: Page.form([("csrf", token)])) { response in
                #expect(response.status == .conflict)
                #expect(Page.text(response).contains("is approved, not pending"))
            }
            #expect(try bench.store.decisions(draftID: id).count == 1)
        }
    }

    @Test func rejectingNeedsAReason() async throws {
        let bench = try ReviewWebBench()
        let id = try bench.fileBan()
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            let token = try await client.execute(uri: "/drafts/\(id)", method: .get) { try Page.formToken(in: Page.text($0)) }
            try await client.execute(uri: "/drafts/\(id)/reject", method: .post, headers: Page.formHeaders,
                                     body: Page.form([("csrf", token), ("reason", "  ")])) { response in
                #expect(response.status == .conflict)
                #expect(Page.text(response).contains("a rejection needs a reason"))
            }
            #expect(try bench.store.draft(id: id)?.state == .pending)
            try await client.execute(uri: "/drafts/\(id)/reject", method: .post, headers: Page.formHeaders,
                                     body: Page.form([("csrf", token), ("reason", "satire site")])) { response in
                #expect(response.status == .seeOther)
            }
            #expect(try bench.store.draft(id: id)?.state == .rejected)
            #expect(try bench.store.decisions(draftID: id).map(\.reason) == ["satire site"])
            #expect(try bench.rulebook.load().rules.isEmpty)
        }
    }

    @Test func editingChangesOnlyTheFieldsThatDiffer() async throws {
        let bench = try ReviewWebBench()
        let id = try bench.fileBan()
        let app = Application(router: try bench.server().router())
        let before = try #require(try bench.store.draft(id: id))
        let unchanged = DraftPage.fields(of: before.rule)
        try await app.test(.router) { client in
            let token = try await client.execute(uri: "/drafts/\(id)", method: .get) { try Page.formToken(in: Page.text($0)) }
            try await client.execute(uri: "/drafts/\(id)/edit", method: .post, headers: Page.formHeaders,
                                     body: Page.form([("csrf", token)] + unchanged)) { response in
                #expect(response.headers[.location] == "/drafts/\(id)?done=unchanged")
            }
            #expect(try bench.store.decisions(draftID: id).isEmpty)

            let fields = unchanged.map { $0.0 == "title" ? ($0.0, "Harbor ends lending in Osterland") : $0 }
                .map { $0.0 == "effective" ? ($0.0, "2031-06-01") : $0 }
            try await client.execute(uri: "/drafts/\(id)/edit", method: .post, headers: Page.formHeaders,
                                     body: Page.form([("csrf", token), ("reason", "clearer")] + fields)) { response in
                #expect(response.headers[.location] == "/drafts/\(id)?done=edited")
            }
            let edited = try #require(try bench.store.draft(id: id))
            #expect(edited.rule.title == "Harbor ends lending in Osterland")
            #expect(edited.rule.effective == "2031-06-01")
            #expect(edited.rule.subjects == before.rule.subjects)
            #expect(try bench.store.decisions(draftID: id).map(\.verdict) == [.edited])

            let invalid = fields.map { $0.0 == "effective" ? ($0.0, "next spring") : $0 }
            try await client.execute(uri: "/drafts/\(id)/edit", method: .post, headers: Page.formHeaders,
                                     body: Page.form([("csrf", token)] + invalid)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(Page.text(response).contains("effective must be an ISO value"))
            }
            #expect(try bench.store.draft(id: id)?.rule.effective == "2031-06-01")
        }
    }

    @Test func theRulebookShowsEachRuleWithItsHistory() async throws {
        let bench = try ReviewWebBench()
        let id = try bench.fileBan()
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/rules", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Page.text(response).contains("The rulebook has no rules yet"))
            }
            let token = try await client.execute(uri: "/drafts/\(id)", method: .get) { try Page.formToken(in: Page.text($0)) }
            try await client.execute(uri: "/drafts/\(id)/approve", method: .post, headers: Page.formHeaders,
                                     body: Page.form([("csrf", token)]))
            try await client.execute(uri: "/rules", method: .get) { response in
                let html = Page.text(response)
                #expect(html.contains("id=\"ol-harbor-lending\""))
                #expect(html.contains("by tester, draft <a href=\"/drafts/\(id)\">\(id)</a>"))
                #expect(html.contains("<blockquote>Harbor will stop crypto lending in Osterland from May 1.</blockquote>"))
            }
        }
    }

    @Test func anUnreadableRulebookIsReportedNotOverwritten() async throws {
        let bench = try ReviewWebBench()
        let id = try bench.fileBan()
        try FileManager.default.createDirectory(at: bench.folder, withIntermediateDirectories: true)
        try Data("- id: [unclosed".utf8).write(to: bench.rulebook.url)
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/rules", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(Page.text(response).contains("fix it by hand"))
            }
            let token = try await client.execute(uri: "/drafts/\(id)", method: .get) { try Page.formToken(in: Page.text($0)) }
            try await client.execute(uri: "/drafts/\(id)/approve", method: .post, headers: Page.formHeaders,
                                     body: Page.form([("csrf", token)])) { response in
                #expect(response.status == .internalServerError)
                #expect(Page.text(response).contains("fix it by hand"))
            }
        }
        #expect(try String(contentsOf: bench.rulebook.url, encoding: .utf8) == "- id: [unclosed")
        #expect(try bench.store.draft(id: id)?.state == .pending)
    }

    @Test func searchFindsArticlesAndMarksTheMatch() async throws {
        let bench = try ReviewWebBench()
        let filed = try bench.file("Harbor will stop crypto lending in Osterland from May 1.")
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/search", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Page.text(response).contains("name=\"q\""))
            }
            try await client.execute(uri: "/search?q=lending", method: .get) { response in
                let html = Page.text(response)
                #expect(html.contains("<a href=\"/articles/\(filed.article)\">"))
                #expect(html.contains("<mark>lending</mark>"))
            }
            try await client.execute(uri: "/search?q=lending&entity=Westmark", method: .get) { response in
                #expect(Page.text(response).contains("No article matches."))
            }
            try await client.execute(uri: "/search?q=%21%21", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(Page.text(response).contains("has no words to search for"))
            }
        }
    }

    @Test func anArticlePageMarksEntitiesAndDates() async throws {
        let bench = try ReviewWebBench()
        let filed = try bench.file("Harbor will stop crypto lending in Osterland from May 1.")
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/articles/\(filed.article)", method: .get) { response in
                #expect(response.status == .ok)
                let html = Page.text(response)
                #expect(html.contains("<span class=\"entity location\" title=\"location: Osterland\">Osterland</span>"))
                #expect(html.contains("<time class=\"date\" title=\"date: 2031-05-01\">May 1</time>"))
                #expect(!html.contains("<mark"))
            }
            for uri in ["/articles/999", "/articles/abc", "/no/such/page"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.headers[.contentSecurityPolicy] != nil)
                }
            }
        }
    }
}
