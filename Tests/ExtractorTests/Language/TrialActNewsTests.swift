import Testing
@testable import Extractor

/// Trial reports: a headline that states a court's order or a prosecutor's charge makes the act the article's news, while
/// one that tells a step of the proceedings (a trial opening or adjourned, a witness, a verdict) reports no policy change
/// (`AnnouncementBuilder.headlineTellsProceedings`).
@Suite struct TrialActNewsTests {
    private func announcements(_ text: String) -> [Announcement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-05")).announcements
    }

    @Test(arguments: [
        // A court's order to block sites.
        """
        Tallinn court orders internet providers to block nine crypto exchange sites
        The Harju County Court on Tuesday ordered internet providers in Estonia to block nine unlicensed crypto exchange websites.
        Prosecutors told the court the sites had taken deposits from about 4,000 Estonian customers without a licence.
        The prosecutor said two of the operators had been indicted in a separate fraud case, and a defendant's lawyer said he would appeal.
        """,
        // A court's order to freeze funds.
        """
        Vilnius court orders exchanges to freeze $12 million in crypto linked to investment scam
        The Vilnius Regional Court on Wednesday ordered three crypto exchanges to freeze $12 million in bitcoin and ether held by members of a fraud ring.
        Prosecutors say the ring took money from 700 victims, and the indictment names eleven defendants.
        A trial date has not been set.
        """,
        // Prosecutors' charges and a seizure.
        """
        Prosecutor General's Office charges two Kestrel Swap founders, seizes $4 million in bitcoin
        The Prosecutor General's Office of Latvia on Monday charged the two founders of Kestrel Swap with running an unlicensed crypto exchange and seized $4 million in bitcoin.
        The indictment says the pair exchanged $90 million for customers without checking their identities.
        The defendants have not entered a plea, and prosecutors said the trial could start next year.
        """,
    ])
    func aHeadlineThatStatesTheActMakesItNews(text: String) {
        #expect(!announcements(text).isEmpty)
    }

    @Test(arguments: [
        // The trial adjourned, though the court orders something in passing.
        """
        Trial of Kestrel Swap founders adjourned to March as defence seeks more time
        The Harju County Court on Tuesday adjourned the trial of the two founders of Kestrel Swap, who are charged with running an unlicensed crypto exchange.
        Prosecutors told the court they would call 14 witnesses, and the defendants deny the charges.
        The court ordered the founders to surrender their passports until the trial resumes.
        """,
        // A witness's words.
        """
        Investor tells court crypto promoters promised 5% a month
        An investor told the Vilnius Regional Court on Thursday that the promoters of Amber Yield promised him returns of 5% a month on bitcoin deposits.
        Prosecutors say the scheme took $20 million from 900 investors, and the three defendants deny fraud.
        The judge ordered the defendants to stay in Lithuania until the verdict.
        """,
        // A sentence.
        """
        Founder of crypto lender Amber Yield jailed for six years
        The Vilnius Regional Court on Friday sentenced the founder of Amber Yield to six years in prison for fraud and ordered the seizure of $3 million in crypto.
        Prosecutors had asked for eight years; the defendant's lawyer said he would appeal the verdict.
        """,
    ])
    func aHeadlineThatTellsTheProceedingsReportsNoPolicyChange(text: String) {
        #expect(announcements(text).isEmpty)
        #expect(AnnouncementBuilder.headlineTellsProceedings(AnalyzedText(text)))
    }
}
