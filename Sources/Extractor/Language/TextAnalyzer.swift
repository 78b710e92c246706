import Foundation

/// Reads an article's clean text as a compliance analyst would: entities, dates, policy
/// statements and announcements. Pure and deterministic.
public struct TextAnalyzer: Sendable {
    /// The model that weighs the rules' statements; nil reads statements by the rules alone (to fit a new model).
    var statementModel: StatementModel? = .shipped
    /// The model that chooses an announcement's subjects among the activities the article names; nil keeps the rules'
    /// choices (`FrameSubjects`), which is what the rules' own tests read.
    var subjectModel: SubjectModel? = .shipped

    public init() {}

    /// An analyzer that reads statements by the rules alone, without the statement model: for comparing the two.
    public static let rulesAlone = TextAnalyzer(statementModel: nil)

    init(statementModel: StatementModel? = .shipped, subjectModel: SubjectModel? = .shipped) {
        self.statementModel = statementModel
        self.subjectModel = subjectModel
    }

    /// Analyses a page's main text under its headline.
    ///
    /// A page's main text leaves out the headline above it, and the headline says what the article's news is: the
    /// analysis reads the two as one text, the headline its first line (unless the text already opens with it). Offsets
    /// still count from the main text's start, so what the headline names has negative offsets.
    ///
    /// - Parameters:
    ///   - text: The article's main text.
    ///   - headline: The page's title, if it has one.
    ///   - published: The publication day that relative dates resolve against (today's UTC day when absent).
    public func analyze(_ text: String, headline: String?, published: CalendarDay?) -> TextAnalysis {
        let line = headline.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") } ?? ""
        let firstLine = text.prefix { !$0.isNewline }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !line.isEmpty, firstLine.caseInsensitiveCompare(line) != .orderedSame else {
            return analyze(text, published: published)
        }
        return analyze(line + "\n\n" + text, published: published).shifted(by: -(line.unicodeScalars.count + 2))
    }

    /// Analyses a text.
    ///
    /// - Parameters:
    ///   - text: The article's main text.
    ///   - published: The publication day that relative dates resolve against (today's UTC day when absent).
    public func analyze(_ text: String, published: CalendarDay?) -> TextAnalysis {
        let reading = read(AnalyzedText(text), published: published)
        let announcements = AnnouncementBuilder(published: reading.day, subjectModel: subjectModel).announcements(
            from: reading.statements, in: reading.document, entities: reading.entities, context: reading.context, dates: reading.dateMentions
        )
        // The announcements count the statements the model doubts; the analysis reports the others, so an
        // announcement's evidence is renumbered to the reported statements, without the doubted ones.
        let reported = reading.statements.indices.filter { !reading.statements[$0].isDoubtedByTheModel }
        let reportedIndex = Dictionary(uniqueKeysWithValues: reported.enumerated().map { ($1, $0) })
        var statements = reported.map { reading.statements[$0].statement }
        let frames = announcements.map { announcement in
            var renumbered = announcement
            renumbered.statementIndices = announcement.statementIndices.compactMap { reportedIndex[$0] }
            return renumbered
        }
        if frames.isEmpty {
            Self.restateAsInForce(&statements, openingEnd: Self.openingEnd(of: text))
        } else if reading.document.sentences.first?.isHeadingLike == true {
            let headline = reported.indices.filter { reading.statements[reported[$0]].sentence == 0 }
            Self.dateHeadlineStatements(headline, of: &statements, by: frames)
        }
        return TextAnalysis(
            entities: reading.keyedEntities.map(\.entity), dates: reading.dates, statements: statements, announcements: frames
        )
    }

    /// A headline states its frame's measure in a few words, often with no date or with only the year the body gives as a
    /// day ("... caps kiosk withdrawals from 2027"). A statement's date is the measure's start as the article states it
    /// anywhere, so a headline statement of a frame takes the frame's date when it has none, or when its own year, quarter
    /// or month holds the frame's day. A measure only considered keeps its own.
    static func dateHeadlineStatements(_ headline: [Int], of statements: inout [PolicyStatement], by frames: [Announcement]) {
        for index in headline where statements[index].status != .considering {
            guard let frameDate = frames.first(where: { $0.statementIndices.contains(index) })?.effective else { continue }
            guard let own = statements[index].effective else {
                statements[index].effective = frameDate
                continue
            }
            if MeasureTiming.isPeriod(own, holding: frameDate) { statements[index].effective = frameDate }
        }
    }

