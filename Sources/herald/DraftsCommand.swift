import Archive
import ArgumentParser
import Extractor
import Foundation
import Generator
import Review

/// `herald drafts`: list, read, approve, reject and edit the rule drafts.
struct DraftsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drafts",
        abstract: "Review the draft updates of the rulebook.",
        subcommands: [List.self, Show.self, Approve.self, Reject.self, Edit.self],
        defaultSubcommand: List.self
    )

    /// `herald drafts list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List drafts, newest first.")

        @OptionGroup var options: StoreOptions

        @Option(help: "Only drafts in this state: pending, approved or rejected.")
        var state: DraftState?

        @Option(help: "Only drafts for this jurisdiction (ISO code, EU or GLOBAL).")
        var jurisdiction: String?

        @Option(help: "Only drafts whose rule has this action: prohibit, restrict, require, permit, enforce, warn.")
        var action: PolicyAction?

        @Flag(help: "Print the drafts as a JSON array.")
        var json = false

        func run() async throws {
            let filter = DraftFilter(state: state, jurisdiction: jurisdiction, action: action)
            let drafts = try await options.withReviewStore { store in try await store.drafts(filter) }
            if json {
                print(try DraftPrinting.json(drafts))
                return
            }
            if drafts.isEmpty {
                print("no drafts")
                return
            }
            for draft in drafts {
                print(DraftPrinting.line(draft))
            }
        }
    }

    /// `herald drafts show ID`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a draft, and each quote in its paragraph of the article."
        )

        @OptionGroup var options: StoreOptions

        @Argument(help: "The draft's id.")
        var id: String

        @Flag(help: "Print the draft as JSON.")
        var json = false

        func run() async throws {
            try await options.withReviewStore { store in try await show(from: store) }
        }

        private func show(from store: any ReviewStore) async throws {
            guard let draft = try await store.draft(id: id) else { throw ArchiveError.unknownDraft(id) }
            if json {
                print(try DraftPrinting.json(draft))
                return
            }
            print(try draft.yaml(), terminator: "")
            print("\nEvidence in context:")
            for (number, piece) in draft.evidence.enumerated() {
                print("\n[\(number + 1)] \(piece.site ?? "unknown site"), \(piece.published ?? "undated") — \(piece.url)")
                print(DraftPrinting.indented(try await context(of: piece, in: store)))
            }
            let log = try await store.decisions(draftID: id)
            if !log.isEmpty {
                print("\nReview log:")
                for decision in log {
                    print("  \(DraftPrinting.line(decision))")
                }
            }
        }

        private func context(of piece: Evidence, in store: any ReviewStore) async throws -> String {
            guard let start = piece.start, let end = piece.end, let articleID = Int64(piece.article),
                  let text = try await store.article(id: articleID)?.article.text,
                  let paragraph = paragraph(quotingFrom: start, to: end, in: text) else {
                return piece.quote.isEmpty ? "(no quote)" : "»\(piece.quote)«"
            }
            return paragraph
        }
    }

    /// `herald drafts approve ID`.
    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Approve a pending draft and apply it to rules.yaml."
        )

        @OptionGroup var options: StoreOptions
        @OptionGroup var reviewer: ReviewerOption

        @Argument(help: "The draft's id.")
        var id: String

        @Option(help: "Why it is approved, for the review log.")
        var reason: String?

        func run() async throws {
            let name = try reviewer.name()
            let rule = try await options.withReviewStore { store in
                let desk = ReviewDesk(store: store, rulebook: RulebookFile(options.rulebookFile))
                let rule = try await desk.approve(id, reviewer: name, reason: reason)
                try await store.writePendingOutputs(to: options.outputFolder)
                return rule
            }
            print("approved \(id): rule \(rule.id) in \(options.rulebookFile.path)")
        }
    }

    /// `herald drafts reject ID --reason TEXT`.
    struct Reject: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reject a pending draft.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var reviewer: ReviewerOption

        @Argument(help: "The draft's id.")
        var id: String

        @Option(help: "Why it is rejected, for the review log.")
        var reason: String

        func run() async throws {
            let name = try reviewer.name()
            try await options.withReviewStore { store in
                let desk = ReviewDesk(store: store, rulebook: RulebookFile(options.rulebookFile))
                try await desk.reject(id, reviewer: name, reason: reason)
                try await store.writePendingOutputs(to: options.outputFolder)
            }
            print("rejected \(id)")
        }
    }

    /// `herald drafts edit ID --set field=value`.
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change fields of a pending draft's proposed rule.",
            discussion: """
                Fields: \(Rule.editableFields.joined(separator: ", ")). subjects takes a comma-separated list; \
                an empty value clears an optional field.
                """
        )

        @OptionGroup var options: StoreOptions
        @OptionGroup var reviewer: ReviewerOption

        @Argument(help: "The draft's id.")
        var id: String

        @Option(name: .customLong("set"), help: ArgumentHelp("A field to set, as field=value.", valueName: "field=value"))
        var settings: [String] = []

        @Option(help: "Why, for the review log.")
        var reason: String?

        func validate() throws {
            if settings.isEmpty { throw ValidationError("give at least one --set field=value") }
        }

        func run() async throws {
            let name = try reviewer.name()
            let draft = try await options.withReviewStore { store in
                let desk = ReviewDesk(store: store, rulebook: RulebookFile(options.rulebookFile))
                let draft = try await desk.edit(id, settings: settings, reviewer: name, reason: reason)
                try await store.writePendingOutputs(to: options.outputFolder)
                return draft
            }
            print(try draft.yaml(), terminator: "")
        }
    }
}

/// `--reviewer NAME`, defaulting to `$USER` (or `$LOGNAME`).
struct ReviewerOption: ParsableArguments {
    @Option(help: "Who decides, for the review log (default: $USER).")
    var reviewer: String?

    func name() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let name = [reviewer, environment["USER"], environment["LOGNAME"]]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
        guard let name else { throw MissingReviewer() }
        return name
    }

    /// Neither `--reviewer` nor `$USER` names who decides.
    struct MissingReviewer: Error, CustomStringConvertible {
        var description: String { "no reviewer: pass --reviewer NAME or set $USER" }
    }
}

extension DraftState: ExpressibleByArgument {}
extension PolicyAction: ExpressibleByArgument {}
extension EntityType: ExpressibleByArgument {}

/// How drafts and decisions are printed.
enum DraftPrinting {
    static func line(_ draft: RuleDraft) -> String {
        let confidence = String(format: "%.2f", draft.confidence)
        let sources = "\(draft.evidence.count) quote\(draft.evidence.count == 1 ? "" : "s")"
        return [draft.id, draft.state.rawValue, draft.change.rawValue, confidence, draft.rule.jurisdiction ?? "-",
                draft.rule.action.rawValue, sources, draft.rule.title].joined(separator: "\t")
    }

    static func line(_ decision: Decision) -> String {
        let time = ISO8601DateFormatter().string(from: decision.time)
        var parts = ["\(time) \(decision.verdict.rawValue) by \(decision.reviewer)"]
        if let reason = decision.reason { parts.append("reason: \(reason)") }
        if let detail = decision.detail, !detail.isEmpty { parts.append(detail) }
        return parts.joined(separator: " — ")
    }

    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }.joined(separator: "\n")
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
