import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ReviewWeb

/// Scraped content stays inert, changes need the form token, the access token guards every request, static
/// files stay in their folder, and every response has the security headers.
@Suite struct SecurityTests {
    /// Tags the review pages write; anything else came from scraped content.
    static let allowedTags: Set = [
        "html", "head", "meta", "title", "link", "body", "header", "div", "a", "span", "nav", "main", "p", "h1",
        "h2", "h3", "aside", "ul", "li", "section", "table", "thead", "tbody", "tr", "th", "td", "del", "ins",
        "code", "article", "strong", "blockquote", "mark", "time", "details", "summary", "form", "input", "label",
        "button", "select", "option", "meter", "ol",
    ]

    @Test func hostileArticleContentRendersInertOnEveryPage() async throws {
        let bench = try ReviewWebBench()
        let hostile = try bench.fileHostileArticle()
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            let token = try await client.execute(uri: "/drafts/\(hostile.draft)", method: .get) {
                try Page.formToken(in: Page.text($0))
            }
            try await client.execute(uri: "/drafts/\(hostile.draft)/approve", method: .post,
                                     headers: Page.formHeaders, body: Page.form([("csrf", token)])) { response in
                #expect(response.status == .seeOther)
            }
            let pages = ["/", "/?state=approved", "/drafts/\(hostile.draft)", "/rules", "/search?q=staking",
                         "/articles/\(hostile.article)"]
            for uri in pages {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    Self.expectInert(Page.text(response), uri: uri)
                }
            }
            try await client.execute(uri: "/drafts/\(hostile.draft)", method: .get) { response in
                let html = Page.text(response)
                #expect(html.contains("&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;"))
                #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
                #expect(html.contains("<span class=\"address\">javascript:alert(6)//staking</span>"))
            }
        }
    }

    /// No tag but the page's own, no event handler attribute, no link or source but to this site or http(s).
    static func expectInert(_ html: String, uri: String) {
        let tags = Page.tags(in: html)
        let opened = html.matches(of: /<[a-zA-Z]/).count
        #expect(tags.count == opened, "\(uri): a tag the check could not read")
        for tag in tags {
            #expect(allowedTags.contains(tag.name), "\(uri): <\(tag.name)>")
            for (name, value) in tag.attributes {
                #expect(!name.hasPrefix("on"), "\(uri): <\(tag.name) \(name)=…>")
                if ["href", "src", "action", "formaction"].contains(name) {
                    let safe = value.hasPrefix("/") || value.hasPrefix("#") || value.hasPrefix("https://")
                        || value.hasPrefix("http://")
                    #expect(safe, "\(uri): \(name)=\"\(value)\"")
                }
            }
        }
        #expect(!html.lowercased().contains("<script"))
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let bench = try ReviewWebBench()
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            for (uri, method) in [("/", HTTPRequest.Method.get), ("/static/herald.css", .get), ("/missing", .get),
                                  ("/drafts/x/approve", .post)] {
                try await client.execute(uri: uri, method: method) { response in
                    let policy = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
                    #expect(policy.contains("default-src 'none'"))
                    #expect(policy.contains("frame-ancestors 'none'"))
                    #expect(!policy.contains("script-src"))
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                    #expect(response.headers[.xFrameOptions] == "DENY")
                }
            }
        }
    }

    @Test func theAccessTokenGuardsEveryRequest() async throws {
        let bench = try ReviewWebBench()
        let token = "a-secret-of-enough-length"
        let app = Application(router: try bench.server(address: "0.0.0.0:0", token: token).router())
        try await app.test(.router) { client in
            for uri in ["/", "/rules", "/static/herald.css", "/search?q=x", "/?token=wrong-secret-of-length"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(uri)")
                    #expect(!Page.text(response).contains(token))
                }
            }
            try await client.execute(uri: "/", method: .get, headers: [.authorization: "Bearer \(token)x"]) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(uri: "/", method: .get, headers: [.authorization: "Bearer \(token)"]) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/search?token=\(token)&q=lending", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/search?q=lending")
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.hasPrefix("herald_token=\(token);"))
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            }
            try await client.execute(uri: "/rules", method: .get, headers: [.cookie: "herald_token=\(token)"]) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/rules", method: .get, headers: [.cookie: "herald_token=nope"]) {
                #expect($0.status == .unauthorized)
            }
        }
    }

    @Test func anAddressBeyondLoopbackNeedsAStrongToken() throws {
        let bench = try ReviewWebBench()
        #expect(throws: ReviewServerError.tokenRequired(ListenAddress(host: "0.0.0.0", port: 8080))) {
            try bench.server(address: "0.0.0.0:8080")
        }
        #expect(throws: ReviewServerError.tokenRequired(ListenAddress(host: "192.168.1.20", port: 80))) {
            try bench.server(address: "192.168.1.20:80")
        }
        #expect(throws: ReviewServerError.weakToken) { try bench.server(address: "0.0.0.0:8080", token: "short") }
        _ = try bench.server(address: "localhost:8080")
        _ = try bench.server(address: "[::1]:8080")
        _ = try bench.server(address: "0.0.0.0:8080", token: "sixteen-chars-ok")
    }

    @Test func formPostsWithoutTheTokenChangeNothing() async throws {
        let bench = try ReviewWebBench()
        let id = try bench.fileBan()
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            for action in ["approve", "reject", "edit"] {
                try await client.execute(uri: "/drafts/\(id)/\(action)", method: .post, headers: Page.formHeaders,
                                         body: Page.form([("reason", "forged"), ("title", "Forged")])) { response in
                    #expect(response.status == .forbidden, "\(action)")
                }
            }
        }
        #expect(try bench.store.draft(id: id)?.state == .pending)
        #expect(try bench.store.decisions(draftID: id).isEmpty)
    }

    @Test func staticFilesCannotLeaveTheirFolder() async throws {
        let bench = try ReviewWebBench()
        let root = bench.folder.appendingPathComponent("site")
        let assets = root.appendingPathComponent("static")
        try FileManager.default.createDirectory(at: assets.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("body{}".utf8).write(to: assets.appendingPathComponent("sub/a.css"))
        try Data(".x{}".utf8).write(to: assets.appendingPathComponent(".hidden.css"))
        try Data("secret".utf8).write(to: root.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: assets.appendingPathComponent("link.css"),
                                                   withDestinationURL: root.appendingPathComponent("secret.txt"))
        let app = Application(router: try bench.server(staticFolder: assets).router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/static/sub/a.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(Page.text(response) == "body{}")
            }
            let escapes = ["/static/../secret.txt", "/static/sub/../../secret.txt", "/static/%2e%2e/secret.txt",
                           "/static/..%2fsecret.txt", "/static/link.css", "/static/.hidden.css", "/static/sub",
                           "/static/sub//a.css", "/static/..\\secret.txt", "/static/"]
            for uri in escapes {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(!Page.text(response).contains("secret"), "\(uri)")
                }
            }
        }
        let files = StaticFiles(folder: assets)
        #expect(files.file(at: "sub/a.css") != nil)
        #expect(files.file(at: "../secret.txt") == nil)
        #expect(files.file(at: "link.css") == nil)
    }

    @Test func theBundledStyleSheetIsServed() async throws {
        let bench = try ReviewWebBench()
        let app = Application(router: try bench.server().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/static/herald.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Page.text(response).contains("mark.quote"))
            }
        }
    }

    @Test(arguments: [
        ("localhost:8080", true), ("127.0.0.1:8080", true), ("127.1.2.3", true), ("[::1]:8080", true),
        ("LOCALHOST", true), (nil, true), ("evil.example:8080", false), ("127.0.0.1.evil.example", false),
        ("10.0.0.1:8080", false), ("localhost.evil.example", false), ("[::2]:80", false),
    ] as [(String?, Bool)])
    func onlyLoopbackHostNamesAreAnswered(host: String?, answered: Bool) {
        #expect(AccessGuard<BasicRequestContext>.namesLoopback(host) == answered)
    }
}
