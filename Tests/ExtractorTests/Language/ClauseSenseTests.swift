import Testing
@testable import Extractor

/// Statements read through their main clause, over sentences we wrote: questions and reactions state
/// no measure; a negated prohibition is a carve-out; "remain prohibited" is a prohibition in force;
/// a main verb without a cue word can state a measure; a passed law is no proposal; a passive's or an
/// obligation's subject is no actor; a dateline is no actor.
@Suite struct ClauseSenseTests {
    private func statements(_ text: String, published: String = "2025-06-11") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        "When does the ban take effect?",
        "Is the central bank banning stablecoins?",
        "What would the new rules require of exchanges?",
        "Will brokers have to register with the commission?",
        "Does the levy apply to miners?",
    ])
    func questionsStateNoMeasure(text: String) {
        #expect(statements(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        "Local exchanges said they had expected the ban.",
        "The company said it would assess the consequences of the levy.",
        "Traders welcomed the cap on leverage.",
        "Several platforms said they would review the new licensing requirements.",
        "Industry groups criticised the ban on mining.",
    ])
    func reactionsToAMeasureStateNone(text: String) {
        #expect(statements(text).isEmpty, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "The central bank banned crypto payments on Monday.",
        "The company said it would stop serving users in the country.",
        "The regulator said it expected exchanges to comply with the ban.",
    ])
    func actsAndAuthoritiesExpectationsStayStatements(text: String) {
        #expect(!statements(text).isEmpty, "\(text)")
    }

    @Test(arguments: [
        ("We will not ban crypto mining as such, the minister said.", PolicyAction.warn),
        ("The agency won't prohibit self-custody wallets.", .warn),
        ("The Reserve Bank will not ban foreign stablecoins.", .warn),
        ("The government does not outlaw private wallets.", .warn),
        ("The new law does not change how crypto gains are taxed.", .warn),
        ("The exchange rules are not changing.", .warn),
        ("Banks may not hold crypto on behalf of clients.", .prohibit),
        ("Miners cannot connect new machines to the grid.", .prohibit),
        ("The agency will ban stablecoin payments from July.", .prohibit),
    ])
    func aNegatedProhibitionIsACarveOut(text: String, expected: PolicyAction) {
        #expect(statements(text).first?.action == expected, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        ("Dealings with unlicensed platforms remain prohibited.", PolicyAction.prohibit),
        ("Crypto payments at shops remain banned under the 2021 rules.", .prohibit),
        ("Mining in residential areas remains illegal.", .prohibit),
        ("Banks remain barred from trading crypto on their own account.", .restrict),
    ])
    func remainingProhibitedIsAProhibitionInForce(text: String, expected: PolicyAction) {
        let statement = statements(text).first
        #expect(statement?.action == expected && statement?.status == .inEffect, "\(text) → \(String(describing: statement))")
    }

    @Test(arguments: [
        "The central bank lifted its curb on card payments. But payments to offshore exchanges still remain banned.",
        "The regulator eased its rules on token sales. However, sales to retail investors remain prohibited.",
    ])
    func remainingProhibitedAfterAContrastIsACarveOut(text: String) {
        #expect(statements(text).last?.action == .warn, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        ("The Financial Commission registers three digital asset platforms, strikes off a fourth", PolicyAction.permit),
        ("The commission cancelled the registration of Northwind Trade.", .enforce),
        ("The regulator withdrew the licence of a payments firm on Friday.", .enforce),
        ("The Financial Commission struck off two brokers from its register.", .enforce),
        ("Such accounts will be subject to enhanced due diligence.", .require),
        ("Northwind Trade was ordered to return all customer funds by June 30.", .enforce),
        ("The Monetary Authority is letting banks issue stablecoins.", .permit),
        ("No crypto platform is authorised to operate in the country, the central bank said.", .warn),
        ("No new mining licences will be issued, the ministry said.", .prohibit),
    ])
    func theMainVerbStatesAMeasureWithoutACueWord(text: String, expected: PolicyAction) {
        #expect(statements(text).first?.action == expected, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "The Bank of Lindenhof will let its customers buy bitcoin in its app.",
        "Northwind registered a new domain for its wallet.",
        "Trading volumes fell after the exchange registered record outflows.",
        "The startup is letting users pay with tokens.",
        "We're launching a card that lets people spend stablecoins.",
    ])
    func aCompanysProductIsNoMeasure(text: String) {
        #expect(statements(text).isEmpty, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "Parliament passed the Virtual Assets Bill on Friday, creating a licensing regime for exchanges.",
        "The National Assembly last week adopted the crypto bill, which requires exchanges to hold a licence.",
        "Lawmakers on Tuesday approved the bill that obliges brokers to register.",
    ])
    func aPassedBillIsNoProposal(text: String) {
        let statement = statements(text).first
        #expect(statement != nil && statement?.status != .proposed, "\(text) → \(String(describing: statement))")
        #expect(statement?.effective == nil, "a vote's date is no start: \(text)")
    }

    @Test(arguments: [
        "A bill before parliament would require exchanges to hold a licence.",
        "The draft bill would ban anonymous wallets.",
    ])
    func aPendingBillStaysProposed(text: String) {
        #expect(statements(text).first?.status == .proposed, "\(text)")
    }

    @Test(arguments: [
        ("The Securities Board is weighing a cap on leverage.", PolicyAction.restrict),
        ("The ministry is considering a ban on mining.", .prohibit),
        ("The central bank is said to be weighing limits on stablecoin holdings.", .restrict),
        ("The regulator is exploring a licence requirement for wallet providers.", .require),
    ])
    func deliberationIsConsidered(text: String, expected: PolicyAction) {
        let statement = statements(text).first
        #expect(statement?.status == .considering && statement?.action == expected, "\(text) → \(String(describing: statement))")
    }

    @Test(arguments: [
        "Transactions above the threshold will have to be reported to the Financial Monitoring Unit.",
        "Exchanges will be required to report large transfers to the agency.",
    ])
    func anObligationToReportIsNoRumour(text: String) {
        #expect(statements(text).first?.status != .considering, "\(text)")
    }

    @Test func anOrderedPartyIsNoActor() {
        let text = """
        The Financial Market Commission fined Northwind Trade SpA on Monday.

        Northwind Trade SpA was ordered to return all customer funds by June 30.
        """
        let statement = statements(text).last
        #expect(statement?.actor == "Financial Market Commission", "\(String(describing: statement))")
    }

    @Test(arguments: ["KARACHI: ", "LAGOS: ", "NEW DELHI: "])
    func aDatelineIsNoActor(dateline: String) {
        let text = "The State Bank of Pakistan issued a circular on Monday.\n\n" + dateline
            + "The ban on banks dealing in virtual assets has been lifted with effect from February 1."
        let statement = statements(text).last
        #expect(statement?.actor == "State Bank of Pakistan" && statement?.action == .permit, "\(String(describing: statement))")
    }
}

