import Foundation
import Testing
@testable import Extractor

@Suite struct GoldScorerTests {
    private func gold(_ json: String) throws -> GoldCase {
        try JSONDecoder().decode(GoldCase.self, from: Data(json.utf8))
    }

    private let example = """
    {"id": "x", "source": {"published": "2022-03-04"}, "text": "irrelevant", "is_announcement": true,
     "entities": [
       {"name": "Harbor Bank of Ruritania", "type": "authority", "aliases": ["HBR"]},
       {"name": "Ruritania", "type": "location", "code": "RU"},
       {"name": "Photo Agency", "type": "organization", "optional": true}
     ],
     "dates": [{"text": "March 9", "value": "2022-03-09"}, {"text": "now", "value": "2022-03-04", "optional": true}],
     "statements": [
       {"quote": "will ban token sales", "actor": "Harbor Bank of Ruritania", "action": "prohibit", "status": "announced", "effective": "2022-03-09"},
       {"quote": "reasons given", "actor": null, "action": "warn", "status": "in_effect", "effective": null, "optional": true}
     ],
     "announcements": [{"actor": "HBR", "action": "prohibit", "status": "announced", "subjects": ["token-sales", "trading"],
                        "jurisdiction": "RU", "effective": "2022-03-09", "enforcement": null}]}
    """

    @Test func entitiesMatchByNameOrAliasAfterFolding() throws {
        let analysis = TextAnalysis(entities: [
            Entity(name: "the HBR", type: .organization),
            Entity(name: "ruritania", type: .location, code: "RU"),
            Entity(name: "Photo Agency", type: .organization),
            Entity(name: "Somebody Else", type: .person),
        ])
        let scores = GoldScorer().score(analysis, against: try gold(example)).scores
        #expect(scores.entities == DetectionCounts(truePositives: 2, falsePositives: 1, falseNegatives: 0))
        #expect(scores.entityType.total == 2)
        #expect(scores.entityType.accuracy == 0.5)
    }

    @Test func duplicateEntitiesOfOneGoldEntityCountAsFalsePositives() throws {
        let analysis = TextAnalysis(entities: [
            Entity(name: "HBR", type: .authority), Entity(name: "Harbor Bank of Ruritania", type: .authority),
        ])
        let scores = GoldScorer().score(analysis, against: try gold(example)).scores
        #expect(scores.entities == DetectionCounts(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    }

    @Test func datesNeedOverlappingTextAndEqualValue() throws {
        let analysis = TextAnalysis(dates: [
            TemporalExpression(text: "on March 9", value: "2022-03-10", start: 0, end: 10),
            TemporalExpression(text: "now", value: "2022-03-04", start: 20, end: 23),
        ])
        let scores = GoldScorer().score(analysis, against: try gold(example)).scores
        #expect(scores.dates == DetectionCounts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        let right = TextAnalysis(dates: [TemporalExpression(text: "March 9", value: "2022-03-09", start: 0, end: 7)])
        #expect(GoldScorer().score(right, against: try gold(example)).scores.dates.f1 == 1)
    }

    @Test func statementsMatchByQuoteAndScoreTheirFields() throws {
        let analysis = TextAnalysis(statements: [
            PolicyStatement(text: "The bank  WILL ban token sales from March 9.", start: 0, end: 40, actor: "HBR",
                            action: .prohibit, status: .proposed, object: "", effective: "2022-03-09"),
            PolicyStatement(text: "Some reasons given here.", start: 41, end: 60, actor: nil, action: .warn,
                            status: .inEffect, object: "", effective: nil),
            PolicyStatement(text: "Prices fell.", start: 61, end: 70, actor: nil, action: .warn, status: .inEffect, object: "", effective: nil),
        ])
        let scores = GoldScorer().score(analysis, against: try gold(example)).scores
        #expect(scores.statements == DetectionCounts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(scores.statementActor.accuracy == 1)
        #expect(scores.statementAction.accuracy == 1)
        #expect(scores.statementStatus.accuracy == 0)
        #expect(scores.statementEffective.accuracy == 1)
    }

    @Test func announcementsAreDetectedPerArticleAndMatchedByActorAndAction() throws {
        let found = Announcement(actor: "Harbor Bank of Ruritania", action: .prohibit, status: .announced,
                                 subjects: [.tokenSales], jurisdiction: "RU", effective: nil, enforcement: nil)
        let scores = GoldScorer().score(TextAnalysis(announcements: [found]), against: try gold(example)).scores
        #expect(scores.announcementDetection.truePositives == 1)
        #expect(scores.announcementFrames.truePositives == 1)
        #expect(scores.announcementJurisdiction.accuracy == 1)
        #expect(scores.announcementEffective.accuracy == 0)
        #expect(scores.announcementSubjects.accuracy == 0.5)
        let none = GoldScorer().score(TextAnalysis(), against: try gold(example)).scores
        #expect(none.announcementDetection.falseNegatives == 1)
    }

    @Test func framesMadeBeyondTheGoldAreCounted() throws {
        let matching = Announcement(actor: "Harbor Bank of Ruritania", action: .prohibit, status: .announced,
                                    subjects: [.tokenSales], jurisdiction: "RU", effective: nil, enforcement: nil)
        var otherAction = matching
        otherAction.action = .enforce
        let evaluation = GoldScorer().score(TextAnalysis(announcements: [matching, otherAction, matching]), against: try gold(example))
        #expect(evaluation.scores.announcementFrames.truePositives == 1)
        #expect(evaluation.scores.announcementFrames.falsePositives == 2)
        #expect(evaluation.errors.filter { $0.hasPrefix("announcement frame beyond the gold") }.count == 2)
        #expect(evaluation.scores.report.contains("frames found 1/1 (2 more made)"))
    }

    @Test func emptyCountsScoreAsPerfectNotAsNaN() {
        let counts = DetectionCounts()
        #expect(counts.precision == 1 && counts.recall == 1 && counts.f1 == 1)
        #expect(AccuracyCounts().accuracy == 1)
    }

    @Test func aCaseWithoutSourceDateIsRejected() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(GoldCase.self, from: Data(#"{"text": "x"}"#.utf8)) }
    }
}
