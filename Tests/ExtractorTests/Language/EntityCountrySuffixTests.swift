import Testing
@testable import Extractor

/// An unknown name that ends in a country's name is a body of or for that country ("Digital Ledger Ireland", "Fintech
/// Tessaly Kenya"); a direction before a country, a demonym, a month or a state body's head word keeps them apart.
/// Names and sentences are our own.
@Suite struct EntityCountrySuffixTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze("Markets today\n\n" + text, published: CalendarDay(iso: "2026-03-19")).entities.map(\.name)
    }

    @Test(arguments: [
        ("The move was welcomed by Fintech Kenya on Monday.", "Fintech Kenya"),
        ("A spokesperson for Digital Ledger Ireland said so.", "Digital Ledger Ireland"),
        ("The Asosiasi Pedagang Koin Indonesia objected.", "Asosiasi Pedagang Koin Indonesia"),
        ("Sales at Lexora Motors Philippines fell.", "Lexora Motors Philippines"),
        ("The lobby group Blockchain Norway disagreed.", "Blockchain Norway"),
    ])
    func aNameEndingInACountryIsOneBody(_ text: String, _ name: String) {
        #expect(names(text).contains(name), "\(names(text))")
    }

    @Test func aDirectionBeforeACountryNamesAPlace() {
        let found = TextAnalyzer().analyze("Markets today\n\nMiners moved to North India last year.", published: CalendarDay(iso: "2026-03-19")).entities
        #expect(found.first { $0.name == "North India" }?.type == .location, "\(found.map(\.name))")
    }

    @Test(arguments: [
        ("Traders in Nairobi Kenya paid more.", "Nairobi Kenya"),
        ("The National Security Council Ukraine meeting ended.", "National Security Council Ukraine"),
        ("In March Kenya acted.", "March Kenya"),
        ("Exports to Uganda Kenya rose.", "Uganda Kenya"),
        ("Kenyan Kenya traders left.", "Kenyan Kenya"),
    ])
    func directionsMonthsAndStateBodiesStayApart(_ text: String, _ wrong: String) {
        #expect(!names(text).contains(wrong), "\(names(text))")
    }
}

/// A place or its demonym before a known body named for its members ("Blockchain Association") names the place's own
/// body; before a company or a regulator it does not. Names and sentences are our own.
@Suite struct EntityPlacesOwnBodyTests {
    private func names(_ text: String) -> [String] {
        TextAnalyzer().analyze("Markets today\n\n" + text, published: CalendarDay(iso: "2026-03-19")).entities.map { "\($0.name)|\($0.type.rawValue)" }
    }

    @Test(arguments: [
        ("Ghana Blockchain Association, which represents 18 miners, objected.", "Ghana Blockchain Association|organization"),
        ("The Kenya Blockchain Association said members were ready.", "Kenya Blockchain Association|organization"),
        ("The Georgian Blockchain Association said most members agreed.", "Georgian Blockchain Association|organization"),
    ])
    func aPlacesBodyOfMembersIsItsOwn(_ text: String, _ expected: String) {
        #expect(names(text).contains(expected), "\(names(text))")
        #expect(!names(text).contains("Blockchain Association|organization"), "\(names(text))")
    }

    @Test(arguments: [
        ("The Blockchain Association said the bill was a step forward.", "Blockchain Association|organization"),
        ("Kenya Coinbase users were told to update the app.", "Coinbase|organization"),
    ])
    func theKnownBodyOrCompanyStaysItself(_ text: String, _ expected: String) {
        #expect(names(text).contains(expected), "\(names(text))")
    }
}