/// Subjects, hedges and speakers read from the clause, over sentences we wrote.
@Suite struct ClauseSubjectTests {
    private func statements(_ text: String, published: String = "2025-06-11") -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).statements
    }

    @Test(arguments: [
        ("Those that do not apply will have to stop serving local clients.", PolicyAction.prohibit),
        ("Firms that are not covered by the rules must still register with the agency.", .require),
        ("Brokers who do not need a licence today will have to register from June.", .require),
        ("Exchanges that are exempt now will have to report every transfer.", .require),
        ("Firms that do not apply are not covered by the exemption.", .warn),
    ])
    func aCueInTheSubjectsRelativeClauseIsNoMeasure(text: String, expected: PolicyAction) {
        #expect(statements(text).first?.action == expected, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "No draft has been published.",
        "No decision was announced on Friday.",
        "No exchange commented on the report.",
    ])
    func anOpeningNoWithAnOrdinaryVerbBansNothing(text: String) {
        #expect(statements(text).allSatisfy { $0.action != .prohibit }, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        ("The rules could require wallet front-ends to verify users.", PolicyStatus.considering),
        ("The agency might cap leverage for retail traders.", .considering),
        ("The commission could ban anonymous tokens, officials said.", .considering),
    ])
    func aPossibleMeasureIsConsidered(text: String, expected: PolicyStatus) {
        #expect(statements(text).first?.status == expected, "\(text) → \(statements(text))")
    }

    @Test func aSanctionOneCouldFaceIsNoDeliberation() {
        let found = statements("Under the new law, violators could face fines of up to $1 million.")
        #expect(found.first?.action == .enforce && found.first?.status != .considering, "\(found)")
    }

    @Test(arguments: [
        "Crypto assets are not legal tender in Tarsia, Molar said, and investors bear their own risk.",
        "Exchanges must register with the bank by June 30, Molar said.",
    ])
    func anOfficialSpeaksForTheAuthorityShewasIntroducedWith(text: String) {
        let article = "The governor of the Central Bank of Tarsia, Ana Molar, gave her annual address on Thursday.\n\n" + text
        #expect(statements(article).last?.actor == "Central Bank of Tarsia", "\(statements(article))")
    }

    @Test func thePublishingDayIsNoStartOfTheRules() {
        let text = """
        The Ruritanian Financial Authority on Tuesday published final rules for crypto exchanges.

        From March 1, every exchange serving residents must hold a licence from the authority.
        """
        #expect(statements(text).first?.effective == "2026-03-01", "\(statements(text))")
    }

    @Test(arguments: [
        ("The central bank said it is studying whether to issue a digital currency.", PolicyAction.permit),
        ("The ministry is weighing whether to ban mining in winter.", .prohibit),
        ("The regulator is considering whether to cap stablecoin holdings.", .restrict),
    ])
    func whetherToNamesTheMeasure(text: String, expected: PolicyAction) {
        let statement = statements(text).first
        #expect(statement?.action == expected && statement?.status == .considering, "\(text) → \(String(describing: statement))")
    }
}

