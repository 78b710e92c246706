@testable import Extractor

/// A suite of effective-date tables: every text is published on Thursday 22 May 2025 (Monday is 19 May, Tuesday
/// 20 May, Wednesday 21 May), and a row names its statement by a phrase of its sentence.
protocol StatementDatingTable {}

extension StatementDatingTable {
    func statements(_ text: String) -> [PolicyStatement] {
        TextAnalyzer().analyze(text, published: CalendarDay(iso: "2025-05-22")).statements
    }

    /// The effective date of the statement whose sentence holds `part`; "missing" when no statement holds it.
    func effective(of part: String, in text: String) -> String {
        guard let statement = statements(text).first(where: { $0.text.contains(part) }) else { return "missing" }
        return statement.effective ?? "null"
    }
}
