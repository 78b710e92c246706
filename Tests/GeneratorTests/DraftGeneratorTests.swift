import Extractor
import Foundation
import Testing
@testable import Generator

@Suite struct DraftGeneratorTests {
    let generator = DraftGenerator()

    @Test func aNewAnnouncementProposesAnAddWithAStableRuleID() throws {
        let facts = analysis(
            "Tradewind Market will stop selling crypto mining rigs from March 3.", actor: "Tradewind Market",
            action: .prohibit, subjects: [.miningHardware, .cryptoSales], jurisdiction: "CN", effective: "2031-03-03",
            object: "selling crypto mining rigs"
        )
        let result = generator.drafts(
            for: source("1", site: "Ledger Daily", published: "2031-02-20"), analysis: facts, rulebook: Rulebook(),
            pending: [], takenIDs: [], now: fixedNow
        )
        let draft = try #require(result.drafts.first)
        #expect(result.drafts.count == 1)
        #expect(result.createdIDs == [draft.id])
        #expect(draft.change == .add)
        #expect(draft.rule.id == "cn-tradewind-market-mining-hardware")
        #expect(draft.id == "cn-tradewind-market-mining-hardware-add-20310220")
        #expect(draft.rule.status == .scheduled)
        #expect(draft.rule.title == "Tradewind Market prohibits mining hardware and crypto sales")
        #expect(draft.base == nil)
        #expect(draft.differences.contains(FieldChange(field: "effective", from: nil, to: "2031-03-03")))
        #expect(draft.evidence.count == 1)
        #expect(draft.evidence[0].quote.hasPrefix("Tradewind Market will stop"))
        #expect(draft.evidence[0].start == 0)
        #expect(draft.evidence[0].end == facts.statements[0].text.unicodeScalars.count)
    }

    @Test func aHeadlinesStatementIsQuotedWithoutAPlaceInTheText() throws {
        var facts = analysis(
            "Tradewind Market to stop selling mining rigs", actor: "Tradewind Market", action: .prohibit,
            subjects: [.miningHardware], jurisdiction: "CN", effective: "2031-03-03"
        )
        // The page's headline, read above its main text, lies at negative offsets.
        facts.statements[0].start = -46
        facts.statements[0].end = -2
        let result = generator.drafts(
            for: source("1", site: "Ledger Daily", published: "2031-02-20"), analysis: facts, rulebook: Rulebook(),
            pending: [], takenIDs: [], now: fixedNow
        )
        let evidence = try #require(result.drafts.first?.evidence.first)
        #expect(evidence.quote == "Tradewind Market to stop selling mining rigs")
        #expect(evidence.start == nil && evidence.end == nil)
    }