/// The main verb group decides the action over cue words elsewhere, over sentences we wrote:
/// negated measures are carve-outs, delays and transitions are grace periods, the first of two
/// coordinated clauses carries the measure, a consequence of not complying (until one does) is a
/// sanction, and ceilings, "only" and "off limits" bound or forbid.
@Suite struct ClauseActionTableTests {
    @Test(arguments: [
        ("Gains from token sales will not be taxed separately, the ministry said.", PolicyAction.warn),
        ("The government has no plans to tax unsold coins.", PolicyAction.warn),
        ("The draft does not let funds hold tokens directly.", PolicyAction.warn),
        ("Income earned before 2027 will not be taxed, the finance ministry said.", PolicyAction.warn),
        ("The central bank will not require wallet providers to register.", PolicyAction.warn),
        ("Staking rewards will not be subject to the new levy.", PolicyAction.warn),
        ("Banks may not lend to clients to buy crypto.", PolicyAction.prohibit),
        ("Individuals are still not allowed to mine.", PolicyAction.prohibit),
        ("The regulator pushes back licensing for crypto brokers to March 2027", PolicyAction.enforce),
        ("Firms will get six more months before they need a licence.", PolicyAction.enforce),
        ("Existing operators may keep running while their applications are reviewed.", PolicyAction.enforce),
        ("The agency postponed the registration deadline for exchanges to September.", PolicyAction.enforce),
        ("Banks will be allowed to offer crypto trading from April but may not lend to clients for it.", PolicyAction.permit),
        ("Banks will have to route orders through licensed brokers and may not trade on their own account.", PolicyAction.require),
        ("The central bank will let lenders hold tokens but will cap their exposure at 2% of capital.", PolicyAction.permit),
        ("Platforms that miss the deadline will be barred from onboarding customers until they comply.", PolicyAction.enforce),
        ("Firms that fail to register face fines of up to $50,000.", PolicyAction.enforce),
        ("Exchanges that breach the rules will lose their licences.", PolicyAction.enforce),
        ("Operators that refuse to comply will have their registration cancelled.", PolicyAction.enforce),
        ("Payments may be made only in local currency.", PolicyAction.restrict),
        ("Each platform may serve no more than 2,000 retail customers.", PolicyAction.restrict),
        ("Brokers may onboard at most 2,000 customers a month.", PolicyAction.restrict),
        ("Privacy coins are off limits for licensed exchanges.", PolicyAction.prohibit),
        ("Exchanges must report suspicious transactions to the Financial Intelligence Unit.", PolicyAction.require),
        ("Platforms must report large transfers to the tax office within 24 hours.", PolicyAction.require),
    ])
    func theVerbGroupDecidesTheAction(text: String, expected: PolicyAction) {
        let found = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).statements
        #expect(found.first?.action == expected, "\(text) → \(found)")
    }

    @Test(arguments: [
        ("Operators that fail to apply by April 30 will have to stop serving customers.", PolicyAction.prohibit),
        ("The ministry will not sanction sellers who break the rules until June 15.", .enforce),
        ("Banks can no longer offer crypto custody.", .prohibit),
        ("Custodians will no longer need a separate licence.", .permit),
    ])
    func negationAndConsequencesKeepTheirOwnReadings(text: String, expected: PolicyAction) {
        let found = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).statements
        #expect(found.first?.action == expected, "\(text) → \(found)")
    }

    @Test func aNegatedCarveOutHasNoStart() {
        let found = TextAnalyzer().analyze("Income earned before 2027 will not be taxed, the finance ministry said.", published: CalendarDay(iso: "2025-06-11")).statements
        #expect(found.first?.action == .warn && found.first?.effective == nil, "\(found)")
    }
}

