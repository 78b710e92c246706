/// A statement with what later stages need to know about it.
struct ReadStatement: Sendable {
    var statement: PolicyStatement
    var sentence: Int
    var actorKey: String?
    var subjects: [PolicySubject]
}

/// Finds the sentences that state a policy and reads their action, status, actor and date.
struct PolicyReader {
    var published: CalendarDay

    func statements(in document: AnalyzedText, entities: EntityReading, dates: [DateMention], title: String?) -> [ReadStatement] {
        []
    }
}
