import Testing
@testable import Extractor

/// Classes of entity errors, each over sentences we wrote: short forms and acronyms joining their
/// name, common words that open a sentence, laws, document parts and roles that are no entities,
/// datelines in capitals, and type evidence from context.
@Suite struct EntityClassTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2024-05-02")).entities
    }

    private func names(_ text: String) -> [String] { entities(text).map(\.name) }

    @Test(arguments: [
        ("The Supreme Court of Ruritania heard the case. The Supreme Court ruled on Monday.", "Supreme Court of Ruritania"),
        ("The Financial Intelligence Unit (FIU-RU) fined the broker. The FIU said more fines would follow.", "Financial Intelligence Unit"),
        ("The Ruritanian Markets Authority warned savers. Later the RMA repeated its warning.", "Ruritanian Markets Authority"),
        ("Chief executive Tan Wei Ming said the exchange was safe. Tan added that withdrawals would resume.", "Tan Wei Ming"),
    ])
    func shortFormsJoinTheirName(text: String, name: String) {
        let found = entities(text)
        #expect(found.count == 1, "\(found.map(\.name))")
        #expect(found.first?.name.hasPrefix(name.prefix(8)) == true, "\(found.map(\.name))")
    }

    @Test func aLoneParliamentIsTheParliamentTheTextNames() {
        let found = entities("The European Parliament approved the rule. Parliament will vote again in May.")
        #expect(found.filter { $0.type == .authority }.count == 1, "\(found.map(\.name))")
    }

    @Test(arguments: [
        ("Miner Quarrystone Digital fell 6% on the day.", "Quarrystone Digital"),
        ("Lender Harbourvale Credit froze withdrawals.", "Harbourvale Credit"),
        ("Startup Velloro raised $3 million from angels.", "Velloro"),
    ])
    func aDescriptorOpeningTheSentenceIsNoPartOfTheName(text: String, name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }

    @Test(arguments: [
        "Residents must file Form 721 before the deadline.",
        "The firms follow the Digital Operations Regulation from next year.",
        "Banks joined the Payments Modernisation (PM) programme in March.",
        "By Jane Roe, Markets Reporter",
    ])
    func lawsDocumentPartsAndRolesAreNoEntities(text: String) {
        let found = entities(text).filter { $0.type != .person }
        #expect(found.isEmpty, "\(found.map(\.name))")
    }

    @Test func aDatelineInCapitalsNamesThePlace() {
        let found = entities("NEW YORK — Bitcoin fell 3% on Tuesday.")
        #expect(found.first { $0.name.uppercased() == "NEW YORK" }?.type == .location, "\(found.map(\.name))")
        #expect(!found.contains { $0.name == "YORK" })
    }

    @Test func aSentenceEndsAfterASingleLetterThatIsNoInitial() {
        let found = entities("The firm posted the notice on X. Deposits were halted for a day.")
        #expect(!found.contains { $0.name == "Deposits" }, "\(found.map(\.name))")
    }

    @Test(arguments: [
        ("Istanbul-based Velkor Kripto said it would appeal. Velkor Kripto said the fine was unfair.", "Velkor Kripto", EntityType.organization),
        ("The exchange Marubo Trade said it had complied. Marubo Trade said so again.", "Marubo Trade", .organization),
        ("The circular was signed by its Director of Communications, Adaeze Nwosu, on Monday.", "Adaeze Nwosu", .person),
        ("Kelechi Obiora-Lane, a Lagos-based fintech lawyer, said the rules were clear.", "Kelechi Obiora-Lane", .person),
        ("The Digital Peso will reach all banks next year.", "Digital Peso", .asset),
        ("The Financial Intelligence Unit fined two brokers.", "Financial Intelligence Unit", .authority),
        ("Treasury said it would publish draft rules next year.", "Treasury", .authority),
        ("The lobby group Blockchain for Ruritania criticised the rules, and so did Alliance for Europe.", "Alliance for Europe", .organization),
        ("Carla Vega of the Universidad Nacional de Asunción said miners would leave.", "Universidad Nacional de Asunción", .organization),
        ("An economist at the Instituto Tecnológico de Monterrey disagreed.", "Instituto Tecnológico de Monterrey", .organization),
    ])
    func contextDecidesTheType(text: String, name: String, type: EntityType) {
        let found = entities(text).first { $0.name == name }
        #expect(found?.type == type, "\(text) → \(entities(text).map { "\($0.name):\($0.type)" })")
    }
}
