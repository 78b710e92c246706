import Testing
@testable import Extractor

/// The statement model overrules the status the rules read from the article around a sentence, never one the
/// sentence's own words give, and only by a clear margin; the features it reads for it place the rules' statements in
/// the article's time. A firm's licence told in the present passive is a status the sentence words.
@Suite struct StatusOverruleTests {
    /// A model that reads every sentence as a statement and scores `favoured` above every other status by `lead`.
    private static func model(favouring favoured: PolicyStatus, by lead: Double) -> StatementModel {
        let statuses = PolicyStatus.allCases.map { $0 == favoured ? lead : 0 }
        return StatementModel(weights: [
            StatementModel.bias: .init(statement: 5, actions: Array(repeating: 0, count: PolicyAction.allCases.count), statuses: statuses),
        ])
    }

    private func statuses(_ text: String, model: StatementModel) -> [PolicyStatus] {
        TextAnalyzer(statementModel: model).analyze(text, published: CalendarDay(iso: "2025-05-22")).statements.map(\.status)
    }

    static let readFromTheArticle = [
        // The rules read these from the article around them.
        ("The Ruritanian Financial Authority will require exchanges to register from July 1.", PolicyStatus.inEffect),
        ("The Ruritanian Financial Authority banned crypto payments last week.", .inEffect),
        ("The Ruritanian Financial Authority said exchanges must stop lending client assets.", .proposed),
        ("Exchanges in Ruritania must keep client assets apart from their own.", .proposed),
    ]

    /// Each sentence of `readFromTheArticle` below a headline that states no measure.
    private func belowAHeadline(_ sentence: String) -> String {
        "Ruritania's regulators were busy this week\n\n\(sentence)"
    }

    @Test(arguments: readFromTheArticle)
    func aStatusReadFromTheArticleGivesWayToAClearMargin(sentence: String, favoured: PolicyStatus) throws {
        let text = belowAHeadline(sentence)
        let reading = TextAnalyzer(statementModel: nil).read(AnalyzedText(text), published: CalendarDay(iso: "2025-05-22"))
        #expect(try #require(reading.statements.first).hasWordedStatus == false)
        // (The test model reads the headline as a statement too: the sentence's status is the last.)
        let ruled = statuses(text, model: Self.model(favouring: favoured, by: 0)).last
        #expect(ruled != nil && ruled != favoured, "the rules read \(String(describing: ruled))")
        #expect(statuses(text, model: Self.model(favouring: favoured, by: StatementModel.statusMargin + 1)).last == favoured)
        #expect(statuses(text, model: Self.model(favouring: favoured, by: StatementModel.statusMargin - 0.5)).last == ruled)
    }

    @Test(arguments: readFromTheArticle)
    func aHeadlineIsNeverMadeARuleInForce(sentence: String, favoured: PolicyStatus) {
        let ruled = statuses(sentence, model: Self.model(favouring: favoured, by: 0))
        let overruled = statuses(sentence, model: Self.model(favouring: favoured, by: StatementModel.statusMargin + 1))
        #expect(overruled == (favoured == .inEffect ? ruled : [favoured]), "the rules read \(ruled)")
    }

    @Test(arguments: [
        // The sentence's own words give these: no margin overrules them.
        ("Crypto lenders presently may not accept deposits from retail customers in Ruritania.", PolicyStatus.inEffect),
        ("The Ruritanian Financial Authority is considering a ban on crypto lending.", .considering),
        ("A draft law would require Ruritanian exchanges to hold more capital.", .proposed),
        ("Until now, crypto gains were taxed as ordinary income in Ruritania.", .inEffect),
        // A licence or registration told in the present passive is where the firm stands.
        ("The exchange Bitvale is registered with the Ruritanian Financial Authority.", .inEffect),
        ("Both crypto lenders are registered with the Ruritanian Financial Authority.", .inEffect),
        ("Tessaro Custody is authorised by the Ruritanian Banking Authority to hold client tokens.", .inEffect),
    ])
    func aStatusTheSentenceWordsIsKept(text: String, worded: PolicyStatus) throws {
        let reading = TextAnalyzer(statementModel: nil).read(AnalyzedText(text), published: CalendarDay(iso: "2025-05-22"))
        #expect(try #require(reading.statements.first).hasWordedStatus)
        #expect(statuses(text, model: Self.model(favouring: worded, by: 0)) == [worded])
        for other in PolicyStatus.allCases where other != worded {
            #expect(statuses(text, model: Self.model(favouring: other, by: 20)) == [worded], "\(other)")
        }
    }

    @Test(arguments: [
        // A grant that is news, a standing in the past, a warning that no firm holds a licence, a standing reported.
        "The exchange Bitvale is now registered with the Ruritanian Financial Authority.",
        "The exchange Bitvale was registered with the Ruritanian Financial Authority on Monday.",
        "No crypto platform is authorised by the Ruritanian Financial Authority to serve retail clients.",
        "The Ruritanian Financial Authority said the exchange is not licensed to serve retail clients.",
    ])
    func aLicenceGrantedOrDeniedIsNoStanding(text: String) {
        let reading = TextAnalyzer(statementModel: nil).read(AnalyzedText(text), published: CalendarDay(iso: "2025-05-22"))
        #expect(reading.statements.allSatisfy { !($0.hasWordedStatus && $0.statement.status == .inEffect) }, "\(reading.statements.map(\.statement))")
    }

    @Test(arguments: [
        (0, "headline"), (1, "lead"), (3, "lead"), (7, "opening"), (12, "body"), (20, "late"),
    ])
    func theTimeFeaturesPlaceTheSentenceAndPairItsStatus(sentence: Int, stretch: String) throws {
        let text = (0..<24).map { $0 == sentence ? "The Ruritanian Financial Authority will ban crypto lending from June 1, 2026." : "Prices of tokens moved little on the day in Ruritania." }
            .joined(separator: "\n")
        let document = AnalyzedText(text)
        let reading = TextAnalyzer(statementModel: nil).read(document, published: CalendarDay(iso: "2025-05-22"))
        let statement = try #require(reading.statements.first { $0.sentence == sentence })
        let features = StatementFeatures.timeFeatures(
            of: [statement], stretch: ArticleStretches(document: document).stretch(of: sentence), timing: MeasureTiming(published: reading.day)
        )
        let status = "Hs:" + statement.statement.status.rawValue
        #expect(features.contains("Hp:" + stretch) && features.contains(status + "&Hp:" + stretch), "\(features)")
        #expect(features.contains("He:ahead") && features.contains(status + "&He:ahead"), "\(features)")
        #expect(features.contains { $0.hasPrefix("Ht:") } && features.contains { $0.hasPrefix("Hd:") })
        #expect(StatementFeatures.timeFeatures(of: [], stretch: stretch, timing: MeasureTiming(published: reading.day)).isEmpty)
    }
}
