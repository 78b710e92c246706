import Testing
@testable import Extractor

/// The office of a state's attorney general is an authority, with or without its "Office", but the title before its
/// holder's name is no office; so is an office named for its holder's title ("the Public Prosecutor's Office"). Names are
/// our own.
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
        ("The freeze was requested by the Public Prosecutor's Office on Friday.", "Public Prosecutor's Office"),
        ("The regulator passed its findings to the Prosecutor's Office, which opened a case.", "Prosecutor's Office"),
        ("Payments go to the State Treasurer\u{2019}s Office, which holds the coins.", "State Treasurer\u{2019}s Office"),
        ("The Velmora Public Prosecutor's Office asked the court to seize the servers.", "Velmora Public Prosecutor's Office"),
    ])
    func anOfficeNamedForItsHoldersTitleIsOneName(_ text: String, _ office: String) {
        #expect(names(text).contains(office), "\(found(text))")
        #expect(!names(text).contains("Office"), "\(found(text))")
    }

    @Test(arguments: [
        // A title's office in lower case, or a company's office, names nothing.
        "The prosecutor's office declined to comment on the case.",
        "The Treasurer's office said the coins were sold.",
        "Staff at Orvane Digital's office in Lisbon were told on Monday.",
    ])
    func aLowerCaseOfficeIsNoName(_ text: String) {
        #expect(!names(text).contains { $0.localizedCaseInsensitiveContains("office") }, "\(found(text))")
    }

    @Test(arguments: [
        ("The Prosecutor General's Office of Estonia charged the exchange's owner on Monday.", "Prosecutor General's Office of Estonia"),
        ("Ukraine's Prosecutor General's Office said the wallets had been frozen.", "Prosecutor General's Office"),
        ("The case was sent to the Solicitor General's Office for review.", "Solicitor General's Office"),
        ("A report by the Inspector General's Office found weak controls at the agency.", "Inspector General's Office"),
    ])
    func theOfficeOfAnotherGeneralIsOneName(_ text: String, _ office: String) {
        #expect(found(text).contains("\(office)|authority"), "\(found(text))")
    }

    @Test(arguments: [
        ("Attorney General Marla Quent said the kiosks broke the law.", "Marla Quent"),
        ("Prosecutor General Ilmar Saaremets said the owner had fled.", "Ilmar Saaremets"),
        ("The state's attorney general, Marla Quent, sued the exchange.", "Marla Quent"),
    ])
    func theTitleBeforeAHoldersNameIsNoOffice(_ text: String, _ person: String) {
        #expect(found(text).contains("\(person)|person"), "\(found(text))")
        #expect(!names(text).contains { $0.localizedCaseInsensitiveContains("attorney general") }, "\(found(text))")
    }
}
