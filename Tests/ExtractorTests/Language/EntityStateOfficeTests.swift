import Testing
@testable import Extractor

/// The office of a state's attorney general is an authority, with or without its "Office", but the title before its
/// holder's name is no office. Names are our own.
@Suite struct EntityStateOfficeTests: EntityTable {
    let published = "2026-05-01"

    private func found(_ text: String) -> [String] { entities(text).map { "\($0.name)|\($0.type.rawValue)" } }
    private func names(_ text: String) -> [String] { entities(text).map(\.name) }

    @Test(arguments: [
        ("The Vermont Attorney General said on Monday it had sued the exchange.", "Vermont Attorney General|authority"),
        ("A lawsuit by the Kansas Attorney General's office is pending.", "Kansas Attorney General|authority"),
        ("The exchange settled with the Idaho Attorney General's Office in May.", "Idaho Attorney General's Office|authority"),
        ("The state Attorney General's Office opened an inquiry into the kiosks.", "Attorney General's Office|authority"),
        ("Separately, the Office of the Utah Attorney General is reviewing complaints.", "Office of the Utah Attorney General|authority"),
    ])
    func anAttorneyGeneralsOfficeIsAnAuthority(_ text: String, _ expected: String) {
        #expect(found(text).contains(expected), "\(found(text))")
    }

    @Test(arguments: [
        ("Attorney General Marla Quent said the kiosks broke the law.", "Marla Quent"),
        ("The state's attorney general, Marla Quent, sued the exchange.", "Marla Quent"),
    ])
    func theTitleBeforeAHoldersNameIsNoOffice(_ text: String, _ person: String) {
        #expect(found(text).contains("\(person)|person"), "\(found(text))")
        #expect(!names(text).contains { $0.localizedCaseInsensitiveContains("attorney general") }, "\(found(text))")
    }
}
