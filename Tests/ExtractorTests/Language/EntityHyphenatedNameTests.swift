import Testing
@testable import Extractor

/// A family name of two capitalized parts joined by a hyphen marks a person, also after a role word ("Comptroller
/// Jonathan Meade-Palmer") and when one part is a place's name ("Dela Rosa-Mendoza"); a person "of" a firm is a
/// person and a firm. Compounds of common words, single letters or three parts are no surnames. Names are our own.
@Suite struct EntityHyphenatedNameTests {
    private func entities(_ text: String) -> [String] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-19")).entities.map { "\($0.name)|\($0.type.rawValue)" }
    }

    @Test(arguments: [
        ("The rules are fair, Odile Varga-Kessler told reporters.", "Odile Varga-Kessler|person"),
        ("Comptroller Tomas Reinholt-Price signed the order.", "Tomas Reinholt-Price|person"),
        ("Lerato Dela Cruz-Mendoza, a lawyer, said the ban was overdue.", "Lerato Dela Cruz-Mendoza|person"),
        ("The market fell, according to Quilla Aranda-Moss.", "Quilla Aranda-Moss|person"),
        ("Kwabena Osei-Tutu welcomed the licence.", "Kwabena Osei-Tutu|person"),
    ])
    func aHyphenatedFamilyNameMarksAPerson(_ text: String, _ expected: String) {
        #expect(entities(text).contains(expected), "\(entities(text))")
    }

    @Test(arguments: [
        ("The shop sells Enterprise E-Commerce tools.", "Enterprise E-Commerce|person"),
        ("Routers such as the Velmo Mesh Wi-Fi sold out.", "Velmo Mesh Wi-Fi|person"),
        ("The firm moved to the Rhein-Neckar-Raum region.", "Rhein-Neckar-Raum|person"),
        ("The bank offered Digital Cross-Border payments. Cross-border flows rose and border checks eased.", "Digital Cross-Border|person"),
        ("Senator Dale Quimby (R-Texas) objected.", "R-Texas|person"),
    ])
    func compoundsOfCommonWordsAreNoSurnames(_ text: String, _ wrong: String) {
        #expect(!entities(text).contains(wrong), "\(entities(text))")
    }

    @Test(arguments: [
        ("\"It is fair,\" said Wanjiru Kamau-Lind of Kilifi Tax Partners.", ["Wanjiru Kamau-Lind|person", "Kilifi Tax Partners|organization"]),
        ("Ingrid Solberg-Ng of Harbour Class Actions LLP filed the claim.", ["Ingrid Solberg-Ng|person", "Harbour Class Actions LLP|organization"]),
        ("Jane Roe of Acme Capital said fees would fall.", ["Jane Roe|person", "Acme Capital|organization"]),
        ("The Reserve Bank of Ruritania said fees would fall.", ["Reserve Bank of Ruritania|authority"]),
        ("Analysts at Bank of Tessaly said fees would fall.", ["Bank of Tessaly|organization"]),
    ])
    func aPersonOfAFirmIsAPersonAndAFirm(_ text: String, _ expected: [String]) {
        let found = entities(text)
        for name in expected { #expect(found.contains(name), "\(name) in \(found)") }
    }
}