    /// A guide, a calendar, an explainer or a results report: an article that reports no policy change and whose opening
    /// (its headline and the two paragraphs after it) states no decision decides nothing, so a measure its body states as
    /// decided is one in effect. (An opening that states a decision is news the frames missed: its statements keep their
    /// status.)
    static func restateAsInForce(_ statements: inout [PolicyStatement], openingEnd: Int) {
        guard !statements.contains(where: { $0.status == .announced && $0.start < openingEnd }) else { return }
        for index in statements.indices where statements[index].status == .announced { statements[index].status = .inEffect }
    }

    /// Where the headline and the two paragraphs after it end: the offset, in Unicode scalars, of the blank line after the
    /// second paragraph of prose after the headline (the text's end when there is none). A line of fewer than six words
    /// (a byline, the site's name and section, a date) is no paragraph of the opening, so a lead that follows them still
    /// opens the article ("Daily News | Courts", "By A. Writer", then the lead).
    static func openingEnd(of text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var paragraphs = 0
        var paragraphStart = 0
        var index = 0
        while index + 1 < scalars.count {
            if scalars[index] == "\n", scalars[index + 1] == "\n" {
                if paragraphs == 0 || isParagraphOfProse(scalars[paragraphStart..<index]) { paragraphs += 1 }
                if paragraphs == 3 { return index }
                index += 2
                paragraphStart = index
            } else {
                index += 1
            }
        }
        return scalars.count
    }

    /// A paragraph closed as a sentence ("A guide for new filers.") or of at least six words, not a byline, a site's name
    /// or a date line.
    static func isParagraphOfProse(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        let paragraph = String(text).trimmingCharacters(in: .whitespaces)
        return paragraph.last.map { ".!?".contains($0) } ?? false
            || paragraph.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }.count >= 6
    }

    /// Everything up to the statements.
    func read(_ document: AnalyzedText, published: CalendarDay?) -> Reading {
        let day = published ?? CalendarDay(Date())
        let recognized = EntityRecognizer().read(document.tokens, sentences: document.sentences)
        let keyedEntities = EntityAssembler().keyedEntities(from: recognized.mentions, in: document)
        // The policy reading takes the world's standard setters, organizations by type, for the issuers they are.
        let entities = recognized.withWorldBodiesAsIssuers()
        let dateMentions = TemporalRecognizer(published: day).mentions(in: document.tokens, sentences: document.sentences)
        let context = ArticleContext(document: document, entities: entities, keyedEntities: keyedEntities)
        let reader = PolicyReader(published: day, model: statementModel)
        let rules = reader.ruleReading(in: document, entities: entities, context: context, dates: dateMentions)
        let statements = reader.statements(weighing: rules, in: document, entities: entities, context: context, dates: dateMentions)
        return Reading(document: document, day: day, entities: entities, keyedEntities: keyedEntities,
                       dateMentions: dateMentions, context: context, rules: rules, statements: statements)
    }

    /// An article read up to its statements: what the announcements, and the fitting of the statement model, read.
    struct Reading {
        var document: AnalyzedText
        var day: CalendarDay
        var entities: EntityReading
        var keyedEntities: [(key: String, entity: Entity)]
        var dateMentions: [DateMention]
        var context: ArticleContext
        /// What the rules read, before the statement model weighed it.
        var rules: PolicyReader.RuleReading
        var statements: [ReadStatement]

        var dates: [TemporalExpression] {
            dateMentions.map { mention in
                let start = document.tokens[mention.first].start
                let end = document.tokens[mention.end - 1].end
                return TemporalExpression(text: document.substring(start, end), value: mention.value, start: start, end: end, role: mention.role)
            }
        }
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

extension TextAnalysis {
    /// The same analysis with every offset moved by `distance` scalars.
    func shifted(by distance: Int) -> TextAnalysis {
        var moved = self
        for index in moved.entities.indices {
            moved.entities[index].mentions = moved.entities[index].mentions.map { TextSpan(start: $0.start + distance, end: $0.end + distance) }
        }
        for index in moved.dates.indices {
            moved.dates[index].start += distance
            moved.dates[index].end += distance
        }
        for index in moved.statements.indices {
            moved.statements[index].start += distance
            moved.statements[index].end += distance
        }
        return moved
    }
}
