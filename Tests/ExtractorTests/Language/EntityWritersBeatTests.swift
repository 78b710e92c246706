import Testing
@testable import Extractor

/// The words of a writer's beat between a comma and the title that ends a byline ("Jane Roe, Financial Services
/// Correspondent") name no organization; a name before a title inside a sentence is left alone. Sentences are our own.
@Suite struct EntityWritersBeatTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-06")).entities
    }

    @Test(arguments: [
        ("Regulator bars crypto lending\n\nBy Mara Quillon-Hart, Financial Services Correspondent\n\nRetail clients may no longer lend tokens.", "Financial Services"),
        ("Levy on transfers doubled\n\nBy Teodor Vashti, Personal Finance Reporter\n\nThe levy rises next month.", "Personal Finance"),
        ("Bank fined for weak checks\n\nBy Ilse Marrow, Financial Regulation Correspondent\n\nThe bank will pay the fine.", "Financial Regulation"),
    ])
    func aWritersBeatNamesNothing(_ text: String, _ beat: String) {
        let found = entities(text)
        #expect(!found.contains { $0.name == beat }, "\(found.map(\.name))")
        #expect(found.contains { $0.type == .person }, "\(found.map(\.name))")
    }

    @Test(arguments: [
        ("Exchange names new chief\n\nBy Ilse Marrow\n\nThe board of Kestrel Vault Holdings, Chairman Olek Brandt said, approved the plan.", "Kestrel Vault Holdings"),
    ])
    func aNameBeforeATitleInsideASentenceStays(_ text: String, _ name: String) {
        let found = entities(text)
        #expect(found.contains { $0.name == name }, "\(found.map(\.name))")
    }
}
