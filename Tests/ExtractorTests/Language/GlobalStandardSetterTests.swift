import Testing
@testable import Extractor

/// The bodies that set standards for every country or act for all of them (the FATF, the FSB, the UN, Interpol) are
/// organizations, whose measures are still the world's: a frame they issue has the jurisdiction `GLOBAL`. Other bodies
/// above countries stay authorities. Sentences are our own.
@Suite struct GlobalStandardSetterTests: EntityTable {
    let published = "2026-05-12"

    @Test(arguments: [
        ("The Financial Action Task Force (FATF) said wallet providers in Velmor fall short of its standard.", "Financial Action Task Force"),
        ("The FATF will review Tessaly's progress at its October plenary.", "FATF"),
        ("The Financial Stability Board published its stablecoin peer review on Monday.", "Financial Stability Board"),
        ("A United Nations panel found that the group laundered stolen tokens.", "United Nations"),
        ("Interpol issued a red notice for the exchange's founder.", "Interpol"),
    ])
    func aBodyOfEveryCountryIsAnOrganization(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.first { $0.name == name }?.type == .organization, "\(described(text))")
    }

    @Test(arguments: [
        ("The Basel Committee on Banking Supervision delayed its crypto capital standard by a year.", "Basel Committee on Banking Supervision"),
        ("The European Securities and Markets Authority warned retail investors about staking.", "European Securities and Markets Authority"),
    ])
    func otherBodiesAboveCountriesStayAuthorities(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.first { $0.name == name }?.type == .authority, "\(described(text))")
    }

    @Test(arguments: [
        """
        FSB sets stablecoin reserve standard
        The Financial Stability Board on Monday adopted a standard that will require stablecoin issuers to hold reserves in cash \
        and short-term bonds from January 1, 2027.
        Tessalian issuers said they already comply, and Tessaly's regulator welcomed the move.
        """,
        """
        FATF tightens travel rule for wallet providers
        The Financial Action Task Force (FATF) on Friday adopted changes to its standard that will require wallet providers to \
        send the names of senders and recipients from July 1, 2027.
        The plenary met in Velmor, and Velmor's banks welcomed the move.
        """,
    ])
    func theirFramesAreTheWorlds(_ text: String) {
        let frames = TextAnalyzer().analyze(text, published: CalendarDay(iso: published)).announcements
        #expect(frames.first?.jurisdiction == "GLOBAL", "\(frames.map { ($0.actor, $0.jurisdiction) })")
    }
}
