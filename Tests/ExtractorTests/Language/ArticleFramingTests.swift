import Testing
@testable import Extractor

/// The article's form: the newsroom's own "we" is coverage, the author's "I" and "we" argue.
@Suite struct ArticleFramingTests {
    private func genre(_ text: String) -> ArticleFraming.Genre {
        ArticleFraming(document: AnalyzedText(text)).genre
    }

    @Test(arguments: [
        // A live blog speaks to its readers.
        """
        Live: Parliament votes on the mining levy
        16:10 — That is where we'll leave today's coverage. Thanks for following.
        15:30 — A ministry spokesperson told us the levy starts in March.
        14:00 — We are waiting for the vote, and we'll bring you the result as it comes.
        """,
        // An interview introduction and a reporter's contacts.
        """
        The regulator's new rules, explained by its director
        We spoke to the director about the rules. The agency told us it would publish guidance, and we asked
        whether banks are covered. We have contacted three exchanges, and we will update this story.
        """,
        // "We understand", "we have seen": a newsroom's sourcing.
        """
        Ministry drafts crypto tax bill
        The ministry has drafted a bill, a document we have seen shows. People familiar with the matter told us
        that it would apply from next year; we reported in May that a draft existed, and we learned on Friday that
        officials emailed us a summary.
        """,
    ])
    func aNewsroomsOwnVoiceIsNoOpinion(text: String) {
        #expect(genre(text) == .report)
    }

    @Test(arguments: [
        """
        The mining ban is a mistake
        I have covered energy policy for years, and I think this ban will fail. My advice to ministers is simple.
        """,
        """
        Why regulators keep getting stablecoins wrong
        We need rules that treat stablecoins as payments. Our banks already hold reserves, and we should let them
        issue tokens. We cannot keep waiting for us to be overtaken.
        """,
        """
        Regulators should drop the licensing plan
        In my view the plan is rushed, and the board should start again.
        """,
    ])
    func anAuthorsArgumentIsStillOpinion(text: String) {
        #expect(genre(text) == .opinion)
    }

    /// A regulator's opinion is a document it issues, and an editorial team or code is the newsroom's: neither makes the
    /// piece a column.
    @Test(arguments: [
        """
        Velmora banking authority drops 2019 opinion on crypto exposures
        The Velmora Banking Authority will withdraw its 2019 opinion on virtual currencies from March 1.
        Banks may then hold crypto under the general capital rules.
        """,
        """
        Securities regulator says profit-sharing tokens may be securities
        The warning, issued as a general opinion rather than a new rule, creates no new duties, the regulator said.
        Issuers that sell such tokens to the public must register them first.
        """,
        """
        Velmora caps crypto kiosk deposits at 1,000 crowns a day
        The Velmora Financial Authority said kiosks must apply the cap from July 1.
        Operators that break the cap face fines.
        English version: Velmora Ledger editorial team
        """,
    ])
    func anAuthoritysOpinionOrTheNewsroomsEditorsAreNoColumn(text: String) {
        #expect(genre(text) != .opinion)
    }

    @Test(arguments: [
        "Opinion: Velmora was right to cap kiosk deposits\nThe cap will save savers money.\nIt should go further.",
        "Velmora's kiosk cap is a start\nThis opinion piece argues the cap should go further.\nThe authority should act.",
    ])
    func aPieceCalledAnOpinionIsOne(text: String) {
        #expect(genre(text) == .opinion)
    }
}

/// An interview carries an announcement only when its introduction reports an authority's decision.
@Suite struct InterviewNewsTests {
    private func announcements(_ text: String, published: String = "2025-03-12") -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).announcements
    }

    @Test(arguments: [
        """
        Interview: the Central Bank of Ireland on its new stablecoin rules
        The Central Bank of Ireland on Monday published rules that will require stablecoin issuers to hold full reserves from June 1.
        We spoke to its head of innovation about what the rules mean.
        Q: Why now?
        A: Demand from companies has grown.
        """,
        """
        Interview: why Portugal is banning crypto mining in winter
        Portugal will ban crypto mining during the winter months from December 1, the government said on Tuesday.
        We asked the energy minister about the decision.
        Q: Is the ban permanent?
        A: It will be reviewed next year.
        """,
    ])
    func anInterviewIntroducedByAnAuthoritysDecisionIsNews(text: String) {
        let found = announcements(text)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.status == .announced })
    }

    @Test(arguments: [
        """
        Interview: the chief executive of Nordwave on growth
        Nordwave will stop offering crypto trading to clients in Denmark from April 30, the company said.
        We spoke to its chief executive about the exit.
        Q: Why leave?
        A: The market is small.
        """,
        """
        Interview: a founder on licences and banks
        Q: Has the licensing law helped you?
        A: The Securities Board has required platforms to register since 2020, which gave us legitimacy.
        Q: What would you change?
        A: I would like the central bank to allow banks to hold crypto for clients.
        """,
    ])
    func anInterviewAboutACompanyOrOldRulesHasNone(text: String) {
        #expect(announcements(text).isEmpty)
    }
}