/// Headlines in telegraphic or translated style and decisions without a named agent, over lines we wrote.
@Suite struct HeadlineClauseTests {
    private func statements(_ text: String) -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).statements
    }

    @Test(arguments: [
        ("No new mining permits to be issued in Valdoria, government decides", PolicyAction.prohibit),
        ("No new permits will be issued for crypto mining farms, the cabinet decided on Tuesday.", PolicyAction.prohibit),
        ("Regulator strikes three firms off register; central bank lets banks offer crypto", PolicyAction.enforce),
        ("Central bank lets banks offer crypto custody", PolicyAction.permit),
        ("The commission struck two brokers off its register on Monday.", PolicyAction.enforce),
        ("It was decided that crypto mining will be banned in the northern provinces.", PolicyAction.prohibit),
        ("Under the decision, exchanges are to report all transfers above 1,000 euros.", PolicyAction.require),
        ("Exchanges to report transfers above 1,000 euros from July", PolicyAction.require),
        ("Valdoria to ban crypto mining from next year", PolicyAction.prohibit),
        ("Valdoria to allow banks to hold bitcoin", PolicyAction.permit),
        ("Crypto ATMs capped at 1,000 dollars a day under new rules", PolicyAction.restrict),
        ("Brokers told to verify every client by March", PolicyAction.require),
        ("Exchange fined 2 million euros for lax checks", PolicyAction.enforce),
    ])
    func telegraphicHeadlinesStateTheirMeasure(text: String, expected: PolicyAction) {
        #expect(statements(text).first?.action == expected, "\(text) → \(statements(text))")
    }

    @Test(arguments: [
        "Bitcoin to hit $100,000 by year-end, traders say",
        "Exchange shares to rally after strong quarter",
        "Investors told to expect more volatility",
        "Valtora Exchange to open an office in Lisbon",
    ])
    func aForecastOrACompanysPlanIsNoMeasure(text: String) {
        #expect(statements(text).isEmpty, "\(text) → \(statements(text))")
    }

    @Test func aCountryThatStartedToActIsTheActor() {
        let found = statements("Kazakhstan started to clamp down on crypto mining in 2021, the central bank said.")
        #expect(found.first.map { $0.actor != nil } ?? true, "\(found)")
    }
}

/// An agentless decision ("It was decided that ...") takes the government the news comes from.
@Suite struct AgentlessDecisionTests {
    @Test(arguments: [
        "It was also decided that existing miners may keep running until their contracts expire.",
        "It was agreed that mining farms must register their machines by September.",
        "It was decided that new farms will be barred from connecting to the grid.",
    ])
    func anAgentlessDecisionTakesTheCountryOfTheNews(sentence: String) {
        let text = "Kenya bans crypto mining on the national grid\n\n" + sentence
        let found = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-06-11")).statements
        #expect(found.count == 2 && found.last?.actor == "Kenya", "\(found)")
    }

    // MARK: Lemmas

    @Test(arguments: [
        ("banned", "ban"), ("bans", "ban"), ("banning", "ban"), ("requires", "require"), ("required", "require"),
        ("requiring", "require"), ("applies", "apply"), ("applied", "apply"), ("struck", "strike"), ("lets", "let"),
        ("licensed", "license"), ("fined", "fine"), ("bank", "bank"), ("bitcoin", "bitcoin"), ("is", "is"), ("", ""),
    ])
    func aVerbFormReadsBackToItsLemma(form: String, lemma: String) {
        #expect(ClauseSense.lemma(form) == lemma)
    }

    /// `lemma` looks forms up in a table worked out once from `lemmaByStripping`: both must agree on every form the
    /// verb list inflects into, on their near misses, and on words of other kinds.
    @Test func theLemmaTableAgreesWithStrippingEndings() {
        let endings = ["", "s", "es", "ed", "ing", "d", "ies", "ied", "ses", "sed", "ning", "ted", "y", "e", "i", "ies"]
        var words = Set(["news", "is", "has", "was", "bus", "this", "thing", "bed", "red", "sing", "during", "fees", "ties",
                         "series", "bitcoin", "exchanges", "régime", "naïve", "Banned", "BANS"])
        for lemma in ClauseReader.verbLemmas {
            for ending in endings {
                words.insert(lemma + ending)
                words.insert(String(lemma.dropLast()) + ending)
                if let last = lemma.last { words.insert(lemma + String(last) + ending) }
            }
        }
        let disagreements = words.filter { word in
            (ClauseSense.irregularLemmas[word] ?? ClauseSense.lemmaByStripping(word)) != ClauseSense.lemma(word)
        }
        #expect(disagreements.isEmpty, "\(disagreements.sorted().prefix(20))")
    }
}
