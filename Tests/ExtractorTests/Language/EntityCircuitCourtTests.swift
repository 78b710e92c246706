import Testing
@testable import Extractor

/// A federal appeals court is named for its circuit ("the Ninth Circuit"), a court and so an authority, alone or in its
/// full name. Sentences are our own.
@Suite struct EntityCircuitCourtTests {
    @Test(arguments: [
        ("The Ninth Circuit stayed the injunction on Friday, letting the kiosk cap take effect.", "Ninth Circuit"),
        ("Lawyers for the exchange asked the Second Circuit to rehear the case.", "Second Circuit"),
        ("The U.S. Court of Appeals for the Tenth Circuit heard the appeal in May.", "U.S. Court of Appeals for the Tenth Circuit"),
    ])
    func anAppealsCourtNamedForItsCircuitIsAnAuthority(_ text: String, _ name: String) {
        let found = TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-06")).entities
        #expect(found.first { $0.name == name || $0.aliases.contains(name) }?.type == .authority, "\(found.map { "\($0.name):\($0.type)" })")
    }
}
