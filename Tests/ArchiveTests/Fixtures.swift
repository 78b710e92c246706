import Extractor
import Foundation
import Generator
@testable import Archive


/// An article we write ourselves, announcing one ban (or another action) in one country.
func banArticle(
    guid: String?, url: String, site: String, published: String, issuer: String = "Harbor Exchange",
    subjects: [PolicySubject] = [.lending], lead: String = "",
    country: (name: String, code: String) = ("Osterland", "OL"), action: PolicyAction = .prohibit
) -> (ArticleRecord, TextAnalysis) {
    let sentence = "\(issuer) will stop offering crypto \(subjects.map(\.rawValue).joined(separator: " and ")) "
        + "to customers in \(country.name)."
    let text = lead + sentence + "\n\nThe measure follows months of talks with \(site)'s sources."
    let page = ArticlePage(
        title: "\(issuer) halts \(subjects.first?.rawValue ?? "services")", published: published, siteName: site,
        canonicalURL: url, text: text
    )
    let start = lead.unicodeScalars.count
    let analysis = TextAnalysis(
        entities: [Entity(name: issuer, type: .organization, mentions: [TextSpan(start: start, end: start + 7)]),
                   Entity(name: country.name, type: .location, code: country.code)],
        statements: [PolicyStatement(
            text: sentence, start: start, end: start + sentence.unicodeScalars.count, actor: issuer,
            action: action, status: .announced, object: "crypto lending", effective: nil
        )],
        announcements: [Announcement(
            actor: issuer, action: action, status: .announced, subjects: subjects, jurisdiction: country.code,
            effective: nil, enforcement: nil, statementIndices: [0]
        )]
    )
    return (ArticleRecord(guid: guid, url: url + "?utm_source=feed", page: page,
                          fetchedAt: Date(timeIntervalSince1970: 1_900_000_000)), analysis)
}

let fixedNow = Date(timeIntervalSince1970: 1_900_000_000)
