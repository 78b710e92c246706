import Testing
@testable import Extractor

/// People whose given names are in no list: the context decides (an age or "who" after the name, a role
/// before it, a verb of speech, a surname particle, a credit line), and a surname written alone with its
/// particle joins the full name. Names and sentences are our own.
@Suite struct PersonContextTests {
    private func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-10")).entities
    }

    private func described(_ text: String) -> [String] { entities(text).map { "\($0.name):\($0.type)" } }

    @Test(arguments: [
        ("Ruben Oosterhuis, 52, was arrested at his home on Friday.", "Ruben Oosterhuis"),
        ("Prosecutors said Tjeerd Wiersma, 38, ran the scheme alone.", "Tjeerd Wiersma"),
        ("Kwadwo Ofori-Atta, who chairs the exchange's board, declined to comment.", "Kwadwo Ofori-Atta"),
        ("The board named Ilse Vermeulen, whose firm audits two banks, as chair.", "Ilse Vermeulen"),
        ("The liquidator, Doortje Kamphuis, has recovered a third of the funds.", "Doortje Kamphuis"),
        ("Investors can write to the court-appointed trustee, Sjoerd Brinkema, until May.", "Sjoerd Brinkema"),
        ("\"We were never told,\" argued Teodor Vasilescu in a letter to clients.", "Teodor Vasilescu"),
        ("Zhanar Abenova testified that the platform had no licence.", "Zhanar Abenova"),
        ("The expansion was approved, recalled Oddvar Hestnes on Tuesday.", "Oddvar Hestnes"),
    ])
    func theContextMakesAnUnlistedNameAPerson(text: String, name: String) {
        let found = entities(text).first { $0.name == name }
        #expect(found?.type == .person, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        ("Harmen van Dijkhuis, the founder, denied the charges. Van Dijkhuis told the judges he had kept records.", "Harmen van Dijkhuis", "Van Dijkhuis"),
        ("Lieke de Groenhof ran the fund. De Groenhof said she had warned investors.", "Lieke de Groenhof", "De Groenhof"),
        ("The rules were explained by Noura Al-Mazrouei, the bank's director. Al-Mazrouei said banks had asked for them.", "Noura Al-Mazrouei", "Al-Mazrouei"),
        ("Faisal bin Khaldoun, 44, owns the firm. Faisal said the deal was done.", "Faisal bin Khaldoun", nil),
        ("Anouk ter Haarveld, a partner at the firm, said the case was weak.", "Anouk ter Haarveld", nil),
    ])
    func aSurnameParticleJoinsTheName(text: String, name: String, alias: String?) {
        let found = entities(text)
        let person = found.first { $0.name == name }
        #expect(person?.type == .person, "\(described(text))")
        if let alias { #expect(person?.aliases.contains(alias) == true, "\(found.map { "\($0.name) \($0.aliases)" })") }
        // No fragment of the surname is an entity of its own.
        #expect(!found.contains { $0.name != name && name.hasSuffix($0.name) }, "\(described(text))")
    }

    @Test(arguments: [
        ("Reporting by Aigerim Tulegenova in Almaty and Sardor Rakhimov in Tashkent", ["Aigerim Tulegenova", "Sardor Rakhimov"]),
        ("Reporting by Oskar Lindqvist; Editing by Birte Halvorsen and Tove Aamodt", ["Oskar Lindqvist", "Birte Halvorsen", "Tove Aamodt"]),
    ])
    func everyNameOfACreditLineIsAPerson(text: String, people: [String]) {
        let found = entities(text)
        for name in people {
            #expect(found.first { $0.name == name }?.type == .person, "\(name) in \(described(text))")
        }
    }

    @Test(arguments: [
        ("Huang Shu-hsuan, the exchange's chief executive, said deposits were safe.", "Huang Shu-hsuan"),
        ("The rule was drafted by Park Seo-yeon at the ministry.", "Park Seo-yeon"),
        ("Vice Chairman Kim So-young told reporters the plan was ready.", "Kim So-young"),
    ])
    func aGivenNameKeepsItsSyllableAfterAHyphen(text: String, name: String) {
        #expect(entities(text).contains { $0.name == name && $0.type == .person }, "\(described(text))")
    }

    @Test(arguments: [
        ("Banco de Valparaíso, which lends to miners, raised its rates.", "Banco de Valparaíso"),
        ("On Monday the Casa de Moneda said it would mint the coins.", "Casa de Moneda"),
        ("The Unidad de Inteligencia Financiera, the country's intelligence unit, fined the broker.", "Unidad de Inteligencia Financiera"),
        ("Harbour Ridge Capital, which manages $2 billion, said it would buy bitcoin.", "Harbour Ridge Capital"),
        ("Kestrel Exchange, 2024's fastest-growing platform, said fees would fall.", "Kestrel Exchange"),
    ])
    func institutionsStayInstitutions(text: String, name: String) {
        let found = entities(text).first { $0.name == name }
        #expect(found != nil && found?.type != .person, "\(text) → \(described(text))")
    }
}

/// Honorifics, "according to", and verbs only people take; names of firms after the same words stay firms.
@Suite struct PersonPhrasingTests {
    private func type(of name: String, in text: String) -> EntityType? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-03-10")).entities.first { $0.name == name }?.type
    }

    @Test(arguments: [
        ("The board met, and Ms Thorvaldsdottir resigned on Friday.", "Thorvaldsdottir"),
        ("Dr. Oyelaran-Bakare said the data were incomplete.", "Oyelaran-Bakare"),
        ("Later, Mr Wiśniewski declined to comment.", "Wiśniewski"),
        ("According to Oskari Lahtinen, miners will move north.", "Oskari Lahtinen"),
        ("Svetlana Orlova-Dmitrieva founded the exchange in 2019.", "Svetlana Orlova-Dmitrieva"),
        ("Police said Kestrel Vantrell was arrested in May.", "Kestrel Vantrell"),
        ("Tomasz Wierzbowski, 61, was born in Łódź.", "Tomasz Wierzbowski"),
        ("Ana Lucía de la Vega Moreno, the head of the unit, said the rules apply.", "Ana Lucía de la Vega Moreno"),
        ("Khalid bin Saeed Al Nahyan approved the plan on Monday.", "Khalid bin Saeed Al Nahyan"),
        ("The case was argued by Robert T. Vance Jr. before the court.", "Robert T. Vance Jr."),
    ])
    func peopleByTheirTitlesAndVerbs(text: String, name: String) {
        #expect(type(of: name, in: text) == .person, "\(text)")
    }

    @Test(arguments: [
        ("According to Kestrel Analytics, volumes fell by a third.", "Kestrel Analytics"),
        ("Volumes fell, according to Marrow Research.", "Marrow Research"),
        ("SANTIAGO, Oct. 14 (Andes Wire) — The regulator acted on Tuesday.", "Andes Wire"),
        ("The founder told Andes Wire that the exchange would appeal.", "Andes Wire"),
    ])
    func firmsAfterTheSameWordsStayFirms(text: String, name: String) {
        #expect(type(of: name, in: text) == .organization, "\(text)")
    }
}
