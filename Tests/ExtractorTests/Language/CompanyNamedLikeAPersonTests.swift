import Testing
@testable import Extractor

/// A name of two or three capitalized words without a given name, before a verb of speech, reads like a person's
/// ("Quillmark Data said"); an article before it ("the Fair Lending Project said"), a company's noun before it ("data
/// provider Quillmark Data", "Dakar start-up Baobab Sats"), the company's full name elsewhere in the text ("Orchid Quay
/// Pte Ltd" ... "Orchid Quay said") or the head word of an association ("Savings Banks Forum") make it a company's.
/// People named the same way stay people. Names and sentences are our own.
@Suite struct CompanyNamedLikeAPersonTests: EntityTable {
    let published = "2026-06-02"

    @Test(arguments: [
        ("Consumer advocates at the Fair Lending Project said the rule was overdue.", "Fair Lending Project"),
        ("The Coastal Savings Banks Forum said the cap was too low.", "Coastal Savings Banks Forum"),
        ("Volumes fell by a third, according to data provider Quillmark Data.", "Quillmark Data"),
        ("Analysts at the brokerage Tarrow Finch said the fine was modest.", "Tarrow Finch"),
        ("Dakar start-up Baobab Sats said it would launch in May.", "Baobab Sats"),
        ("Lobby group Tallis Chainworks said the ruling was welcome.", "Tallis Chainworks"),
        ("Orchid Quay Pte Ltd lost its licence. Orchid Quay said it would appeal.", "Orchid Quay Pte Ltd"),
    ])
    func aCompanyBeforeAVerbOfSpeechIsNoPerson(_ text: String, _ name: String) {
        let found = entities(text).first { $0.name == name }
        #expect(found?.type == .organization, "\(text) → \(described(text))")
        #expect(!entities(text).contains { $0.type == .person }, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        ("Tjeerd Wiersma said the platform had no licence.", "Tjeerd Wiersma"),
        ("Analyst Oddvar Hestnes said the fine was modest.", "Oddvar Hestnes"),
        ("According to Zhanar Abenova, the rule was overdue.", "Zhanar Abenova"),
        ("Orchid Quay Pte Ltd lost its licence, its founder Kwabena Ofori-Mensah said.", "Kwabena Ofori-Mensah"),
        ("The board met on Monday. Ilse Vermeulen said it would appeal.", "Ilse Vermeulen"),
    ])
    func aPersonBeforeAVerbOfSpeechStaysAPerson(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .person, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        ("Volumes fell, according to data provider Quillmark Data. Outflows were the largest in a month, according to Quillmark Data, the most since May.", "Quillmark Data"),
        ("Dakar start-up Baobab Sats will launch an app. Baobab Sats said it needs no licence.", "Baobab Sats"),
        ("The brokerage Tarrow Finch cut its forecast. Tarrow Finch said the fine was modest.", "Tarrow Finch"),
        ("Payments processor Kiva Rails signed the deal. Kiva Rails said fees would fall.", "Kiva Rails"),
        ("Lobby group Tallis Chainworks wrote to the minister. Tallis Chainworks argued the rule was too strict.", "Tallis Chainworks"),
    ])
    func aCompanysNounOnOneMentionTypesEveryMention(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .organization, "\(text) → \(described(text))")
    }

    @Test(arguments: [
        ("Analyst Oddvar Hestnes cut his forecast. Oddvar Hestnes said the fine was modest.", "Oddvar Hestnes"),
        ("Investor Tjeerd Wiersma bought the shares. Tjeerd Wiersma said he would hold them.", "Tjeerd Wiersma"),
        ("Fund manager Zhanar Abenova sold. Zhanar Abenova said prices were too high.", "Zhanar Abenova"),
        ("Developer Ruben Oosterhuis wrote the code. Ruben Oosterhuis said it was audited.", "Ruben Oosterhuis"),
        ("The report was written by Ilse Vermeulen. Ilse Vermeulen said banks had asked for it.", "Ilse Vermeulen"),
    ])
    func aNounThatDescribesPeopleTooLeavesAPersonAPerson(_ text: String, _ name: String) {
        #expect(entities(text).first { $0.name == name }?.type == .person, "\(text) → \(described(text))")
    }
}
