import Foundation

/// Reads an article's clean text as a compliance analyst would: entities, dates, policy
/// statements and announcements. Pure and deterministic.
public struct TextAnalyzer: Sendable {
    public init() {}

    /// Analyses a text.
    ///
    /// - Parameters:
    ///   - text: The article's main text.
    ///   - published: The publication day that relative dates resolve against (today's UTC day when absent).
    public func analyze(_ text: String, published: CalendarDay?) -> TextAnalysis {
        let document = AnalyzedText(text)
        let day = published ?? CalendarDay(Date())
        let reading = EntityRecognizer().read(document.tokens, sentences: document.sentences)
        let keyedEntities = EntityAssembler().keyedEntities(from: reading.mentions, in: document)
        let dateMentions = TemporalRecognizer(published: day).mentions(in: document.tokens, sentences: document.sentences)
        let dates = dateMentions.map { mention in
            let start = document.tokens[mention.first].start
            let end = document.tokens[mention.end - 1].end
            return TemporalExpression(text: document.substring(start, end), value: mention.value, start: start, end: end, role: mention.role)
        }
        let context = ArticleContext(document: document, entities: reading, keyedEntities: keyedEntities)
        let statements = PolicyReader(published: day).statements(
            in: document, entities: reading, context: context, dates: dateMentions
        )
        let announcements = AnnouncementBuilder(published: day).announcements(
            from: statements, in: document, entities: reading, context: context, dates: dateMentions
        )
        return TextAnalysis(
            entities: keyedEntities.map(\.entity), dates: dates,
            statements: statements.map(\.statement), announcements: announcements
        )
    }
}

/// The text as scalars, tokens and sentences: what every stage reads.
struct AnalyzedText: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Sentence]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        tokens = Tokenizer().tokens(of: scalars)
        sentences = SentenceSplitter().sentences(of: tokens)
    }

    /// The text between two scalar offsets.
    func substring(_ start: Int, _ end: Int) -> String {
        let lower = max(0, start)
        return ScalarString.make(scalars[lower..<max(lower, min(end, scalars.count))])
    }

    /// The text of a token range.
    func text(_ first: Int, _ end: Int) -> String {
        substring(tokens[first].start, tokens[end - 1].end)
    }
}
