import Archive
import Extractor
import Foundation
import Generator
import Hummingbird
import Review

/// The routes of the review app and what each one does.
///
/// Pages are GETs that change nothing; every change is a POST carrying the form token, and answers with a
/// redirect to the draft's page (303), which says what happened.
struct ReviewSite: Sendable {
    let desk: ReviewDesk
    let outputFolder: URL
    let reviewer: String
    /// The secret every form sends back; a page of another site cannot read it, so it cannot forge a POST.
    let formToken: String
    let staticFiles: StaticFiles

    var store: any ReviewStore { desk.store }

    /// The largest form body accepted.
    static let formLimit = 64 * 1024

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try await draftList(request) }
        router.get("/drafts") { _, _ in Response.seeOther("/") }
        router.get("/drafts/:id") { request, context in
            try await draftPage(try context.parameters.require("id"), notice: Self.notice(request))
        }
        router.post("/drafts/:id/approve") { request, context in
            try await decide(request, context) { id, form in
                try await desk.approve(id, reviewer: reviewer, reason: Self.nonEmpty(form["reason"]))
                return "approved"
            }
        }
        router.post("/drafts/:id/reject") { request, context in
            try await decide(request, context) { id, form in
                try await desk.reject(id, reviewer: reviewer, reason: form["reason"] ?? "")
                return "rejected"
            }
        }
        router.post("/drafts/:id/edit") { request, context in
            try await decide(request, context) { id, form in
                guard let draft = try await store.draft(id: id) else { throw ArchiveError.unknownDraft(id) }
                let settings = Self.changedFields(of: draft.rule, in: form)
                guard !settings.isEmpty else { return "unchanged" }
                try await desk.edit(id, settings: settings, reviewer: reviewer, reason: Self.nonEmpty(form["reason"]))
                return "edited"
            }
        }
        router.get("/rules") { _, _ in try rulebookPage() }
        router.get("/search") { request, _ in try await searchPage(request) }
        router.get("/articles/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int64.self),
                  let found = try await store.article(id: id) else {
                throw PageError(.notFound, "The archive has no such article.")
            }
            return Response.html(ArticleView(article: found.article, analysis: found.analysis).html)
        }
        router.get("/static/**") { request, _ in
            guard let file = staticFiles.file(at: String(request.uri.path.dropFirst("/static/".count))) else {
                throw PageError(.notFound, "There is no such file.")
            }
            return Response(
                status: .ok, headers: [.contentType: file.contentType, .cacheControl: "max-age=300"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.data))
            )
        }
    }

    // MARK: Pages

    private func draftList(_ request: Request) async throws -> Response {
        let listing = DraftListing(query: Self.query(request))
        let inState = try await store.drafts(DraftFilter(state: listing.state))
        return Response.html(DraftListPage(listing: listing, inState: inState).html)
    }

    private func draftPage(
        _ id: String, notice: String? = nil, problem: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let draft = try await store.draft(id: id) else {
            throw PageError(.notFound, "There is no draft \(id).")
        }
        let currentID = draft.base?.id ?? draft.rule.id
        let current = draft.change == .add ? nil : (try? desk.rulebook.load())?.rule(id: currentID)
        var evidence: [DraftPage.EvidenceInArticle] = []
        for piece in draft.evidence {
            var found: (article: StoredArticle, analysis: TextAnalysis)?
            if let articleID = Int64(piece.article) { found = try await store.article(id: articleID) }
            evidence.append(DraftPage.EvidenceInArticle(
                evidence: piece, article: found?.article, analysis: found?.analysis ?? TextAnalysis()
            ))
        }
        let page = DraftPage(
            draft: draft, current: current, evidence: evidence, log: try await store.decisions(draftID: id),
            formToken: formToken, notice: notice, problem: problem
        )
        return Response.html(page.html, status: status)
    }

    private func rulebookPage() throws -> Response {
        do {
            return Response.html(RulebookPage(rulebook: try desk.rulebook.load()).html)
        } catch let error as RulebookFileError {
            return Response.html(RulebookPage(rulebook: Rulebook(), problem: error.description).html,
                                 status: .internalServerError)
        }
    }

    private func searchPage(_ request: Request) async throws -> Response {
        let query = Self.query(request)
        var page = SearchPage()
        page.text = query["q"]?.trimmingCharacters(in: .whitespaces) ?? ""
        page.since = Self.nonEmpty(query["since"]).flatMap { CalendarDay(iso: $0) }
        page.entity = query["entity"]?.trimmingCharacters(in: .whitespaces) ?? ""
        page.type = Self.nonEmpty(query["type"]).flatMap(EntityType.init(rawValue:))
        guard !page.text.isEmpty else { return Response.html(page.html) }
        do {
            page.hits = try await store.search(SearchQuery(
                page.text, since: page.since, entity: Self.nonEmpty(page.entity), type: page.type, limit: 50
            ))
            return Response.html(page.html)
        } catch let error as SearchError {
            page.problem = error.description
            return Response.html(page.html, status: .badRequest)
        }
    }

    // MARK: Decisions

    /// Reads and checks a form post, runs the decision, rewrites the draft files, and redirects to the draft's
    /// page; a decision that cannot be made shows the page again with the reason.
    private func decide(
        _ request: Request, _ context: BasicRequestContext, _ action: (String, FormFields) async throws -> String
    ) async throws -> Response {
        let id = try context.parameters.require("id")
        var request = request
        let body = try await request.collectBody(upTo: Self.formLimit)
        let form = FormFields(encoded: String(buffer: body))
        guard let token = form["csrf"], secretsMatch(token, formToken) else {
            throw PageError(.forbidden, "The form has expired or came from another site: reload the page and try again.")
        }
        do {
            let outcome = try await action(id, form)
            try await store.writePendingOutputs(to: outputFolder)
            return Response.seeOther("/drafts/\(Layout.segment(id))?done=\(outcome)")
        } catch ArchiveError.unknownDraft {
            throw PageError(.notFound, "There is no draft \(id).")
        } catch let error as DraftStateConflict {
            return try await draftPage(id, problem: error.description, status: .conflict)
        } catch let error as ReviewError {
            return try await draftPage(id, problem: error.description, status: .conflict)
        } catch let error as RuleEditError {
            return try await draftPage(id, problem: error.description, status: .unprocessableContent)
        } catch let error as RulebookFileError {
            return try await draftPage(id, problem: error.description, status: .internalServerError)
        }
    }

    /// `field=value` settings for the fields whose submitted value differs from the rule's.
    static func changedFields(of rule: Rule, in form: FormFields) -> [String] {
        DraftPage.fields(of: rule).compactMap { field, value in
            guard let submitted = form[field]?.trimmingCharacters(in: .whitespaces), submitted != value else {
                return nil
            }
            if field == "subjects" {
                let normalized = submitted.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }.joined(separator: ", ")
                if normalized == value { return nil }
            }
            return "\(field)=\(submitted)"
        }
    }

    /// The sentence shown after a redirect from a decision.
    static func notice(_ request: Request) -> String? {
        switch request.uri.queryParameters["done"] {
        case "approved": "Approved and applied to the rulebook."
        case "rejected": "Rejected."
        case "edited": "Saved: the draft has your changes."
        case "unchanged": "Nothing to save: no field changed."
        default: nil
        }
    }

    static func query(_ request: Request) -> [String: String] {
        FormFields(encoded: request.uri.query ?? "").dictionary
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }
}