    @Test func theIssuerIsNamedByItsAcronymInTheRuleID() throws {
        var facts = analysis(
            "The Bangko Sentral ng Pilipinas will ban crypto payments at merchants.",
            actor: "Bangko Sentral ng Pilipinas", action: .prohibit, subjects: [.payments], jurisdiction: "PH"
        )
        facts.entities = [Entity(name: "Bangko Sentral ng Pilipinas", type: .authority, aliases: ["BSP"])]
        let draft = try #require(generator.drafts(
            for: source("1", site: "A", published: "2031-01-01"), analysis: facts, rulebook: Rulebook(), pending: [],
            takenIDs: [], now: fixedNow
        ).drafts.first)
        #expect(draft.rule.id == "ph-bsp-payments")
        #expect(draft.rule.issuer == "Bangko Sentral ng Pilipinas")
        #expect(draft.rule.title == "Bangko Sentral ng Pilipinas prohibits crypto payments")
    }

    @Test(arguments: [
        ("中国人民银行", "CN", "cn-mining"),
        ("Inner Mongolia Development and Reform Commission", "CN", "cn-inner-mongolia-development-reform-mining"),
        ("Comissão de Valores Mobiliários", "BR", "br-comissao-valores-mobiliarios-mining"),
        ("Bank of Åland", "AX", "ax-bank-aland-mining"),
    ])
    func ruleIDsAreShortASCIISlugs(actor: String, jurisdiction: String, expected: String) throws {
        let facts = analysis("A measure on mining.", actor: actor, action: .prohibit, subjects: [.mining],
                             jurisdiction: jurisdiction)
        let draft = try #require(generator.drafts(
            for: source("1", site: "A", published: "2031-01-01"), analysis: facts, rulebook: Rulebook(), pending: [],
            takenIDs: [], now: fixedNow
        ).drafts.first)
        #expect(draft.rule.id == expected)
        #expect(draft.id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" })
    }

    @Test func aReportNamingNoSubjectStillJoinsThePendingDraft() throws {
        let first = analysis("Harbor bans crypto lending.", actor: "Harbor", action: .prohibit, subjects: [.lending],
                             jurisdiction: "OL")
        let vague = analysis("Harbor confirmed the ban.", actor: "Harbor", action: .prohibit, subjects: [],
                             jurisdiction: "OL")
        let pending = generator.drafts(
            for: source("1", site: "A", published: "2031-01-01"), analysis: first, rulebook: Rulebook(), pending: [],
            takenIDs: [], now: fixedNow
        ).drafts
        let result = generator.drafts(
            for: source("2", site: "B", published: "2031-01-02"), analysis: vague, rulebook: Rulebook(),
            pending: pending, takenIDs: Set(pending.map(\.id)), now: fixedNow
        )
        #expect(result.createdIDs.isEmpty)
        #expect(result.drafts.first?.evidence.count == 2)
        #expect(result.drafts.first?.rule.subjects == [.lending])
    }

    @Test func titlesWithoutSubjectsUseTheStatementsObject() {
        let announcement = Announcement(actor: "Harbor", action: .warn, status: .announced, subjects: [],
                                        jurisdiction: "OL", effective: nil, enforcement: nil)
        #expect(Rule.title(for: announcement, object: "unlicensed lenders") == "Harbor warns about unlicensed lenders")
        #expect(Rule.title(for: announcement, object: nil) == "Harbor warns about crypto activity")
        var three = announcement
        three.subjects = [.trading, .custody, .staking]
        #expect(Rule.title(for: three, object: "x") == "Harbor warns about crypto trading, crypto custody and staking")
    }

    @Test func twoOutletsReportingTheSameBanGiveOneDraftWithTwoPiecesOfEvidence() throws {
        let first = analysis(
            "The Nordhavn Financial Authority banned crypto derivatives for retail clients.",
            actor: "Nordhavn Financial Authority", action: .prohibit, subjects: [.derivatives], jurisdiction: "NH"
        )
        let second = analysis(
            "Retail investors can no longer trade crypto derivatives, the Nordhavn Financial Authority said.",
            actor: "Nordhavn Financial Authority", action: .prohibit, subjects: [.derivatives, .trading],
            jurisdiction: "nh", effective: "2031-05-01", lead: "Headline. "
        )
        let afterFirst = generator.drafts(
            for: source("1", site: "Ledger Daily", published: "2031-04-10"), analysis: first, rulebook: Rulebook(),
            pending: [], takenIDs: [], now: fixedNow
        )
        let pending = afterFirst.drafts
        let afterSecond = generator.drafts(
            for: source("2", site: "Block Courier", published: "2031-04-12"), analysis: second,
            rulebook: Rulebook(), pending: pending, takenIDs: Set(pending.map(\.id)), now: fixedNow
        )
        #expect(afterSecond.createdIDs.isEmpty)
        let merged = try #require(afterSecond.drafts.first)
        #expect(afterSecond.drafts.count == 1)
        #expect(merged.id == pending[0].id)
        #expect(merged.evidence.map(\.site) == ["Ledger Daily", "Block Courier"])
        #expect(merged.evidence[1].start == "Headline. ".unicodeScalars.count)
        #expect(merged.rule.subjects == [.derivatives, .trading])
        #expect(merged.rule.effective == "2031-05-01")
        #expect(merged.confidence > pending[0].confidence)
    }

    @Test func aLaterReportOnAPendingRuleIsAFollowUpWhoseDatesWin() throws {
        let ban = analysis(
            "Osterfeld's central bank will ban stablecoin payments from February 1.", actor: "Osterfeld",
            action: .prohibit, subjects: [.payments], jurisdiction: "OF", effective: "2031-02-01"
        )
        let postponed = analysis(
            "Osterfeld pushed its stablecoin payment ban back to May 1.", actor: "Osterfeld", action: .prohibit,
            subjects: [.payments], jurisdiction: "OF", effective: "2031-05-01"
        )
        let pending = generator.drafts(
            for: source("1", site: "A", published: "2030-11-16"), analysis: ban, rulebook: Rulebook(), pending: [],
            takenIDs: [], now: fixedNow
        ).drafts
        let later = generator.drafts(
            for: source("2", site: "B", published: "2031-01-25"), analysis: postponed, rulebook: Rulebook(),
            pending: pending, takenIDs: Set(pending.map(\.id)), now: fixedNow
        )
        #expect(later.createdIDs.isEmpty)
        let draft = try #require(later.drafts.first)
        #expect(draft.id == pending.first?.id)
        #expect(draft.rule.effective == "2031-05-01")
        #expect(draft.evidence.count == 2)
        #expect(draft.notes == ["effective 2031-02-01 → 2031-05-01 after B, 2031-01-25"])
    }

    @Test func aCountryAndItsAuthorityAreOneIssuerWhenTheArticleNamesTheCountry() throws {
        let countryNews = analysis("Osterland will ban crypto payments from February 1.", actor: "Osterland",
                                   action: .prohibit, subjects: [.payments], jurisdiction: "OL",
                                   effective: "2031-02-01")
        var authorityNews = analysis(
            "The Osterland Monetary Authority moved its crypto payment ban to May 1.",
            actor: "Osterland Monetary Authority", action: .prohibit, subjects: [.payments, .exchangeServices],
            jurisdiction: "OL", effective: "2031-05-01"
        )
        let pending = generator.drafts(
            for: source("1", site: "A", published: "2030-11-16"), analysis: countryNews, rulebook: Rulebook(),
            pending: [], takenIDs: [], now: fixedNow
        ).drafts
        let unnamed = generator.drafts(
            for: source("2", site: "B", published: "2031-01-25"), analysis: authorityNews, rulebook: Rulebook(),
            pending: pending, takenIDs: Set(pending.map(\.id)), now: fixedNow
        )
        #expect(unnamed.createdIDs.count == 1)

        authorityNews.entities = [Entity(name: "Osterland", type: .location, code: "OL")]
        let named = generator.drafts(
            for: source("2", site: "B", published: "2031-01-25"), analysis: authorityNews, rulebook: Rulebook(),
            pending: pending, takenIDs: Set(pending.map(\.id)), now: fixedNow
        )
        #expect(named.createdIDs.isEmpty)
        #expect(named.drafts.first?.rule.effective == "2031-05-01")
        #expect(named.drafts.first?.evidence.count == 2)
    }

    @Test func aCountryIsNotAnotherCountrysAuthority() {
        var news = analysis("The Nordhavn regulator bans crypto payments.", actor: "Nordhavn Regulator",
                            action: .prohibit, subjects: [.payments], jurisdiction: "NH")
        news.entities = [Entity(name: "Osterland", type: .location, code: "OL")]
        let pending = generator.drafts(
            for: source("1", site: "A", published: "2031-01-01"),
            analysis: analysis("Osterland bans crypto payments.", actor: "Osterland", action: .prohibit,
                               subjects: [.payments], jurisdiction: "NH"),
            rulebook: Rulebook(), pending: [], takenIDs: [], now: fixedNow
        ).drafts
        let result = generator.drafts(
            for: source("2", site: "B", published: "2031-01-02"), analysis: news, rulebook: Rulebook(),
            pending: pending, takenIDs: Set(pending.map(\.id)), now: fixedNow
        )
        #expect(result.createdIDs.count == 1)
    }

    @Test func anOlderReportArrivingLaterDoesNotMoveTheDates() throws {
        let postponed = analysis("Osterfeld pushed its stablecoin payment ban back to May 1.", actor: "Osterfeld",
                                 action: .prohibit, subjects: [.payments], jurisdiction: "OF", effective: "2031-05-01")
        let original = analysis("Osterfeld will ban stablecoin payments from February 1.", actor: "Osterfeld",
                                action: .prohibit, subjects: [.payments], jurisdiction: "OF", effective: "2031-02-01")
        let pending = generator.drafts(
            for: source("2", site: "B", published: "2031-01-25"), analysis: postponed, rulebook: Rulebook(),
            pending: [], takenIDs: [], now: fixedNow
        ).drafts
        let draft = try #require(generator.drafts(
            for: source("1", site: "A", published: "2030-11-16"), analysis: original, rulebook: Rulebook(),
            pending: pending, takenIDs: Set(pending.map(\.id)), now: fixedNow
        ).drafts.first)
        #expect(draft.rule.effective == "2031-05-01")
        #expect(draft.evidence.count == 2)
        #expect(draft.notes.isEmpty)
    }

    @Test func anotherOutletWithinTheWindowOnlyFillsWhatTheDraftLacks() throws {
        let first = analysis("Osterfeld bans stablecoin payments from February 1.", actor: "Osterfeld",
                             action: .prohibit, subjects: [.payments], jurisdiction: "OF", effective: "2031-02-01")
        let second = analysis("Osterfeld bans stablecoin payments from February 2, with enforcement in March.",
                              actor: "Osterfeld", action: .prohibit, subjects: [.payments], jurisdiction: "OF",
                              effective: "2031-02-02", enforcement: "2031-03")
        let pending = generator.drafts(
            for: source("1", site: "A", published: "2031-01-10"), analysis: first, rulebook: Rulebook(), pending: [],
            takenIDs: [], now: fixedNow
        ).drafts
        let draft = try #require(generator.drafts(
            for: source("2", site: "B", published: "2031-01-11"), analysis: second, rulebook: Rulebook(),
            pending: pending, takenIDs: Set(pending.map(\.id)), now: fixedNow
        ).drafts.first)
        #expect(draft.rule.effective == "2031-02-01")
        #expect(draft.rule.enforcement == "2031-03")
        #expect(draft.notes.isEmpty)
    }

    @Test(arguments: [
        (PolicyAction.restrict, [PolicySubject.derivatives], "NH", "Nordhavn Financial Authority"),
        (.prohibit, [.mining], "NH", "Nordhavn Financial Authority"),
        (.prohibit, [.derivatives], "DE", "Nordhavn Financial Authority"),
        (.prohibit, [.derivatives], "NH", "Harbor Exchange"),
    ])
    func reportsThatDifferInActionSubjectJurisdictionOrIssuerStaySeparate(
        action: PolicyAction, subjects: [PolicySubject], jurisdiction: String, actor: String
    ) {
        let first = analysis(
            "The Nordhavn Financial Authority banned crypto derivatives.", actor: "Nordhavn Financial Authority",
            action: .prohibit, subjects: [.derivatives], jurisdiction: "NH"
        )
        let other = analysis("A different measure.", actor: actor, action: action, subjects: subjects,
                             jurisdiction: jurisdiction)
        let pending = generator.drafts(
            for: source("1", site: "A", published: "2031-04-10"), analysis: first, rulebook: Rulebook(),
            pending: [], takenIDs: [], now: fixedNow
        ).drafts
        let result = generator.drafts(
            for: source("2", site: "B", published: "2031-04-11"), analysis: other, rulebook: Rulebook(),
            pending: pending, takenIDs: Set(pending.map(\.id)), now: fixedNow
        )
        #expect(result.createdIDs.count == 1)
        #expect(result.drafts.first?.rule.id != pending.first?.rule.id)
    }

    @Test func aPostponementAmendsTheEffectiveDate() throws {
        let book = Rulebook(rules: [rule(
            id: "kr-seoul-exchange-kyc-aml", action: .require, subjects: [.kycAML], jurisdiction: "KR",
            issuer: "Seoul Exchange", effective: "2031-07-01", status: .scheduled
        )])
        let news = analysis(
            "Seoul Exchange postponed its identity checks to September 1.", actor: "Seoul Exchange",
            action: .require, subjects: [.kycAML], jurisdiction: "KR", effective: "2031-09-01"
        )
        let result = generator.drafts(
            for: source("7", site: "Won Wire", published: "2031-06-15"), analysis: news, rulebook: book, pending: [],
            takenIDs: [], now: fixedNow
        )
        let draft = try #require(result.drafts.first)
        #expect(draft.change == .amend)
        #expect(draft.base?.id == "kr-seoul-exchange-kyc-aml")
        #expect(draft.rule.id == "kr-seoul-exchange-kyc-aml")
        #expect(draft.rule.effective == "2031-09-01")
        #expect(draft.differences == [FieldChange(field: "effective", from: "2031-07-01", to: "2031-09-01")])
    }

    @Test func aLongerGracePeriodAndAWiderScopeAmend() throws {
        let book = Rulebook(rules: [rule(
            id: "sg-mas-advertising", action: .prohibit, subjects: [.advertising], jurisdiction: "SG",
            issuer: "MAS", effective: "2030-01-17", enforcement: "2030-03-01"
        )])
        let news = analysis(
            "MAS widened its advertising ban to crypto sales promotions, with enforcement from June.",
            actor: "MAS", action: .prohibit, subjects: [.advertising, .cryptoSales], jurisdiction: "SG",
            effective: "2030-01-17", enforcement: "2030-06"
        )
        let draft = try #require(generator.drafts(
            for: source("8", site: "Strait News", published: "2030-02-10"), analysis: news, rulebook: book,
            pending: [], takenIDs: [], now: fixedNow
        ).drafts.first)
        #expect(draft.change == .amend)
        #expect(draft.rule.subjects == [.advertising, .cryptoSales])
        #expect(draft.rule.enforcement == "2030-06")
        #expect(Set(draft.differences.map(\.field)) == ["subjects", "enforcement"])
    }

    @Test func newsThatTheRulebookAlreadySaysProposesNothing() {
        let book = Rulebook(rules: [rule(
            id: "cn-tradewind-mining-hardware", subjects: [.miningHardware], jurisdiction: "CN", issuer: "Tradewind",
            effective: "2031-03-03"
        )])
        let news = analysis(
            "Tradewind.com no longer sells mining rigs since March 3.", actor: "Tradewind.com", action: .prohibit,
            status: .inEffect, subjects: [.miningHardware], jurisdiction: "CN", effective: "2031-03-03"
        )
        let result = generator.drafts(
            for: source("9", site: "X", published: "2031-04-01"), analysis: news, rulebook: book, pending: [],
            takenIDs: [], now: fixedNow
        )
        #expect(result.drafts.isEmpty)
        #expect(result.draftIDByAnnouncement.isEmpty)
    }

    @Test func liftingABanProposesARepeal() throws {
        let book = Rulebook(rules: [rule(
            id: "in-rbi-payments", subjects: [.payments, .exchangeServices], jurisdiction: "IN",
            issuer: "Reserve Bank of India", effective: "2018-04-06"
        )])
        let news = analysis(
            "The court set aside the central bank's ban, and banks may again serve crypto exchanges.",
            actor: "Reserve Bank of India", action: .permit, subjects: [.exchangeServices], jurisdiction: "IN"
        )
        let draft = try #require(generator.drafts(
            for: source("10", site: "Mumbai Mint", published: "2020-03-04"), analysis: news, rulebook: book,
            pending: [], takenIDs: [], now: fixedNow
        ).drafts.first)
        #expect(draft.change == .repeal)
        #expect(draft.rule.status == .repealed)
        #expect(draft.differences == [FieldChange(field: "status", from: "active", to: "repealed")])
        #expect(draft.id == "in-rbi-payments-repeal-20200304")
    }

    @Test func aRuleWithAPendingDraftGetsNoSecondDraft() throws {
        let book = Rulebook(rules: [rule(
            id: "kr-seoul-exchange-kyc-aml", action: .require, subjects: [.kycAML], jurisdiction: "KR",
            issuer: "Seoul Exchange", effective: "2031-07-01"
        )])
        let news = analysis(
            "Seoul Exchange delays identity checks to September.", actor: "Seoul Exchange", action: .require,
            subjects: [.kycAML], jurisdiction: "KR", effective: "2031-09-01"
        )
        let pending = generator.drafts(
            for: source("1", site: "A", published: "2031-06-15"), analysis: news, rulebook: book, pending: [],
            takenIDs: [], now: fixedNow
        ).drafts
        let again = generator.drafts(
            for: source("2", site: "B", published: "2031-06-16"), analysis: news, rulebook: book, pending: pending,
            takenIDs: Set(pending.map(\.id)), now: fixedNow
        )
        #expect(again.createdIDs.isEmpty)
        #expect(again.drafts.map(\.id) == pending.map(\.id))
        #expect(again.drafts.first?.evidence.count == 2)
    }

    @Test func theSameArticleTwiceAddsNoEvidence() {
        let news = analysis("Harbor bans lending.", actor: "Harbor", action: .prohibit, subjects: [.lending],
                            jurisdiction: "US")
        let article = source("1", site: "A", published: "2031-01-01")
        let pending = generator.drafts(for: article, analysis: news, rulebook: Rulebook(), pending: [],
                                       takenIDs: [], now: fixedNow).drafts
        let again = generator.drafts(for: article, analysis: news, rulebook: Rulebook(), pending: pending,
                                     takenIDs: Set(pending.map(\.id)), now: fixedNow)
        #expect(again.drafts.first?.evidence.count == 1)
    }

    @Test func draftIDsStayUniqueAgainstEveryStoredDraft() {
        let news = analysis("Harbor bans lending.", actor: "Harbor", action: .prohibit, subjects: [.lending],
                            jurisdiction: "US")
        let result = generator.drafts(
            for: source("1", site: "A", published: "2031-01-01"), analysis: news, rulebook: Rulebook(), pending: [],
            takenIDs: ["us-harbor-lending-add-20310101"], now: fixedNow
        )
        #expect(result.drafts.first?.id == "us-harbor-lending-add-20310101-2")
    }
}

