import Testing
@testable import Extractor

/// Headlines and leads word a permission by a figure: a nod, a green light, a go-ahead, a door opened or a way paved
/// for firms or products. The same figures for tighter rules, a crackdown, a shareholder vote or a company's own news
/// state no permission.
@Suite struct PermissionFigureTests {
    private func action(_ text: String) -> PolicyAction? {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2026-05-12")).statements.first?.action
    }

    @Test(arguments: [
        "Three exchanges get the watchdog's nod to serve retail clients",
        "Securities regulator gives implicit nod to tokenized shares",
        "The central bank gave the green light to two stablecoin issuers on Monday.",
        "Broker wins the go-ahead to offer crypto futures in Ruritania",
        "Central bank opens the door to banks offering crypto custody",
        "The new rules open the door for pension funds to hold bitcoin.",
        "The decision paves the way for spot ether funds.",
    ])
    func aFigureOfPermissionPermits(text: String) {
        #expect(action(text) == .permit, "\(text) → \(String(describing: action(text)))")
    }

    @Test(arguments: [
        "The hack opened the door to tighter rules for bridges.",
        "The collapse paves the way for a crackdown on lenders.",
        "Shareholders gave the nod to the merger on Tuesday.",
        "The DAO community gave the green light to a treasury swap.",
        "The exchange announced a partnership with a market maker, paving the way for a wider rollout.",
        "The firm has not yet received the regulator's nod.",
        "She opened the door to the meeting room and sat down.",
        "The token rallied after traders got the nod from a popular analyst.",
    ])
    func theSameFiguresWithoutAPermissionStateNone(text: String) {
        #expect(action(text) != .permit, "\(text) → \(String(describing: action(text)))")
    }
}
