@testable import Extractor

/// A suite of entity tables whose texts are read as an article's body under a plain headline ("Markets today"), so
/// that a row's first sentence is not taken for the headline.
protocol EntityTable {
    /// The day the suite's texts are published.
    var published: String { get }
}

extension EntityTable {
    func entities(_ text: String) -> [Entity] {
        TextAnalyzer().analyze("Markets today\n\n" + text, published: CalendarDay(iso: published)).entities
    }

    /// The entities found, as "name:type", for a failing row's message.
    func described(_ text: String) -> [String] { entities(text).map { "\($0.name):\($0.type)" } }
}