@Suite struct RuleRelationTests {
    let ban = rule(id: "ol-harbor-lending", subjects: [.lending], jurisdiction: "OL", issuer: "Harbor",
                   effective: "2031-05-01")

    func report(_ action: PolicyAction, _ status: PolicyStatus, subjects: [PolicySubject] = [.lending],
                effective: String? = nil, enforcement: String? = nil) -> Announcement {
        Announcement(actor: "Harbor", action: action, status: status, subjects: subjects, jurisdiction: "OL",
                     effective: effective, enforcement: enforcement)
    }

    @Test func aReportOfTheRuleAsItStoodChangesNoDateOrScope() {
        let day = CalendarDay(iso: "2031-06-01")
        #expect(ban.relation(to: report(.prohibit, .inEffect, effective: "2031-04-20"), reportedOn: day) == .covered)
        #expect(ban.relation(to: report(.prohibit, .inEffect, subjects: [.lending, .staking]), reportedOn: day)
            == .covered)
        guard case let .changes(change, rule) = ban.relation(
            to: report(.prohibit, .inEffect, enforcement: "2031-08-01"), reportedOn: day
        ) else {
            Issue.record("a missing enforcement date was not filled")
            return
        }
        #expect(change == .amend)
        #expect(rule.enforcement == "2031-08-01")
        #expect(rule.effective == "2031-05-01")
    }

    @Test(arguments: [PolicyStatus.announced, .proposed, .considering])
    func newsOfAChangeAmends(status: PolicyStatus) {
        let relation = ban.relation(to: report(.prohibit, status, effective: "2031-09-01"),
                                    reportedOn: CalendarDay(iso: "2031-06-01"))
        guard case let .changes(.amend, rule) = relation else {
            Issue.record("expected an amendment, got \(relation)")
            return
        }
        #expect(rule.effective == "2031-09-01")
        #expect(rule.status == .scheduled)
    }

    @Test func anEnforcementActMovesTheEnforcementDateOnlyForward() {
        let day = CalendarDay(iso: "2031-06-01")
        guard case let .changes(.amend, rule) = ban.relation(to: report(.enforce, .announced, effective: "2031-07-01"),
                                                             reportedOn: day) else {
            Issue.record("no amendment")
            return
        }
        #expect(rule.enforcement == "2031-07-01")
        var enforced = ban
        enforced.enforcement = "2031-08-01"
        #expect(enforced.relation(to: report(.enforce, .announced, effective: "2031-07-01"), reportedOn: day)
            == .covered)
    }

    @Test(arguments: [PolicyAction.require, .warn])
    func otherActionsAreUnrelated(action: PolicyAction) {
        #expect(ban.relation(to: report(action, .announced), reportedOn: nil) == .unrelated)
    }
}
