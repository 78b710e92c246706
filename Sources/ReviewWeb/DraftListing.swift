import Extractor
import Foundation
import Generator

/// What the draft list shows: drafts in one state, narrowed by action, jurisdiction, subject, confidence and
/// the day the news was first reported. Read from the page's query string; values that do not parse are
/// ignored and the form shows them cleared.
struct DraftListing: Equatable {
    var state: DraftState = .pending
    var action: PolicyAction?
    /// ISO code, compared without regard to case.
    var jurisdiction: String?
    var subject: PolicySubject?
    /// The lowest confidence shown, 0 to 1.
    var minimumConfidence: Double?
    /// First reported on or after this day.
    var from: CalendarDay?
    /// First reported on or before this day.
    var until: CalendarDay?

    init() {}

    /// Reads the filters from query parameters; blank and unknown values mean no filter.
    init(query: [String: String]) {
        func value(_ name: String) -> String? {
            guard let raw = query[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }
        state = value("state").flatMap(DraftState.init(rawValue:)) ?? .pending
        action = value("action").flatMap(PolicyAction.init(rawValue:))
        jurisdiction = value("jurisdiction")?.uppercased()
        subject = value("subject").flatMap(PolicySubject.init(rawValue:))
        minimumConfidence = value("confidence").flatMap(Double.init).map { min(max($0, 0), 1) }
        from = value("from").flatMap { CalendarDay(iso: $0) }
        until = value("until").flatMap { CalendarDay(iso: $0) }
    }

    /// Whether a draft passes every filter but the state.
    func admits(_ draft: RuleDraft) -> Bool {
        if let action, draft.rule.action != action { return false }
        if let jurisdiction, (draft.rule.jurisdiction ?? "").uppercased() != jurisdiction { return false }
        if let subject, !draft.rule.subjects.contains(subject) { return false }
        if let minimumConfidence, draft.confidence < minimumConfidence { return false }
        if from != nil || until != nil {
            let day = Self.firstReported(draft)
            if let from, day < from { return false }
            if let until, day > until { return false }
        }
        return true
    }

    /// The earliest publication day among a draft's evidence, or else the day it was drafted.
    static func firstReported(_ draft: RuleDraft) -> CalendarDay {
        let days = draft.evidence.compactMap { $0.published.flatMap { CalendarDay(iso: $0.prefix(10)) } }
        return days.min() ?? CalendarDay(draft.created)
    }
}

/// How many drafts of a list have each value of a field, for the counts beside the filters.
struct DraftCounts: Equatable {
    var total = 0
    var byAction: [PolicyAction: Int] = [:]
    var byJurisdiction: [String: Int] = [:]
    var bySubject: [PolicySubject: Int] = [:]

    init(_ drafts: [RuleDraft]) {
        total = drafts.count
        for draft in drafts {
            byAction[draft.rule.action, default: 0] += 1
            byJurisdiction[draft.rule.jurisdiction ?? "–", default: 0] += 1
            for subject in Set(draft.rule.subjects) { bySubject[subject, default: 0] += 1 }
        }
    }
}
