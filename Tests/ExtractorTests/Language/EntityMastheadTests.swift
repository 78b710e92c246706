import Testing
@testable import Extractor

/// The head of an article, between its headline and its first line of prose, names its publication (an organization,
/// though the line reads like a title), its writer (a person) and its section (nothing). A writer's name with a role, a
/// name with a hyphenated surname or a place beside the writer names no publication. Names are our own.
@Suite struct EntityMastheadTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-06")).entities
    }

    private func described(_ text: String) -> [String] { entities(text).map { "\($0.name):\($0.type)" } }

    private static let body = "OSLO — The energy ministry raised the power tariff for mining firms on Monday, the ministry said."

    @Test(arguments: [
        ("Miners face a higher power tariff\n\nVardel Business Bulletin | Ilse Brandvold | 4 May 2026\n\n" + body, "Vardel Business Bulletin"),
        ("Miners face a higher power tariff\n\nTorvik Energy Review\nBy Ilse Brandvold\nMay 4, 2026\n\n" + body, "Torvik Energy Review"),
        ("Miners face a higher power tariff\n\nKesterlund Grid & Markets\nBy Ilse Brandvold · 4 May 2026\n\n" + body, "Kesterlund Grid & Markets"),
        ("Miners face a higher power tariff\n\nVästra Dalarna Affärsliv\nBy Ilse Brandvold · 4 May 2026\n\n" + body, "Västra Dalarna Affärsliv"),
        ("Miners face a higher power tariff\n\nPelmar Trade Review — Mining & Energy\nBy Ilse Brandvold\n\n" + body, "Pelmar Trade Review"),
        ("Quillon Weekly | Issue 41 | Monday, May 4, 2026\n\nMiners face a higher power tariff\n\n" + body, "Quillon Weekly"),
    ])
    func theHeadNamesItsPublication(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .organization, "\(described(text))")
    }

    @Test(arguments: [
        ("Miners face a higher power tariff\n\nCorvane Business Daily | Energy\nTashi Dorjee\n3 May 2026\n\n" + body, "Tashi Dorjee"),
        ("Miners face a higher power tariff\n\nVardel Business Bulletin | Ilse Brandvold | 4 May 2026\n\n" + body, "Ilse Brandvold"),
        ("Miners face a higher power tariff\n\nLenhart Ledger Daily\n4 May 2026 | Somchai Vongsavath\n\n" + body, "Somchai Vongsavath"),
    ])
    func aNameAfterThePublicationIsTheWriter(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .person, "\(described(text))")
    }

    @Test(arguments: [
        "Miners face a higher power tariff\n\nCorvane Business Daily | Energy\n\n" + body,
        "Miners face a higher power tariff\n\nPelmar Trade Review — Mining & Energy\nBy Ilse Brandvold\n\n" + body,
    ])
    func aSectionNamesNothing(_ text: String) {
        #expect(!entities(text).contains { ["Energy", "Mining & Energy", "Mining"].contains($0.name) }, "\(described(text))")
    }

    /// The body writes none of these desks' words in lower case: the desk's word itself makes the section.
    @Test(arguments: [
        ("Miners face a higher power tariff\n\nCorvane Business Daily | Capital Markets\nBy Ilse Brandvold\n\n" + body, "Capital Markets"),
        ("Miners face a higher power tariff\n\nHalden Wire | Enforcement\n\nBy Ilse Brandvold\n\n" + body, "Enforcement"),
        ("Miners face a higher power tariff\n\nSkerry Isles Journal | Island Business\nBy Ilse Brandvold\n\n" + body, "Island Business"),
        ("Miners face a higher power tariff\n\nVardel Money Review | Personal Finance\nBy Ilse Brandvold\n\n" + body, "Personal Finance"),
    ])
    func aDesksSectionNamesNothing(_ text: String, _ section: String) {
        let found = entities(text)
        #expect(!found.contains { $0.name == section || section.hasSuffix($0.name) }, "\(described(text))")
        #expect(found.contains { $0.name == "Ilse Brandvold" && $0.type == .person }, "\(described(text))")
    }

    @Test(arguments: [
        ("Miners face a higher power tariff\n\nAnna-Lena Okafor-Berg | Geneva\n\n" + body, "Anna-Lena Okafor-Berg"),
        ("Miners face a higher power tariff\n\nBy Jonas Feld, Markets Correspondent | 4 May 2026\n\n" + body, "Markets Correspondent"),
        ("Miners face a higher power tariff\n\nPosted by Ada Roe-Kim, Head of Compliance, Kestrel Exchange\n\n" + body, "Head of Compliance"),
        ("Miners face a higher power tariff\n\nDaniel Okafor-Reyes — 4 May 2026\n\n" + body, "Daniel Okafor-Reyes"),
    ])
    func aWritersNameOrRoleIsNoPublication(_ text: String, _ name: String) {
        #expect(!entities(text).contains { $0.name == name && $0.type == .organization }, "\(described(text))")
    }
}
