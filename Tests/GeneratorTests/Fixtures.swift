import Extractor
import Foundation
@testable import Generator

/// Builds the analysis of a one-announcement article we write ourselves: the sentence is the whole text.
func analysis(
    _ sentence: String, actor: String?, action: PolicyAction, status: PolicyStatus = .announced,
    subjects: [PolicySubject], jurisdiction: String?, effective: String? = nil, enforcement: String? = nil,
    object: String = "", lead: String = ""
) -> TextAnalysis {
    let start = lead.unicodeScalars.count
    let statement = PolicyStatement(
        text: sentence, start: start, end: start + sentence.unicodeScalars.count, actor: actor, action: action,
        status: status, object: object, effective: effective
    )
    let announcement = Announcement(
        actor: actor, action: action, status: status, subjects: subjects, jurisdiction: jurisdiction,
        effective: effective, enforcement: enforcement, statementIndices: [0]
    )
    return TextAnalysis(statements: [statement], announcements: [announcement])
}

func source(_ article: String, site: String, published: String) -> DraftSource {
    DraftSource(
        article: article, url: "https://\(slug(site)).example/\(article)", site: site,
        published: CalendarDay(iso: published)
    )
}

let fixedNow = Date(timeIntervalSince1970: 1_700_000_000)

func rule(
    id: String, action: PolicyAction = .prohibit, subjects: [PolicySubject], jurisdiction: String, issuer: String,
    effective: String? = nil, enforcement: String? = nil, status: RuleStatus = .active
) -> Rule {
    Rule(
        id: id, title: "\(issuer) \(action.rawValue)", action: action, subjects: subjects, jurisdiction: jurisdiction,
        issuer: issuer, effective: effective, enforcement: enforcement, status: status
    )
}
