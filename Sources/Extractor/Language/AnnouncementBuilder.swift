/// Groups statements into the article-level policy changes a rule could be drafted from.
struct AnnouncementBuilder {
    func announcements(from statements: [ReadStatement], in document: AnalyzedText, entities: EntityReading) -> [Announcement] {
        []
    }
}
